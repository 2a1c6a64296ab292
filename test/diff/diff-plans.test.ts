import { loadManifestText } from '../../lib/manifest/load';
import { AccessDiff, diffFailsAt, diffPlans, RiskFlag, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../lib/diff';
import { estateYaml } from '../../bench/estate';

const BASE = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: MSP }
principals:
  noc: { id: 22222222-2222-2222-2222-222222222222, displayName: NOC, type: group }
  ops: { id: 33333333-3333-3333-3333-333333333333, displayName: Ops, type: group }
  leads: { id: 44444444-4444-4444-4444-444444444444, displayName: Leads, type: group }
  auto: { id: 55555555-5555-5555-5555-555555555555, displayName: Pipeline, type: servicePrincipal }
authorizationSets:
  base:
    - { principal: noc, role: Reader }
    - { principal: noc, role: Managed Services Registration assignment Delete Role }
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, requireMfa: true, approvers: [leads] } }
    - { principal: auto, role: User Access Administrator, delegatedRoles: [Reader] }
offers:
  managed:
    name: Managed Ops
    authorizations: [base]
customers:
  fabrikam:
    displayName: Fabrikam
    tenantId: 66666666-6666-6666-6666-666666666666
    delegations:
      - { offer: managed, subscription: 77777777-7777-7777-7777-777777777777 }
  contoso:
    displayName: Contoso
    tenantId: 88888888-8888-8888-8888-888888888888
    delegations:
      - { offer: managed, subscription: 99999999-9999-9999-9999-999999999999, resourceGroups: [rg-web] }
`;

function diff(before: string, after: string): AccessDiff {
  return diffPlans(loadManifestText(before, 'old.yaml'), loadManifestText(after, 'new.yaml'), { before: 'old.yaml', after: 'new.yaml' });
}

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`not in the manifest: ${from}`);
  return text.replace(from, to);
}

interface Named {
  /** `"Display" (key)` as text and Markdown write a principal. */
  readonly principal?: [displayName: string, key: string];
  readonly role?: string;
  /** More text the text and Markdown renderings must contain. */
  readonly words?: readonly string[];
}

/** Every rendering (text, Markdown, JSON) names the flag, the customer, the principal and the role name. */
function expectEverywhere(result: AccessDiff, flag: RiskFlag, customer: string | undefined, named: Named): void {
  const flagged = result.changes.filter((c) => c.flags.includes(flag));
  expect(flagged.length).toBeGreaterThan(0);
  if (customer !== undefined) expect(flagged.some((c) => c.customer === customer)).toBe(true);
  for (const text of [renderDiffText(result), renderDiffMarkdown(result)]) {
    expect(text).toContain(flag);
    if (customer !== undefined) expect(text).toContain(customer);
    if (named.principal) expect(text).toContain(`"${named.principal[0]}" (${named.principal[1]})`);
    if (named.role) expect(text).toContain(named.role);
    for (const word of named.words ?? []) expect(text).toContain(word);
  }
  const json = JSON.parse(renderDiffJson(result, '0.0.0'));
  const inJson = json.changes.filter((c: { flags: string[] }) => c.flags.includes(flag));
  expect(json.summary.flags[flag]).toBe(flagged.length);
  if (customer !== undefined) expect(inJson.some((c: { customer?: string }) => c.customer === customer)).toBe(true);
  if (named.principal) expect(inJson.some((c: { principal?: { key?: string; displayName?: string } }) => c.principal?.key === named.principal![1] && c.principal.displayName === named.principal![0])).toBe(true);
  if (named.role) expect(inJson.some((c: { role?: { name?: string } }) => c.role?.name === named.role)).toBe(true);
}

describe('diff: access changes between two Plans, with risk flags', () => {
  test('a manifest with itself reports nothing and passes every gate', () => {
    const result = diff(BASE, BASE);
    expect(result.changes).toEqual([]);
    expect(renderDiffText(result)).toBe('diff old.yaml -> new.yaml: no access changes\n');
    expect(diffFailsAt(result, 'any')).toBe(false);
  });

  test('escalation: a new active role (and eligible made active)', () => {
    const result = diff(BASE, edit('    - { principal: noc, role: Reader }\n', '    - { principal: noc, role: Reader }\n    - { principal: noc, role: Monitoring Reader }\n'));
    const added = result.changes.filter((c) => c.kind === 'authorization-added');
    expect(added.map((c) => [c.customer, c.principal?.key, c.role?.name, c.flags])).toEqual([
      ['fabrikam', 'noc', 'Monitoring Reader', ['escalation']],
      ['contoso', 'noc', 'Monitoring Reader', ['escalation']],
    ]);
    expectEverywhere(result, 'escalation', 'fabrikam', { principal: ['NOC', 'noc'], role: 'Monitoring Reader', words: ['Monitoring Reader (43d0d8ad-25c7-4714-9337-8ba259a9fe05)'] });
    const active = diff(BASE, edit('role: Contributor, eligible: { maxActivation: PT4H, requireMfa: true, approvers: [leads] } }', 'role: Contributor }'));
    expect(active.changes.find((c) => c.kind === 'authorization-changed')).toMatchObject({ flags: ['escalation'], details: ['eligible -> active: standing access instead of just in time'] });
    expectEverywhere(active, 'escalation', 'contoso', { principal: ['Ops', 'ops'], role: 'Contributor', words: ['Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c)'] });
  });

  test('escalation: new delegated roles of User Access Administrator', () => {
    const result = diff(BASE, edit('delegatedRoles: [Reader]', 'delegatedRoles: [Reader, Contributor]'));
    expect(result.changes.map((c) => c.details)).toEqual([['delegated roles added: Contributor'], ['delegated roles added: Contributor']]);
    expectEverywhere(result, 'escalation', 'fabrikam', { principal: ['Pipeline', 'auto'], role: 'User Access Administrator' });
  });

  test('mfa-dropped, approvers-removed and activation-extended', () => {
    const result = diff(BASE, edit('eligible: { maxActivation: PT4H, requireMfa: true, approvers: [leads] }', 'eligible: { maxActivation: PT8H, requireMfa: false }'));
    const [change] = result.changes;
    expect(change).toMatchObject({ kind: 'authorization-changed', customer: 'fabrikam', principal: { key: 'ops' }, role: { name: 'Contributor' } });
    expect(change.flags).toEqual(['mfa-dropped', 'approvers-removed', 'activation-extended']);
    expect(change.details).toEqual(['maximum activation PT4H -> PT8H', 'MFA no longer required on activation', 'approvers removed: leads (activation now needs no approval)']);
    for (const flag of ['mfa-dropped', 'approvers-removed', 'activation-extended'] as const) expectEverywhere(result, flag, 'fabrikam', { principal: ['Ops', 'ops'], role: 'Contributor' });
    expect(diff(BASE, edit('maxActivation: PT4H', 'maxActivation: PT2H')).changes[0].flags).toEqual([]);
  });

  test('new-customer-reach: a principal reaches a customer it could not before', () => {
    const result = diff(BASE, edit('  base:\n', '  extra:\n    - { principal: leads, role: Reader }\n  base:\n').replace('    authorizations: [base]\n', '    authorizations: [base, extra]\n'));
    const leads = result.changes.filter((c) => c.principal?.key === 'leads');
    expect(leads.map((c) => [c.customer, c.flags])).toEqual([['fabrikam', ['escalation', 'new-customer-reach']], ['contoso', ['escalation', 'new-customer-reach']]]);
    expectEverywhere(result, 'new-customer-reach', 'contoso', { principal: ['Leads', 'leads'], role: 'Reader' });
  });

  test('replacement and access-loss: a renamed offer title replaces the definition (Terraform ForceNew) and, with ARM, makes a second offer', () => {
    const result = diff(BASE, edit('name: Managed Ops', 'name: Managed Operations'));
    const changes = result.changes.filter((c) => c.kind === 'definition-changed');
    expect(changes).toHaveLength(2);
    expect(changes[0].replacements).toEqual([{ resource: 'azurerm_lighthouse_definition', attribute: 'name', before: 'Managed Ops', after: 'Managed Operations' }]);
    expect(changes[0].flags).toEqual(['replacement', 'access-loss']);
    expect(changes[0].details.join(' ')).toContain('creates a second offer beside the old one');
    expectEverywhere(result, 'replacement', 'fabrikam', { words: ['Managed Operations'] });
    expectEverywhere(result, 'access-loss', 'contoso', { words: ['Terraform replaces the registration definition'] });
  });

  test('replacement: a changed managing tenant changes the definition id as well', () => {
    const result = diff(BASE, edit('managingTenant: { id: 11111111-1111-1111-1111-111111111111', 'managingTenant: { id: 12121212-1212-1212-1212-121212121212'));
    const [first] = result.changes.filter((c) => c.kind === 'definition-changed');
    expect(first.replacements!.map((r) => r.attribute)).toEqual(['managing_tenant_id', 'lighthouse_definition_id']);
  });

  test('access-loss: removed authorizations and scopes', () => {
    const result = diff(BASE, edit('    - { principal: noc, role: Reader }\n', '').replace('resourceGroups: [rg-web]', 'resourceGroups: [rg-data]'));
    expect(result.changes.filter((c) => c.kind === 'authorization-removed').map((c) => [c.customer, c.principal?.key, c.role?.name, c.flags]))
      .toEqual([['fabrikam', 'noc', 'Reader', ['access-loss']], ['contoso', 'noc', 'Reader', ['access-loss']]]);
    expect(result.changes.filter((c) => c.kind.startsWith('scope-')).map((c) => [c.kind, c.scope, c.flags])).toEqual([
      ['scope-removed', '/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/rg-web', ['access-loss']],
      ['scope-added', '/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/rg-data', ['escalation']],
    ]);
    expectEverywhere(result, 'access-loss', 'fabrikam', { principal: ['NOC', 'noc'], role: 'Reader', words: ['Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7)'] });
  });

  test('customer-removed: its stack is no longer synthesized and must be destroyed first', () => {
    const without = edit(`  contoso:
    displayName: Contoso
    tenantId: 88888888-8888-8888-8888-888888888888
    delegations:
      - { offer: managed, subscription: 99999999-9999-9999-9999-999999999999, resourceGroups: [rg-web] }
`, '');
    const result = diff(BASE, without);
    expect(result.changes[0]).toMatchObject({ kind: 'customer-removed', customer: 'contoso', flags: ['access-loss', 'customer-removed'] });
    expect(result.changes.filter((c) => c.kind === 'authorization-removed')).toHaveLength(4);
    expectEverywhere(result, 'customer-removed', 'contoso', { principal: ['Ops', 'ops'], role: 'Contributor', words: ['destroy the customer\'s stack (cdktf destroy contoso)'] });
    expect(diffFailsAt(result, ['customer-removed'])).toBe(true);
    expect(diffFailsAt(result, ['mfa-dropped'])).toBe(false);
  });

  test('plan-version: authorizations of a Marketplace offer changed, version not increased; an increased version is named', () => {
    const sold = edit('    authorizations: [base]\n', '    authorizations: [base]\n    plan: { publisher: contoso, product: managed, name: standard, version: 1.0.0 }\n');
    const changed = edit('    - { principal: noc, role: Reader }\n', '    - { principal: noc, role: Reader }\n    - { principal: leads, role: Reader }\n', sold);
    const result = diff(sold, changed);
    const plan = result.changes.find((c) => c.kind === 'plan-changed')!;
    expect(plan).toMatchObject({ offer: 'managed', flags: ['plan-version'] });
    expect(plan.details).toEqual(['authorizations changed but plan version 1.0.0 is not higher than 1.0.0: increase it (LH403)']);
    expectEverywhere(result, 'plan-version', undefined, { words: ['offer managed', 'not higher than 1.0.0'] });
    const bumped = diff(sold, changed.replace('version: 1.0.0', 'version: 1.1.0')).changes.find((c) => c.kind === 'plan-changed')!;
    expect(bumped.details).toEqual(['plan standard version 1.0.0 -> 1.1.0', 'authorizations changed: publish plan version 1.1.0 in Partner Center']);
  });

  test('the text rendering groups by customer, subscription and scope', () => {
    const result = diff(BASE, edit('requireMfa: true', 'requireMfa: false'));
    expect(renderDiffText(result)).toBe(`diff old.yaml -> new.yaml: 2 changes on 2 customers: 2 mfa-dropped

customer fabrikam
  subscription 77777777-7777-7777-7777-777777777777 (offer managed)
    ~ Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) for "Ops" (ops): MFA no longer required on activation  [mfa-dropped]

customer contoso
  subscription 99999999-9999-9999-9999-999999999999 (offer managed)
    ~ Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) for "Ops" (ops): MFA no longer required on activation  [mfa-dropped]
`);
  });

  test('the Markdown of a 1,000-customer estate with one shared-set change stays under 100 lines', () => {
    const before = estateYaml({ customers: 1000, subscriptions: 3, authorizations: 6, seed: 5 });
    const set = /^ {2}([a-z0-9-]+):\n {4}- /m.exec(before.slice(before.indexOf('authorizationSets:')))!;
    const principal = /principals:\n {2}([a-z0-9-]+):/.exec(before)![1];
    const after = before.replace(`  ${set[1]}:\n`, `  ${set[1]}:\n    - { principal: ${principal}, role: Monitoring Reader }\n`);
    const result = diffPlans(loadManifestText(before, 'old.yaml'), loadManifestText(after, 'new.yaml'), { before: 'old.yaml', after: 'new.yaml' });
    expect(result.changes.length).toBeGreaterThan(500);
    const markdown = renderDiffMarkdown(result);
    expect(markdown.split('\n').length).toBeLessThan(100);
    expect(markdown).toMatch(/Monitoring Reader \(43d0d8ad-25c7-4714-9337-8ba259a9fe05\) for .* \*\*on \d+ customers\*\*/);
  });
});
