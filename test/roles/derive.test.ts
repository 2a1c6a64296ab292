import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../../lib/model/errors';
import { deriveCatalog, formatCatalog, RoleCatalog } from '../../lib/roles';

interface Perm {
  actions?: string[];
  notActions?: string[];
  dataActions?: string[];
  notDataActions?: string[];
}

function roleDef(name: string, roleName: string, perm: Perm = {}, extra: Record<string, unknown> = {}) {
  return {
    id: `/providers/Microsoft.Authorization/roleDefinitions/${name}`,
    name,
    roleName,
    roleType: 'BuiltInRole',
    permissions: [{ actions: [], notActions: [], dataActions: [], notDataActions: [], ...perm }],
    updatedOn: '2024-01-01T00:00:00.000000+00:00',
    ...extra,
  };
}

const A = 'aaaaaaaa-0000-0000-0000-000000000001';
const B = 'bbbbbbbb-0000-0000-0000-000000000002';
const C = 'cccccccc-0000-0000-0000-000000000003';

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('deriveCatalog', () => {
  test('keeps only built-in roles, sorted by lower-case id', () => {
    const data = deriveCatalog(
      [
        roleDef(C.toUpperCase(), 'Gamma'),
        roleDef(A, 'Alpha'),
        roleDef(B, 'My Custom Role', {}, { roleType: 'CustomRole' }),
      ],
      'roles.json',
    );
    expect(data.roles.map((r) => [r.id, r.name])).toEqual([
      [A, 'Alpha'],
      [C, 'Gamma'],
    ]);
    const catalog = RoleCatalog.fromDump([roleDef(A, 'Alpha'), roleDef(B, 'My Custom Role', {}, { roleType: 'CustomRole' })], 'roles.json');
    expect(catalog.resolve('My Custom Role')).toBeUndefined();
    expect(catalog.source).toEqual({ kind: 'dump', snapshot: '2024-01-01', file: 'roles.json' });
  });

  test('describes itself for messages: shipped snapshot, a dated dump, an undated dump (never "of unknown")', () => {
    expect(RoleCatalog.builtIn().description).toBe(`the role catalog of ${RoleCatalog.builtIn().source.snapshot}`);
    expect(RoleCatalog.fromDump([roleDef(A, 'Alpha')], 'roles.json').description).toBe('the role dump roles.json of 2024-01-01');
    const { updatedOn: _none, ...undated } = roleDef(A, 'Alpha');
    expect(RoleCatalog.fromDump([undated], 'fresh.json').description).toBe('the role dump fresh.json (no updatedOn dates)');
  });

  test('sets dataActions / notDataActions when any permission block has them', () => {
    const dump = [
      roleDef(A, 'Data', { dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] }),
      roleDef(B, 'NotData', { notDataActions: ['Microsoft.Storage/x/delete'] }),
      roleDef(C, 'Second block', {}, {
        permissions: [
          { actions: ['Microsoft.Compute/*/read'], notActions: [], dataActions: [], notDataActions: [] },
          { actions: [], notActions: [], dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action'], notDataActions: [] },
        ],
      }),
    ];
    const [data, notData, second] = RoleCatalog.fromDump(dump, 'roles.json').all();
    expect([data.dataActions, data.notDataActions]).toEqual([true, false]);
    expect([notData.dataActions, notData.notDataActions]).toEqual([false, true]);
    expect(second.dataActions).toBe(true);
  });

  test('matches restricted actions literally and case-insensitively, spelled as in the restricted list', () => {
    const dump = [
      roleDef(A, 'Contributor-like', { actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete'] }),
      roleDef(B, 'Assigner', {
        actions: ['microsoft.authorization/ROLEASSIGNMENTS/write', 'Microsoft.Authorization/locks/delete', 'Microsoft.Authorization/roleAssignments/write'],
      }),
      roleDef(C, 'Policy writer', { actions: ['Microsoft.Authorization/policyAssignments/*', 'Microsoft.Authorization/*/read'] }),
    ];
    const [contributorLike, assigner, policy] = deriveCatalog(dump, 'roles.json').roles;
    expect(contributorLike).toEqual({ id: A, name: 'Contributor-like', readsAll: true });
    expect(assigner.restrictedActions).toEqual(['Microsoft.Authorization/locks/delete', 'Microsoft.Authorization/roleAssignments/write']);
    expect(policy.restrictedActions).toBeUndefined();
    expect(policy.readsAll).toBeUndefined();
  });

  test('readsAll comes from `*/read` as well as `*`', () => {
    const [reader] = RoleCatalog.fromDump([roleDef(A, 'Reader-like', { actions: ['*/read'] })], 'r.json').all();
    expect(reader.readsAll).toBe(true);
  });

  test('snapshot is the newest updatedOn date of the built-in roles', () => {
    const data = deriveCatalog(
      [
        roleDef(A, 'Old', {}, { updatedOn: '2021-11-11T20:13:47.8628684Z' }),
        roleDef(B, 'New', {}, { updatedOn: '2026-08-20T11:08:40.282378+00:00' }),
        roleDef(C, 'Middle', {}, { updatedOn: null }),
      ],
      'roles.json',
    );
    expect(data.snapshot).toBe('2026-08-20');
  });

  test('output is deterministic, one role per line', () => {
    const dump = [roleDef(B, 'Beta', { dataActions: ['x/read'] }), roleDef(A, 'Alpha')];
    const text = formatCatalog(deriveCatalog(dump, 'roles.json'));
    expect(text).toBe(formatCatalog(deriveCatalog([...dump].reverse(), 'roles.json')));
    expect(text).toBe(
      '{\n  "snapshot": "2024-01-01",\n  "roles": [\n' +
        `    {"id":"${A}","name":"Alpha"},\n` +
        `    {"id":"${B}","name":"Beta","dataActions":true}\n` +
        '  ]\n}\n',
    );
    expect(JSON.parse(text)).toEqual(deriveCatalog(dump, 'roles.json'));
  });
});

describe('bad role dumps', () => {
  test('an object instead of the array', () => {
    const error = thrown(() => deriveCatalog({ value: [] }, 'roles.json'));
    expect(error.problem).toBe('expected the JSON array printed by `az role definition list --output json`, got an object');
    expect(error.location).toEqual({ file: 'roles.json' });
    expect(error.fix).toContain('az role definition list --output json > roles.json');
  });

  test('an entry without roleName points at its index', () => {
    const entry: Record<string, unknown> = roleDef(B, 'x');
    delete entry.roleName;
    const error = thrown(() => deriveCatalog([roleDef(A, 'Alpha'), entry], 'dump.json'));
    expect(error.problem).toContain('has no `roleName`');
    expect(error.location).toEqual({ file: 'dump.json', path: '[1]' });
    expect(error.message).toMatch(/^dump\.json: \[1\]: /);
  });

  test('an entry whose name is not a GUID', () => {
    const error = thrown(() => deriveCatalog([roleDef('Reader', 'Reader')], 'dump.json'));
    expect(error.problem).toBe('role definition has no GUID `name`');
    expect(error.location?.path).toBe('[0]');
  });

  test('malformed permissions point at the field', () => {
    const error = thrown(() => deriveCatalog([roleDef(A, 'Alpha', { dataActions: 'x/read' as unknown as string[] })], 'dump.json'));
    expect(error.location?.path).toBe('[0].permissions[0].dataActions');
    expect(error.problem).toBe('expected an array of action strings, got the string "x/read"');
  });

  test('the same GUID twice', () => {
    const error = thrown(() => deriveCatalog([roleDef(A, 'Alpha'), roleDef(A.toUpperCase(), 'Alpha again')], 'dump.json'));
    expect(error.problem).toBe(`role ${A} appears twice (also at [0])`);
    expect(error.location?.path).toBe('[1]');
  });

  test('a dump with custom roles only', () => {
    const error = thrown(() => deriveCatalog([roleDef(A, 'Mine', {}, { roleType: 'CustomRole' })], 'custom.json'));
    expect(error.problem).toContain('no built-in roles');
    expect(error.location).toEqual({ file: 'custom.json' });
  });
});

describe('RoleCatalog.fromDumpFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-roles-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reads a dump file', () => {
    const file = path.join(dir, 'good.json');
    fs.writeFileSync(file, JSON.stringify([roleDef(A, 'Alpha')], null, 2));
    const catalog = RoleCatalog.fromDumpFile(file);
    expect(catalog.byName('alpha')?.id).toBe(A);
    expect(catalog.source.file).toBe(file);
  });

  test('reads a UTF-16 dump as Windows PowerShell redirection writes it', () => {
    const file = path.join(dir, 'utf16.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify([roleDef(A, 'Alpha')]), 'utf16le')]));
    expect(RoleCatalog.fromDumpFile(file).size).toBe(1);
  });

  test('a file that is not JSON names the file, line and column', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '[\n  {"name": "x",,}\n]\n');
    const error = thrown(() => RoleCatalog.fromDumpFile(file));
    expect(error.problem).toMatch(/^the role dump is not valid JSON: /);
    expect(error.location).toEqual({ file, line: 2, column: 16 });
    expect(error.fix).toContain('az role definition list --output json > roles.json');
  });

  test('a file that is not JSON at all still names the file', () => {
    const file = path.join(dir, 'text.json');
    fs.writeFileSync(file, 'Please run az login\n');
    const error = thrown(() => RoleCatalog.fromDumpFile(file));
    expect(error.problem).toMatch(/^the role dump is not valid JSON/);
    expect(error.location?.file).toBe(file);
  });

  test('a missing file', () => {
    const file = path.join(dir, 'missing.json');
    const error = thrown(() => RoleCatalog.fromDumpFile(file));
    expect(error.problem).toBe('cannot read the role dump: no such file');
    expect(error.location).toEqual({ file });
    expect(error.fix).toBe('produce a dump with `az role definition list --output json > roles.json`');
  });
});
