import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifestText } from '../../lib/manifest/load';
import { InputErrors } from '../../lib/model/errors';
import { cli, writeTemp } from '../helpers/cli';
import { BASE_MANIFEST, mutate } from '../helpers/manifests';

/** BASE_MANIFEST with `count` extra principals, each with a bad GUID (one schema error each, in file order). */
function withBadPrincipals(count: number): string {
  const extra = Array.from({ length: count }, (_, i) => `  bad${i}: { id: not-a-guid-${i}, type: group }\n`).join('');
  return BASE_MANIFEST.replace('authorizationSets:\n', `${extra}authorizationSets:\n`);
}

const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('error: '));

describe('a file with many errors: the first ones in file order, and how many there were', () => {
  const { file } = writeTemp('lighthouse.yaml', withBadPrincipals(1200));

  it('prints 20 and says "20 of 1,200 errors shown", with the option that shows the rest', async () => {
    const result = await cli('check', file);
    expect(result.code).toBe(2);
    const lines = errorLines(result.stderr);
    expect(lines).toHaveLength(20);
    expect(lines[0]).toContain('principals.bad0.id: "not-a-guid-0" is not a GUID');
    expect(lines[19]).toContain('principals.bad19.id');
    expect(result.stderr.endsWith('20 of 1,200 errors shown (--max-errors 0 shows all); nothing was written\n')).toBe(true);
  });

  it('--max-errors sets how many (0: all), before or after the command', async () => {
    const five = await cli('--max-errors', '5', 'check', file);
    expect(errorLines(five.stderr)).toHaveLength(5);
    expect(five.stderr).toContain('5 of 1,200 errors shown');
    const all = await cli('check', file, '--max-errors', '0');
    expect(errorLines(all.stderr)).toHaveLength(1200);
    expect(all.stderr.endsWith('\n1,200 errors; nothing was written\n')).toBe(true);
  });

  it('--max-errors that is not a whole number is a usage error', async () => {
    const result = await cli('check', file, '--max-errors', 'many');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a whole number of errors to print (0: all), got "many"');
  });

  it('the library keeps every error (up to 10,000) and the total', () => {
    let thrown: unknown;
    try {
      loadManifestText(withBadPrincipals(1200), 'lighthouse.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputErrors);
    expect((thrown as InputErrors).errors).toHaveLength(1200);
    expect((thrown as InputErrors).total).toBe(1200);
  });
});

describe('schema errors and unresolved references come in one run', () => {
  it('reports a bad GUID, an unknown role, an unknown set and an unknown offer together, in file order', () => {
    const text = mutate('ops: { id: 33333333-3333-3333-3333-333333333333, displayName: Ops, type: group }', 'ops: { id: 3333, displayName: Ops, type: grup }')
      .replace('role: Reader }', 'role: Readr }')
      .replace('authorizations: [baseline]', 'authorizations: [baseline, extra]')
      .replace('- { offer: managed-ops,', '- { offer: managed-op,');
    let thrown: unknown;
    try {
      loadManifestText(text, 'lighthouse.yaml');
    } catch (error) {
      thrown = error;
    }
    const errors = (thrown as InputErrors).errors;
    expect(errors.map((e) => `${e.location?.line} ${e.location?.path}: ${e.problem}`)).toEqual([
      '4 principals.ops.id: expected a string, got number 3333',
      '4 principals.ops.type: "grup" is not one of: user, group, servicePrincipal',
      '7 authorizationSets.baseline[0].role: unknown role "Readr": not an Azure built-in role name',
      '12 offers.managed-ops.authorizations[1]: unknown authorization set "extra"',
      '18 customers.fabrikam.delegations[0].offer: unknown offer "managed-op"',
    ]);
    // `ops` is rejected by the schema: the authorization that names it is not reported as an unknown principal.
    expect(errors.some((e) => e.problem.includes('unknown principal'))).toBe(false);
  });

  it('suggests keys the schema rejected too (a typo of a principal with a bad id)', () => {
    const text = mutate('noc: { id: 22222222-2222-2222-2222-222222222222,', 'noc: { id: x,').replace('{ principal: noc, role: Reader }', '{ principal: nco, role: Reader }');
    expect(() => loadManifestText(text, 'lighthouse.yaml')).toThrow(/unknown principal "nco"\n {2}fix: did you mean "noc"\?/);
  });

  it('a file whose sections are the wrong shape gets its schema errors only', () => {
    expect(() => loadManifestText('managingTenant: 1\nprincipals: []\nauthorizationSets: x\noffers: 2\ncustomers: []\n', 'lighthouse.yaml'))
      .toThrow(expect.objectContaining({ errors: expect.arrayContaining([expect.objectContaining({ problem: expect.stringMatching(/^expected an object/) })]) }));
  });
});

describe('only what Azure needs is required', () => {
  it('a customer without displayName is shown by its key', () => {
    const plan = loadManifestText(mutate('    displayName: Fabrikam\n', ''), 'lighthouse.yaml');
    expect(plan.customers[0]).toMatchObject({ key: 'fabrikam', displayName: 'fabrikam' });
  });

  it('a manifest without customers (Marketplace offers only) checks, and synth and arm say there is nothing to deploy', async () => {
    const text = BASE_MANIFEST.replace(/customers:\n[\s\S]*$/, 'customers: {}\n')
      .replace('    authorizations: [baseline]\n', '    authorizations: [baseline]\n    plan: { publisher: contoso, product: ops, name: gold, version: 1.0.0 }\n');
    const { dir, file } = writeTemp('lighthouse.yaml', text);
    expect((await cli('check', file, '--fail-on', 'warning')).code).toBe(0);
    const synth = await cli('synth', file, '--out', join(dir, 'out'));
    expect(synth.code).toBe(0);
    expect(synth.stderr).toContain('synth: the input has no customer delegations, so there is nothing to deploy (lighthouse-iac partner-center writes its Marketplace plan)');
    const arm = await cli('arm', file, '--out', join(dir, 'arm'));
    expect(arm.stderr).toContain('arm: the input has no customer delegations');
    const pc = await cli('partner-center', file, '--out', join(dir, 'pc'));
    expect(pc.code).toBe(0);
    expect(existsSync(join(dir, 'pc', 'managed-ops', 'plan.json'))).toBe(true);
    expect(readdirSync(join(dir, 'out', 'stacks'))).toEqual([]);
  });

  it('suppression rule ids are matched in any case, like policy files', () => {
    const plan = loadManifestText(`${BASE_MANIFEST}suppressions:\n  - { rule: lh204, reason: accepted for the pilot }\n`, 'lighthouse.yaml');
    expect(plan.suppressions[0].rule).toBe('LH204');
  });
});
