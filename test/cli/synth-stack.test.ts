import { copyFileSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';
import { readTree } from '../helpers/tree';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const LONG_AGO = new Date('2020-01-02T03:04:05Z');

/** The example in a fresh directory, synthesized once to cdktf.out, every output file dated LONG_AGO. */
async function synthesized(): Promise<{ dir: string; manifest: string; out: string }> {
  const dir = tempDir('lighthouse-iac-stack-');
  const manifest = join(dir, 'lighthouse.yaml');
  copyFileSync(EXAMPLE, manifest);
  const out = join(dir, 'cdktf.out');
  expect((await cli('synth', manifest, '--out', out)).code).toBe(0);
  for (const path of Object.keys(readTree(out))) utimesSync(join(out, path), LONG_AGO, LONG_AGO);
  return { dir, manifest, out };
}

function mtimes(out: string): Record<string, number> {
  return Object.fromEntries(Object.keys(readTree(out)).map((path) => [path, statSync(join(out, path)).mtimeMs]));
}

/** fabrikam's second subscription gets a third resource group: only its stack changes. */
const FABRIKAM_CHANGE: [string, string] = ['resourceGroups: [rg-web, rg-data]', 'resourceGroups: [rg-web, rg-data, rg-new]'];

describe('lighthouse-iac synth --stack', () => {
  test('re-synthesizes only that stack: the others keep their bytes and mtimes; manifest.json is a full synth\'s', async () => {
    const { dir, manifest, out } = await synthesized();
    const before = readTree(out);
    const beforeTimes = mtimes(out);
    writeFileSync(manifest, EXAMPLE_TEXT.replace(...FABRIKAM_CHANGE));
    const result = await cli('synth', manifest, '--out', out, '--stack', 'fabrikam');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`synthesized 1 of 3 customer stacks (fabrikam); the others were kept as they were -> ${out}\n`);
    const after = readTree(out);
    const afterTimes = mtimes(out);
    for (const path of Object.keys(before).filter((p) => /^stacks[\\/](northwind|tailspin)[\\/]/.test(p))) {
      expect(after[path]).toBe(before[path]);
      expect(afterTimes[path]).toBe(beforeTimes[path]);
    }
    const fabrikam = join('stacks', 'fabrikam', 'cdk.tf.json');
    expect(after[fabrikam]).not.toBe(before[fabrikam]);
    expect(after[fabrikam]).toContain('rg-new');
    expect(after[join('stacks', 'fabrikam', 'ACCESS.md')]).toContain('resource group `rg-new`');
    // Exactly what a full synth of the changed manifest writes, manifest.json included (it lists every stack).
    const full = join(dir, 'full');
    expect((await cli('synth', manifest, '--out', full)).code).toBe(0);
    expect(after).toEqual(readTree(full));
    expect(Object.keys(JSON.parse(after['manifest.json']).stacks)).toEqual(['fabrikam', 'northwind', 'tailspin']);
  });

  test('is repeatable, and keeps Terraform\'s files inside the re-synthesized stack', async () => {
    const { manifest, out } = await synthesized();
    mkdirSync(join(out, 'stacks', 'fabrikam', '.terraform'), { recursive: true });
    writeFileSync(join(out, 'stacks', 'fabrikam', '.terraform.lock.hcl'), '# lock\n');
    const before = readTree(out);
    const tailspin = join('stacks', 'tailspin', 'cdk.tf.json');
    const beforeTime = statSync(join(out, tailspin)).mtimeMs;
    writeFileSync(manifest, EXAMPLE_TEXT.replace(...FABRIKAM_CHANGE).replace('displayName: Northwind Traders', 'displayName: Northwind Traders Ltd'));
    const result = await cli('synth', manifest, '--out', out, '--stack', 'fabrikam', '--stack', 'northwind');
    expect(result).toMatchObject({ code: 0, stdout: `synthesized 2 of 3 customer stacks (fabrikam, northwind); the others were kept as they were -> ${out}\n` });
    const after = readTree(out);
    expect(after[join('stacks', 'fabrikam', '.terraform.lock.hcl')]).toBe('# lock\n');
    expect(after[join('stacks', 'northwind', 'ACCESS.md')]).toContain('Customer: Northwind Traders Ltd');
    expect(after[tailspin]).toBe(before[tailspin]);
    expect(statSync(join(out, tailspin)).mtimeMs).toBe(beforeTime);
  });

  test('an unknown stack id is exit 2 with "did you mean", and nothing is written', async () => {
    const { manifest, out } = await synthesized();
    const before = readTree(out);
    const beforeTimes = mtimes(out);
    const result = await cli('synth', manifest, '--out', out, '--stack', 'fabrikan');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: (--stack): unknown stack "fabrikan": the input has no customer stack of that name');
    expect(result.stderr).toContain('fix: did you mean "fabrikam"? give a stack id as `lighthouse-iac stacks <input>` lists them (fabrikam, northwind, tailspin)');
    expect(readTree(out)).toEqual(before);
    expect(mtimes(out)).toEqual(beforeTimes);
  });

  test('runs after the full cross-customer check: an error in another customer stops it, nothing is written', async () => {
    const { manifest, out } = await synthesized();
    const before = readTree(out);
    // Owner for tailspin only (its own authorization set): LH101, an error, in a stack that is not selected.
    writeFileSync(manifest, EXAMPLE_TEXT.replace('        authorizations: [baseline, operations]', '        authorizations: [baseline, operations, owners]')
      .replace('authorizationSets:\n', 'authorizationSets:\n  owners:\n    - { principal: ops, role: Owner }\n'));
    const result = await cli('synth', manifest, '--out', out, '--stack', 'fabrikam');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LH101');
    expect(result.stderr).toContain('customer tailspin');
    expect(readTree(out)).toEqual(before);
  });

  test('needs an earlier synth output, with every other stack of the input in it', async () => {
    const dir = tempDir('lighthouse-iac-stack-');
    const fresh = await cli('synth', EXAMPLE, '--out', join(dir, 'new'), '--stack', 'fabrikam');
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toContain(`--stack re-synthesizes stacks inside an earlier synth output, and ${join(dir, 'new')} holds none`);

    const { manifest, out } = await synthesized();
    writeFileSync(manifest, EXAMPLE_TEXT.replace('customers:\n', 'customers:\n  adatum:\n    displayName: Adatum\n    tenantId: 0b1d2c3e-4f50-4617-8a9b-0c1d2e3f4a5b\n    delegations:\n      - { offer: managed-security, subscription: 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f }\n'));
    const missing = await cli('synth', manifest, '--out', out, '--stack', 'fabrikam');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`stack adatum of the input is not in ${out} yet (manifest.json lists every stack)`);
    expect(missing.stderr).toContain('fix: add --stack adatum, or run synth without --stack');
    expect((await cli('synth', manifest, '--out', out, '--stack', 'fabrikam', '--stack', 'adatum')).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).stacks)).toEqual(['adatum', 'fabrikam', 'northwind', 'tailspin']);
  });
});
