import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';
import { readTree } from '../helpers/tree';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');

/** Copies the example into a fresh directory, as a second checkout would have it. */
function checkout(): { dir: string; manifest: string } {
  const dir = tempDir('lighthouse-iac-checkout-');
  const manifest = join(dir, 'lighthouse.yaml');
  copyFileSync(EXAMPLE, manifest);
  return { dir, manifest };
}

describe('lighthouse-iac synth', () => {
  test('writes manifest.json and one cdk.tf.json per customer stack, and says what it did', async () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'cdktf.out');
    const result = await cli('synth', manifest, '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: `check: 5 warnings, 1 info, 1 suppressed (lighthouse-iac check ${manifest} for details)\n` });
    expect(result.stdout).toBe(`synthesized 3 customer stacks: 4 registration definitions, 5 assignments -> ${out}\n`);
    expect(readdirSync(join(out, 'stacks')).sort()).toEqual(['fabrikam', 'northwind', 'tailspin']);
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).stacks).sort()).toEqual(['fabrikam', 'northwind', 'tailspin']);
  });

  test('output is byte-identical across runs and across checkout directories', async () => {
    const a = checkout();
    const b = checkout();
    await cli('synth', a.manifest, '--out', join(a.dir, 'out'));
    await cli('synth', a.manifest, '--out', join(a.dir, 'again'));
    await cli('synth', b.manifest, '--out', join(b.dir, 'out'));
    const first = readTree(join(a.dir, 'out'));
    expect(Object.keys(first).length).toBeGreaterThanOrEqual(4);
    expect(readTree(join(a.dir, 'again'))).toEqual(first);
    expect(readTree(join(b.dir, 'out'))).toEqual(first);
    for (const content of Object.values(first)) {
      expect(content).not.toContain(a.dir);
      expect(content).not.toContain(process.cwd());
    }
  });

  test('replaces its own previous output: a stack gone from the manifest goes, Terraform\'s files in a stack stay', async () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'cdktf.out');
    expect((await cli('synth', manifest, '--out', out)).code).toBe(0);
    mkdirSync(join(out, 'stacks', 'gone-customer'), { recursive: true });
    writeFileSync(join(out, 'stacks', 'gone-customer', 'cdk.tf.json'), '{}');
    mkdirSync(join(out, 'stacks', 'fabrikam', '.terraform', 'providers'), { recursive: true });
    writeFileSync(join(out, 'stacks', 'fabrikam', '.terraform.lock.hcl'), '# lock\n');
    expect((await cli('synth', manifest, '--out', out)).code).toBe(0);
    expect(existsSync(join(out, 'stacks', 'gone-customer'))).toBe(false);
    expect(existsSync(join(out, 'stacks', 'fabrikam', '.terraform', 'providers'))).toBe(true);
    expect(readFileSync(join(out, 'stacks', 'fabrikam', '.terraform.lock.hcl'), 'utf8')).toBe('# lock\n');
    expect(readdirSync(dir).sort()).toEqual(['cdktf.out', 'lighthouse.yaml']);
    expect(readdirSync(out).sort()).toEqual(['.lighthouse-iac', 'manifest.json', 'stacks']);
  });

  test('--roles takes a fresh role dump', async () => {
    const { dir, manifest } = checkout();
    const dump = join(dir, 'roles.json');
    // A dump in which Security Admin no longer exists: the example no longer resolves.
    const roles = (await import('../../lib/roles/catalog')).RoleCatalog.builtIn().all()
      .filter((r) => r.name !== 'Security Admin')
      .map((r) => ({ name: r.id, roleName: r.name, roleType: 'BuiltInRole', permissions: [{ actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] }], updatedOn: '2026-01-01T00:00:00Z' }));
    writeFileSync(dump, JSON.stringify(roles));
    const result = await cli('synth', manifest, '--out', join(dir, 'out'), '--roles', dump);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${manifest}:31:13 authorizationSets.operations[1].role: unknown role "Security Admin"`);
  });
});

describe('lighthouse-iac stacks', () => {
  test('lists one stack per customer, as text or JSON', async () => {
    expect((await cli('stacks', EXAMPLE)).stdout).toBe('fabrikam\nnorthwind\ntailspin\n');
    expect(JSON.parse((await cli('stacks', EXAMPLE, '--json')).stdout)).toEqual(['fabrikam', 'northwind', 'tailspin']);
  });
});

describe('usage', () => {
  test('--version prints the package version', async () => {
    const result = await cli('--version');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version);
  });

  test('--help lists the commands', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/synth \[options\] <input>/);
    expect(result.stdout).toMatch(/stacks \[options\] <input>/);
  });

  test('an unknown command or a missing argument is a usage error (exit 2)', async () => {
    expect((await cli('deploy')).code).toBe(2);
    const missing = await cli('synth');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'input'");
  });
});
