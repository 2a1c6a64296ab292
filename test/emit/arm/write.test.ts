import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { armFiles, writeArm } from '../../../lib/emit/arm/files';
import { armCommand } from '../../../lib/cli/arm-command';
import { InputError } from '../../../lib/model/errors';
import { loadManifest, loadManifestText } from '../../../lib/manifest/load';
import { tempDir } from '../../helpers/cli';
import { BASE_MANIFEST } from '../../helpers/manifests';
import { readTree } from '../../helpers/tree';
import { MARKER_FILE } from '../../../lib/output/output-target';

const EXAMPLE = join(__dirname, '../../../examples/contoso/lighthouse.yaml');

/** The example manifest in a fresh directory, as a second checkout would have it. */
function checkout(): { dir: string; manifest: string } {
  const dir = tempDir('lighthouse-iac-arm-');
  const manifest = join(dir, 'lighthouse.yaml');
  copyFileSync(EXAMPLE, manifest);
  return { dir, manifest };
}

afterEach(() => jest.restoreAllMocks());

describe('writeArm', () => {
  test('writes <customer>/<subscription>.json, .parameters.json and README.md, exactly the files armFiles lists', () => {
    const { dir, manifest } = checkout();
    const plan = loadManifest(manifest);
    const out = join(dir, 'arm');
    writeArm(plan, out);
    const { [MARKER_FILE]: marker, ...written } = readTree(out);
    expect(written).toEqual(Object.fromEntries(armFiles(plan).map((f) => [f.path.split('/').join(sep), f.text])));
    expect(JSON.parse(marker)).toMatchObject({ tool: 'lighthouse-iac', command: 'arm' });
    for (const text of Object.values(readTree(out))) expect(text.endsWith('\n')).toBe(true);
  });

  test('returns the paths it wrote, in armFiles order', () => {
    const { dir, manifest } = checkout();
    const plan = loadManifest(manifest);
    expect(writeArm(plan, join(dir, 'arm'))).toEqual(armFiles(plan).map((f) => f.path));
  });

  test('writes each customer\'s files as they are built: when customer k is reported, k customers are on disk (staged)', () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'arm');
    const plan = loadManifest(manifest);
    const staged: Array<{ done: number; total: number; folders: string[] }> = [];
    writeArm(plan, out, {
      onCustomer: (done, total) => {
        const staging = readdirSync(out).find((name) => name.startsWith('.lighthouse-iac-staging-'))!;
        staged.push({ done, total, folders: readdirSync(join(out, staging)).sort() });
      },
    });
    expect(staged).toEqual([
      { done: 1, total: 3, folders: ['fabrikam'] },
      { done: 2, total: 3, folders: ['fabrikam', 'northwind'] },
      { done: 3, total: 3, folders: ['fabrikam', 'northwind', 'tailspin'] },
    ]);
  });

  test('the same Plan gives the same bytes, across runs and checkout directories, with no absolute paths', () => {
    const a = checkout();
    const b = checkout();
    writeArm(loadManifest(a.manifest), join(a.dir, 'out'));
    writeArm(loadManifest(a.manifest), join(a.dir, 'again'));
    writeArm(loadManifest(b.manifest), join(b.dir, 'out'));
    const first = readTree(join(a.dir, 'out'));
    expect(Object.keys(first)).toHaveLength(12); // 11 files and the marker
    expect(readTree(join(a.dir, 'again'))).toEqual(first);
    expect(readTree(join(b.dir, 'out'))).toEqual(first);
    for (const text of Object.values(first)) {
      expect(text).not.toContain(a.dir);
      expect(text).not.toContain(process.cwd());
    }
  });

  test('replaces what an earlier arm run wrote (a customer gone from the Plan goes too) and keeps files it did not write', () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'arm');
    writeArm(loadManifest(manifest), out);
    mkdirSync(join(out, 'gone-customer'), { recursive: true });
    writeFileSync(join(out, 'gone-customer', 'README.md'), 'old');
    writeFileSync(join(out, 'fabrikam', 'notes.txt'), 'mine');
    writeArm(loadManifest(manifest), out);
    expect(readdirSync(out).sort()).toEqual([MARKER_FILE, 'fabrikam', 'northwind', 'tailspin']);
    expect(readTree(join(out, 'fabrikam'))['notes.txt']).toBe('mine');
    expect(readdirSync(dir).sort()).toEqual(['arm', 'lighthouse.yaml']);
  });

  test('a write that fails half-way leaves the previous directory as it was, and no temporary directory', () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'arm');
    const plan = loadManifest(manifest);
    writeArm(plan, out);
    const before = readTree(out);
    // The module object itself (not an import's namespace copy), which lib/emit/arm/files.ts calls through.
    const nodeFs = require('node:fs') as typeof import('node:fs');
    const realWrite = nodeFs.writeFileSync;
    let writes = 0;
    jest.spyOn(nodeFs, 'writeFileSync').mockImplementation((...args: Parameters<typeof nodeFs.writeFileSync>) => {
      if (++writes === 3) throw new Error('disk full');
      return realWrite(...args);
    });
    expect(() => writeArm(plan, out)).toThrow('disk full');
    expect(writes).toBe(3);
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['arm', 'lighthouse.yaml']);
    expect(readdirSync(out).filter((name) => name.startsWith('.lighthouse-iac-staging-'))).toEqual([]);
  });

  test('input that cannot be exported fails before anything is written', () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'arm');
    writeArm(loadManifest(manifest), out);
    const before = readTree(out);
    const twice = loadManifestText(`${BASE_MANIFEST}      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a] }\n`, 'twice.yaml');
    expect(() => writeArm(twice, out)).toThrow(InputError);
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['arm', 'lighthouse.yaml']);
    expect(readdirSync(out).filter((name) => name.startsWith('.lighthouse-iac-staging-'))).toEqual([]);
  });
});

describe('armCommand', () => {
  test('writes the files and prints a one-line summary', () => {
    const { dir, manifest } = checkout();
    const out = join(dir, 'arm');
    let stdout = '';
    let stderr = '';
    const code = armCommand(loadManifest(manifest), { out }, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false });
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote ARM templates for 3 customers: 4 subscription deployments, 4 registration definitions, 5 assignments -> ${out}\n`);
    expect(stderr).toBe('');
    expect(existsSync(join(out, 'northwind', 'README.md'))).toBe(true);
  });

  test('counts in the singular', () => {
    const dir = tempDir('lighthouse-iac-arm-');
    let stdout = '';
    armCommand(loadManifestText(BASE_MANIFEST, 'm.yaml'), { out: join(dir, 'arm') }, { stdout: (t) => { stdout += t; }, stderr: () => undefined, color: false });
    expect(stdout).toBe(`wrote ARM templates for 1 customer: 1 subscription deployment, 1 registration definition, 1 assignment -> ${join(dir, 'arm')}\n`);
  });
});
