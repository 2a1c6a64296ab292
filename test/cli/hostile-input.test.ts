import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { armGuid } from '../../lib/model/guid';
import { cli, CliResult, tempDir } from '../helpers/cli';
import { RAW_CONTROL } from '../helpers/fuzz';
import { BASE_MANIFEST, mutate } from '../helpers/manifests';

// Issue 10, case by case: hostile and broken input ends in a located exit 2 (or a correct result), in bounded
// time, with nothing raw on the terminal and nothing written outside --out. Timing is not asserted (npm run
// bench measures it); a case that took minutes before would now hit the test timeout instead of passing.

const SUB = '55555555-5555-5555-5555-555555555555';
const TENANT = '66666666-6666-4666-8666-666666666666';

function write(name: string, content: string | Buffer): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, content);
  return { dir, file };
}

/** Exit 2, nothing raw on the terminal, and the first error at `file:line:column` (or the file as a whole). */
function expectLocated(result: CliResult, file: string, where: string | RegExp, problem: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).not.toMatch(RAW_CONTROL);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
  const first = result.stderr.split('\n').find((line) => line.startsWith('error: ')) ?? '';
  expect(first.startsWith(`error: ${file}`)).toBe(true);
  const rest = first.slice(`error: ${file}`.length);
  if (typeof where === 'string') expect(rest.startsWith(where)).toBe(true);
  else expect(rest).toMatch(where);
  expect(result.stderr).toMatch(problem);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

function expectResult(result: CliResult): void {
  expect([0, 1]).toContain(result.code);
  expect(result.stdout).not.toMatch(RAW_CONTROL);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
}

describe('YAML: aliases, encodings, line breaks, nesting', () => {
  test('an undefined alias is a located error, not an internal one', async () => {
    const { file } = write('m.yaml', mutate('displayName: NOC,', 'displayName: *nope,'));
    expectLocated(await cli('check', file), file, ':3:65 ', /alias \*nope refers to no anchor\n {2}fix: define the anchor \(&nope\) before the alias/);
  });

  test('a billion-laughs bomb is refused at the alias where it passes its budget, at once', async () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const { file } = write('m.yaml', `${bomb}${BASE_MANIFEST}`);
    expectLocated(await cli('check', file), file, /^:7:\d+ /, /YAML aliases expand this file by more than 1,000,000 values \(the limit of this tool/);
  });

  test('a normal file may reuse one anchor 1,100 times', async () => {
    let text = mutate('displayName: Fabrikam', 'displayName: &name Fabrikam');
    for (let i = 0; i < 1100; i++) {
      const n = String(i).padStart(12, '0');
      text += `  c${i}:\n    displayName: *name\n    tenantId: 66666666-6666-6666-6666-${n}\n    delegations: [{ offer: managed-ops, subscription: 77777777-7777-7777-7777-${n} }]\n`;
    }
    const { file } = write('m.yaml', text);
    const result = await cli('stacks', file, '--json');
    expectResult(result);
    expect(JSON.parse(result.stdout)).toHaveLength(1101);
  });

  test.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE_MANIFEST, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BASE_MANIFEST, 'utf16le').swap16()])],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BASE_MANIFEST)])],
  ])('%s is decoded and gives the same report as UTF-8', async (_name, bytes) => {
    const utf8 = write('m.yaml', BASE_MANIFEST);
    const other = write('m.yaml', bytes);
    const expected = await cli('check', utf8.file, '--format', 'json');
    const result = await cli('check', other.file, '--format', 'json');
    expectResult(result);
    expect(result.stdout.split(other.file).join('<FILE>')).toBe(expected.stdout.split(utf8.file).join('<FILE>'));
  });

  test.each([
    ['UTF-32 LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a: 1\n', 'utf16le')]), /the file is UTF-32 \(little-endian\), which this tool does not read/],
    ['UTF-16 without a BOM', Buffer.from(BASE_MANIFEST, 'utf16le'), /the file contains NUL bytes: it looks like UTF-16 \(little-endian\) without a byte-order mark/],
    ['Windows-1252', Buffer.concat([Buffer.from(BASE_MANIFEST.replace('name: MSP', 'name: Caf')), Buffer.from([0xe9])]), /the file is not UTF-8 text \(it may be Windows-1252 or Latin-1\)/],
  ])('%s is refused with a message that names the encoding', async (_name, bytes, problem) => {
    const { file } = write('m.yaml', bytes);
    const result = await cli('check', file);
    expectLocated(result, file, /^(:\d+:\d+)? ?/, problem);
    expect(result.stderr).toMatch(/fix: save the file as UTF-8/);
  });

  test('CR-only line endings are line breaks: the file loads, and errors have the right line', async () => {
    const good = write('m.yaml', BASE_MANIFEST.replace(/\n/g, '\r'));
    expectResult(await cli('check', good.file));
    const bad = write('m.yaml', mutate('role: Contributor,', 'role: Contributer,').replace(/\n/g, '\r'));
    expectLocated(await cli('check', bad.file), bad.file, ':8:31 ', /unknown role "Contributer"/);
  });

  test.each([
    ['10^5 nested brackets', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, ':1:257 '],
    ['50,000 nested block sequences', `${'- '.repeat(50_000)}x\n`, ':1:513 '],
    ['nested flow maps', `${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}`, ':1:1025 '],
  ])('%s: a located error with a fix that fits', async (_name, text, where) => {
    const { file } = write('deep.json', text);
    const result = await cli('check', file);
    expectLocated(result, file, where, /collections nest deeper than 256 levels here \(the limit of this tool\)\n {2}fix: .*look for unclosed "\[" or "\{"/);
  });

  test('LOG_TOKENS and LOG_STREAM do not make the yaml library write to stdout, and stay set afterwards', async () => {
    const { file } = write('m.yaml', BASE_MANIFEST);
    const writes: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((...args) => { writes.push(args.join(' ')); });
    const dir = jest.spyOn(console, 'dir').mockImplementation((...args) => { writes.push(String(args[0])); });
    process.env.LOG_TOKENS = '1';
    process.env.LOG_STREAM = '1';
    try {
      const result = await cli('check', file, '--format', 'json');
      expect(() => JSON.parse(result.stdout)).not.toThrow();
      expect(writes).toEqual([]);
      expect([process.env.LOG_TOKENS, process.env.LOG_STREAM]).toEqual(['1', '1']);
    } finally {
      delete process.env.LOG_TOKENS;
      delete process.env.LOG_STREAM;
      log.mockRestore();
      dir.mockRestore();
    }
  });
});

describe('keys that are object members or device names, and keys that collide: refused alike by every command', () => {
  const COMMANDS = ['check', 'arm', 'synth', 'partner-center'];

  async function everyCommand(file: string, dir: string): Promise<CliResult[]> {
    const results: CliResult[] = [];
    for (const command of COMMANDS) results.push(await cli(command, file, ...(command === 'check' ? [] : ['--out', join(dir, `out-${command}`)])));
    expect(readdirSync(dir).filter((name) => name.startsWith('out-') || name.startsWith('.tmp-'))).toEqual([]);
    return results;
  }

  test.each(['constructor', 'toString', 'valueOf', 'con', 'nul', 'aux', 'com1', 'lpt9', 'Prn'])('customer key %s', async (key) => {
    const { dir, file } = write('m.yaml', mutate('  fabrikam:\n', `  ${key}:\n`));
    for (const result of await everyCommand(file, dir)) {
      expectLocated(result, file, `:14:3 customers.${key}: customer key "${key}" `, /(JavaScript object member|device name Windows reserves)/);
    }
  });

  test('offers whose keys differ only in case on one subscription (and would share a Partner Center folder)', async () => {
    const text = BASE_MANIFEST
      .replace('offers:\n', 'offers:\n  Managed-Ops:\n    name: Other\n    authorizations: [baseline]\n    plan: { publisher: contoso, product: other, name: std, version: 1.0.0 }\n')
      .replace('    name: Managed Ops\n', '    name: Managed Ops\n    plan: { publisher: contoso, product: ops, name: std, version: 1.0.0 }\n')
      .replace(`subscription: ${SUB} }`, `subscription: ${SUB} }\n      - { offer: Managed-Ops, subscription: ${SUB} }`);
    const { dir, file } = write('m.yaml', text);
    const results = await everyCommand(file, dir);
    for (const result of results) {
      expectLocated(result, file, ':14:3 offers.managed-ops: ', /offers "Managed-Ops" and "managed-ops" both become "managed-ops" in Terraform ids and Partner Center folders/);
    }
    expect(new Set(results.map((r) => r.stderr)).size).toBe(1);
  });

  test('a Terraform stackName "constructor" and an az manageeTenantName "constructor" are refused, not crashes', async () => {
    const stack = JSON.parse(readFileSync(join(__dirname, '../fixtures/terraform/contoso-synth/fabrikam/cdk.tf.json'), 'utf8'));
    stack['//'].metadata.stackName = 'constructor';
    const terraform = write('cdk.tf.json', JSON.stringify(stack, null, 2));
    expectLocated(await cli('synth', terraform.file, '--out', join(terraform.dir, 'out')), terraform.file, /^:\d+:\d+ /, /customer key "constructor" is the name of a JavaScript object member/);

    const list = JSON.parse(readFileSync(join(__dirname, '../fixtures/az-cli/assignment-list.json'), 'utf8'));
    // The same delegation in another customer's subscription and tenant, named "constructor".
    const other = JSON.parse(JSON.stringify(list[2]).split(list[2].id.split('/')[2]).join('99999999-9999-4999-8999-999999999999'));
    other.properties.registrationDefinition.properties.manageeTenantId = TENANT;
    other.properties.registrationDefinition.properties.manageeTenantName = 'constructor';
    const az = write('assignments.json', JSON.stringify([...list, other], null, 2));
    expectLocated(await cli('synth', az.file, '--out', join(az.dir, 'out')), az.file, /^:\d+:\d+ /, /customer key "constructor" is the name of a JavaScript object member/);
  });

  test('a Terraform provider environment "constructor" is no cloud', async () => {
    const config = JSON.parse(readFileSync(join(__dirname, '../fixtures/terraform/hand-written/lighthouse.tf.json'), 'utf8'));
    config.provider[0].azurerm.environment = 'constructor';
    const { file } = write('lighthouse.tf.json', JSON.stringify(config, null, 2));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ provider\[0\]\.azurerm\.environment: /, /environment "constructor" is not a cloud Azure Lighthouse supports/);
  });
});

/** An ARM subscription template with one definition and its assignment; `name` is the definition's name. */
function armTemplate(name: string, extra: { variables?: object; parameters?: object; resources?: unknown[]; metadata?: object } = {}): string {
  return JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    ...(extra.metadata && { metadata: extra.metadata }),
    parameters: extra.parameters ?? {},
    variables: extra.variables ?? {},
    resources: extra.resources ?? [
      {
        type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name,
        properties: {
          registrationDefinitionName: 'Ops', managedByTenantId: '22222222-2222-4222-8222-222222222222',
          authorizations: [{ principalId: '33333333-3333-4333-8333-333333333333', roleDefinitionId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', principalIdDisplayName: 'NOC' }],
        },
      },
      {
        type: 'Microsoft.ManagedServices/registrationAssignments', apiVersion: '2022-10-01', name: '44444444-4444-4444-8444-444444444444',
        properties: { registrationDefinitionId: `[resourceId('Microsoft.ManagedServices/registrationDefinitions', ${name.startsWith('[') ? name.slice(1, -1) : `'${name}'`})]` },
      },
    ],
  }, null, 2);
}

describe('ARM templates: object members, bounds', () => {
  test.each(['constructor', '__proto__', 'toString'])('a function named %s is unsupported, not a crash', async (name) => {
    const { file } = write('t.json', armTemplate(`[${name}('x')]`));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ resources\[0\]\.name: /, new RegExp(`unsupported template expression \`${name}\``));
  });

  test.each(['constructor', '__proto__', 'hasOwnProperty'])('a parameter of type %s is no type the import checks: the value is taken as it is', async (type) => {
    const { file } = write('t.json', armTemplate("[parameters('id')]", { parameters: { id: { type, defaultValue: '11111111-1111-4111-8111-111111111111' } } }));
    expectResult(await cli('check', file, '--subscription', SUB));
  });

  test('an expression nested 1,600 deep is refused naming the limit', async () => {
    const { file } = write('t.json', armTemplate(`[${'concat('.repeat(1600)}'a'${')'.repeat(1600)}]`));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ resources\[0\]\.name: /, /the expression nests more than 64 levels deep \(the limit of this import\)/);
  });

  test('variables that double each other stop at the value-size limit, located at the variable', async () => {
    const variables: Record<string, string> = { v0: 'x'.repeat(16) };
    for (let i = 1; i <= 40; i++) variables[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`;
    const { file } = write('t.json', armTemplate("[variables('v40')]", { variables }));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ variables\.v16: /, /concat\(\) would compute a value of 1,048,576 characters, more than the import's limit of 1,000,000/);
  });

  test('a chain of 5,000 variables stops at the evaluation-depth limit', async () => {
    const variables: Record<string, string> = { c0: '11111111-1111-4111-8111-111111111111' };
    for (let i = 1; i <= 5000; i++) variables[`c${i}`] = `[variables('c${i - 1}')]`;
    const { file } = write('t.json', armTemplate("[variables('c5000')]", { variables }));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ variables\.c\d+: /, /nest more than 512 levels deep here \(the limit of this import\)/);
  });

  test('nested copy loops of 800 x 800 x 800 are refused at the instance limit', async () => {
    const deployment = (loop: string, resources: unknown[]) => ({
      type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: `[concat('d', copyIndex('${loop}'))]`, copy: { name: loop, count: 800 },
      properties: { mode: 'Incremental', template: { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources } },
    });
    const [definition, assignment] = JSON.parse(armTemplate('11111111-1111-4111-8111-111111111111')).resources;
    const { file } = write('t.json', armTemplate('', { resources: [definition, deployment('a', [deployment('b', [{ ...assignment, copy: { name: 'c', count: 800 } }])])] }));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ resources\[1\]\.properties\.template\.resources\[0\]\.properties\.template\.resources\[0\]\.copy\.count: /,
      /expands to more than 10,000 resource instances \(the limit of this import; copy loops of nested deployments multiply\)/);
  });
});

describe('ARM output: paths and commands built from validated ids only', () => {
  const EVIL = "../../../escaped$(touch pwned)'`x`";

  test.each([
    ['the export metadata', { metadata: { 'lighthouse-iac': { customer: '../../evil', subscriptionId: EVIL } } }],
  ])('a subscriptionId like "../../x" in %s writes nothing outside --out, and the README quotes it', async (_where, extra) => {
    const { dir, file } = write('t.json', armTemplate('11111111-1111-4111-8111-111111111111', extra));
    const out = join(dir, 'a', 'b', 'out');
    const result = await cli('arm', file, '--no-check', '--out', out, '--customer-tenant', TENANT);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a', 't.json']);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(['.lighthouse-iac', 'evil']);
    expect(readdirSync(join(out, 'evil')).sort()).toEqual(['README.md', 'escaped-touch-pwned-x.json', 'escaped-touch-pwned-x.parameters.json']);
    const readme = readFileSync(join(out, 'evil', 'README.md'), 'utf8');
    expect(readme).toContain(`az account set --subscription '../../../escaped$(touch pwned)'\\''\`x\`'`);
    expect(readme).toContain("Select-AzSubscription -SubscriptionId '../../../escaped$(touch pwned)''`x`'");
    expect(readme).toContain(`az login --tenant ${TENANT}`);
  });

  test('a nested deployment\'s subscriptionId "../../x" gives a sanitized file name, inside --out', async () => {
    const [definition, assignment] = JSON.parse(armTemplate('11111111-1111-4111-8111-111111111111')).resources;
    const nested = {
      type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'evil', subscriptionId: '../../x',
      properties: { mode: 'Incremental', template: { $schema: 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [definition, assignment] } },
    };
    const { dir, file } = write('t.json', armTemplate('', { resources: [nested] }));
    const out = join(dir, 'out');
    expect((await cli('arm', file, '--no-check', '--out', out, '--customer-tenant', TENANT)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['out', 't.json']);
    expect(readdirSync(join(out, 't')).sort()).toEqual(['README.md', 'x.json', 'x.parameters.json']);
    // synth cannot build a stack for a subscription that is no GUID: a located exit 2, not a crash.
    expectLocated(await cli('synth', file, '--no-check', '--out', join(dir, 'synth'), '--customer-tenant', TENANT), file, /^:\d+:\d+ /,
      /subscription "\.\.\/\.\.\/x", which is not a GUID: its Terraform provider needs one/);
    expect(existsSync(join(dir, 'synth'))).toBe(false);
  });

  test('synth --no-check of a template without subscription and tenant: located, and says which option gives them', async () => {
    const { file } = write('t.json', armTemplate('11111111-1111-4111-8111-111111111111'));
    const result = await cli('synth', file, '--no-check', '--out', join(tempDir(), 'out'));
    expectLocated(result, file, /^:\d+:\d+ /, /customer "t" has no tenant id: its Terraform stack needs one\n {2}fix: .*--customer-tenant <id>/);
    expect(result.stderr).toMatch(/no subscription id: its Terraform provider needs one\n {2}fix: .*--subscription <id>/);
  });

  test('one definition per resource group (Microsoft\'s multi-rg sample): synth keeps each, with the template\'s ids', async () => {
    const file = join(__dirname, '../fixtures/arm/rg/multi-rg.json');
    const out = join(tempDir(), 'out');
    const result = await cli('synth', file, '--no-check', '--out', out, '--subscription', SUB, '--customer-tenant', TENANT,
      '--parameters', join(__dirname, '../fixtures/arm/rg/multiple-rg.parameters.json'));
    expect(result.code).toBe(0);
    const stack = JSON.parse(readFileSync(join(out, 'stacks', 'multi-rg', 'cdk.tf.json'), 'utf8'));
    const definitions = Object.values(stack.resource.azurerm_lighthouse_definition) as Array<{ lighthouse_definition_id: string }>;
    // guid(rgName), as the template names them.
    expect(definitions.map((d) => d.lighthouse_definition_id).sort()).toEqual(['rg-northwind-web', 'rg-northwind-data', 'rg-northwind-ops'].map((rg) => armGuid(rg)).sort());
  });
});

describe('input text on the terminal and in reports: shown, never interpreted', () => {
  test('ESC, BEL and CR from an ARM parameter name in an error message', async () => {
    const { file } = write('t.json', armTemplate("[parameters('p\u001b]0;pwned\u0007\rX')]"));
    const result = await cli('check', file);
    expectLocated(result, file, /^:\d+:\d+ resources\[0\]\.name: /, /the template declares no parameter "p\\u001b\]0;pwned\\u0007\\rX"/);
  });

  test('control characters in a Terraform address', async () => {
    const config = JSON.parse(readFileSync(join(__dirname, '../fixtures/terraform/hand-written/lighthouse.tf.json'), 'utf8'));
    const definitions = config.resource[0].azurerm_lighthouse_definition;
    definitions['ops\u001b[2J\u202e'] = { ...definitions.operations, for_each: '${var.x}' };
    const { file } = write('lighthouse.tf.json', JSON.stringify(config, null, 2));
    expectLocated(await cli('check', file), file, /^:\d+:\d+ resource\[0\]\.azurerm_lighthouse_definition\["ops\\u001b\[2J<U\+202E>"\]\.for_each: /,
      /azurerm_lighthouse_definition\.ops\\u001b\[2J<U\+202E> uses for_each/);
  });

  test.each(['text', 'json', 'sarif', 'junit', 'markdown'])('a right-to-left override and ESC in a display name do not reach the %s report raw', async (format) => {
    const { file } = write('m.yaml', mutate('displayName: Ops, type: group', 'displayName: "Ops\\u202e\\u001b[2J", type: user'));
    const result = await cli('check', file, '--format', format, '--fail-on', 'never');
    expectResult(result);
    expect(result.stdout).toContain('Ops');
    // JSON escapes them losslessly (the data is what the file says); SARIF messages are shown text.
    if (format === 'json') expect(JSON.parse(result.stdout).findings[0].message).toContain('Ops\u202e\u001b[2J');
    if (format === 'sarif') expect(JSON.parse(result.stdout).runs[0].results[0].message.text).toContain('Ops<U+202E>\\u001b[2J');
  });

  test('import --to manifest writes such names escaped in double quotes, and they load back exactly', async () => {
    const { dir, file } = write('m.yaml', mutate('displayName: Ops, type: group', 'displayName: "Ops\\u202e\\u009b\\u001b", type: group'));
    const result = await cli('import', file);
    expectResult(result);
    expect(result.stdout).toContain('"Ops\\u202e\\u009b\\e"');
    const back = join(dir, 'back.yaml');
    writeFileSync(back, result.stdout);
    const again = await cli('import', back);
    expect(again.stdout.split('back.yaml').join('m.yaml')).toBe(result.stdout);
  });
});
