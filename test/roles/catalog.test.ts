import { RoleCatalog, WELL_KNOWN_ROLES } from '../../lib/roles';

const catalog = RoleCatalog.builtIn();

function role(nameOrId: string) {
  const found = catalog.resolve(nameOrId);
  if (!found) throw new Error(`test setup: ${nameOrId} is not in the shipped catalog`);
  return found;
}

describe('shipped built-in role catalog', () => {
  test('is the committed snapshot, loaded once', () => {
    expect(catalog.source.kind).toBe('shipped');
    expect(catalog.source.snapshot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalog.size).toBeGreaterThan(900);
    expect(RoleCatalog.builtIn()).toBe(catalog);
  });

  test.each([
    ['Reader', WELL_KNOWN_ROLES.reader],
    ['Contributor', WELL_KNOWN_ROLES.contributor],
    ['Owner', WELL_KNOWN_ROLES.owner],
    ['User Access Administrator', WELL_KNOWN_ROLES.userAccessAdministrator],
    ['Managed Services Registration assignment Delete Role', WELL_KNOWN_ROLES.registrationAssignmentDelete],
  ])('has %s with GUID %s', (name, id) => {
    expect(catalog.byName(name)?.id).toBe(id);
    expect(catalog.byId(id)?.name).toBe(name);
  });

  test('flags Log Analytics Contributor as having data actions', () => {
    expect(role('92aaf0da-9dab-42b6-94a3-d43ce8d16293')).toMatchObject({ name: 'Log Analytics Contributor', dataActions: true });
  });

  test('lists the restricted actions of Role Based Access Control Administrator', () => {
    expect(role('Role Based Access Control Administrator').restrictedActions).toContain('Microsoft.Authorization/roleAssignments/write');
  });

  test('Contributor reads everything and its `*` is not a restricted action', () => {
    expect(role('Contributor')).toMatchObject({ readsAll: true, restrictedActions: [], dataActions: false, notDataActions: false });
    expect(role('Monitoring Metrics Publisher').readsAll).toBe(false);
  });

  test('byName ignores case and extra whitespace', () => {
    expect(catalog.byName('  log   ANALYTICS contributor ')?.id).toBe('92aaf0da-9dab-42b6-94a3-d43ce8d16293');
    expect(catalog.byName('Contributors')).toBeUndefined();
  });

  test('resolve takes a GUID in any case, or a name', () => {
    expect(catalog.resolve(WELL_KNOWN_ROLES.owner.toUpperCase())?.name).toBe('Owner');
    expect(catalog.resolve('reader')?.id).toBe(WELL_KNOWN_ROLES.reader);
    expect(catalog.resolve('00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });

  test('suggests the intended name for a typo', () => {
    expect(catalog.suggest('Contributer')[0]).toBe('Contributor');
    // A longer role sharing the misspelling comes after the near-exact name, not before it.
    expect(catalog.suggest('Contributer').slice(0, 2)).toEqual(['Contributor', 'Healthcare Agent Contributer']);
  });

  test('suggests names that start with the words typed', () => {
    expect(catalog.suggest('log analytics contrib')).toContain('Log Analytics Contributor');
    expect(catalog.suggest('key vault secret').slice(0, 2)).toEqual(['Key Vault Secrets User', 'Key Vault Secrets Officer']);
  });

  test('suggestions are capped, ordered, and empty for nonsense', () => {
    expect(catalog.suggest('reader', 5)).toHaveLength(5);
    expect(catalog.suggest('reader', 5)[0]).toBe('Reader');
    expect(catalog.suggest('qqqqqqqqqqqqqqqq')).toEqual([]);
    expect(catalog.suggest('   ')).toEqual([]);
  });

  test.each([
    ['Owner', false],
    ['Log Analytics Contributor', false],
    ['Role Based Access Control Administrator', false],
    ['Reader', true],
    ['Contributor', true],
    ['User Access Administrator', true],
  ])('isAllowedForLighthouse(%s) is %s', (name, allowed) => {
    expect(catalog.isAllowedForLighthouse(role(name))).toBe(allowed);
  });
});
