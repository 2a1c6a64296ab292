import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaReference, starterManifest } from '../../lib/cli/starter-files';
import { cli, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/process';

const SCHEMA = 'schema/manifest.schema.json';

describe('lighthouse-iac init', () => {
  test('writes a starter manifest whose first line gives editors the schema, and says what to do next', async () => {
    const dir = tempDir();
    const result = await cli('init', dir);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['lighthouse.yaml']);
    const text = readFileSync(join(dir, 'lighthouse.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+manifest\.schema\.json$/);
    expect(result.stdout).toContain(`wrote ${join(dir, 'lighthouse.yaml')}\n`);
    expect(result.stdout).toContain(`then run lighthouse-iac check ${join(dir, 'lighthouse.yaml')}\n`);
    expect(result.stderr).toBe('');
  });

  test('the starter checks clean: no finding at all, and every id to replace is marked', async () => {
    const dir = tempDir();
    await cli('init', dir, '--policy');
    const check = await cli('check', join(dir, 'lighthouse.yaml'), '--policy', join(dir, 'lighthouse.policy.yaml'), '--format', 'json', '--fail-on', 'info');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
    // The managing tenant, two principals, the customer tenant and its subscription: each GUID on a line marked.
    const idLines = starterManifest('x').split('\n').filter((line) => /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.test(line));
    expect(idLines).toHaveLength(5);
    expect(idLines.every((line) => line.includes('# replace'))).toBe(true);
  });

  test('--policy also writes the default policy with its own header and the policy schema line', async () => {
    const dir = tempDir();
    expect((await cli('init', dir, '--policy')).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['lighthouse.policy.yaml', 'lighthouse.yaml']);
    const policy = readFileSync(join(dir, 'lighthouse.policy.yaml'), 'utf8');
    expect(policy.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+policy\.schema\.json$/);
    expect(policy).toContain('init --policy');
    expect(policy).not.toContain('do not edit by hand');
    const defaults = readFileSync(join(ROOT, 'policies/default.policy.yaml'), 'utf8');
    expect(policy.endsWith(defaults.slice(defaults.indexOf('\npacks:')))).toBe(true);
  });

  test('creates a directory that does not exist yet', async () => {
    const dir = join(tempDir(), 'new', 'project');
    expect((await cli('init', dir)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['lighthouse.yaml']);
  });

  describe('never replaces anything: exit 2, nothing written', () => {
    test('an existing manifest stays byte for byte', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'lighthouse.yaml'), 'mine\n');
      const result = await cli('init', dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: ${join(dir, 'lighthouse.yaml')}: the file already exists, and init never replaces a file\n`
        + '  fix: edit that file, or write the starter into another directory: lighthouse-iac init <dir>\nnothing was written\n');
      expect(readFileSync(join(dir, 'lighthouse.yaml'), 'utf8')).toBe('mine\n');
      expect(readdirSync(dir)).toEqual(['lighthouse.yaml']);
    });

    test('an existing policy file stops the manifest too (all or nothing), and both are named when both exist', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'lighthouse.policy.yaml'), 'rules: {}\n');
      expect((await cli('init', dir, '--policy')).code).toBe(2);
      expect(readdirSync(dir)).toEqual(['lighthouse.policy.yaml']);
      writeFileSync(join(dir, 'lighthouse.yaml'), 'mine\n');
      const both = await cli('init', dir, '--policy');
      expect(both.stderr.match(/already exists/g)).toHaveLength(2);
      expect(both.stderr).toContain('2 errors; nothing was written');
    });

    test('a directory, or a dangling symbolic link, where the manifest would go', async () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'lighthouse.yaml'));
      expect((await cli('init', dir)).code).toBe(2);
      const other = tempDir();
      symlinkSync(join(other, 'nowhere.yaml'), join(other, 'lighthouse.yaml'));
      expect((await cli('init', other)).code).toBe(2);
      expect(readdirSync(other)).toEqual(['lighthouse.yaml']);
      expect(readdirSync(dir)).toEqual(['lighthouse.yaml']);
    });

    test('a file where the directory should be', async () => {
      const file = join(tempDir(), 'notes.txt');
      writeFileSync(file, 'x');
      const result = await cli('init', file);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: .*notes\.txt.*: .*(ENOTDIR|EEXIST)/);
      expect(readFileSync(file, 'utf8')).toBe('x');
    });
  });
});

describe('schemaReference: a $schema path that works where the file is used', () => {
  test('installed in the project, or in a parent workspace: relative into node_modules', () => {
    expect(schemaReference('/p', SCHEMA, '/p/node_modules/lighthouse-iac/schema/manifest.schema.json'))
      .toEqual({ path: 'node_modules/lighthouse-iac/schema/manifest.schema.json', reachable: true });
    expect(schemaReference('/repo/packages/app', SCHEMA, '/repo/node_modules/lighthouse-iac/schema/manifest.schema.json'))
      .toEqual({ path: '../../node_modules/lighthouse-iac/schema/manifest.schema.json', reachable: true });
  });

  test('inside the package itself (its repository): relative to its schema folder', () => {
    expect(schemaReference('/src/lighthouse-iac', SCHEMA, '/src/lighthouse-iac/schema/manifest.schema.json'))
      .toEqual({ path: 'schema/manifest.schema.json', reachable: true });
    expect(schemaReference('/src/lighthouse-iac/examples/new', SCHEMA, '/src/lighthouse-iac/schema/manifest.schema.json'))
      .toEqual({ path: '../../schema/manifest.schema.json', reachable: true });
  });

  test('run from the npx cache or a global install: where a devDependency install puts it, marked unreachable', () => {
    expect(schemaReference('/home/me/project', SCHEMA, '/home/me/.npm/_npx/1a2b/node_modules/lighthouse-iac/schema/manifest.schema.json'))
      .toEqual({ path: 'node_modules/lighthouse-iac/schema/manifest.schema.json', reachable: false });
    expect(schemaReference('/home/me/project', SCHEMA, '/usr/lib/node_modules/lighthouse-iac/schema/manifest.schema.json'))
      .toEqual({ path: 'node_modules/lighthouse-iac/schema/manifest.schema.json', reachable: false });
  });
});
