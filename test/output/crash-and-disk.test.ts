import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { estateYaml } from '../../bench/estate';
import { cli, tempDir } from '../helpers/cli';
import { readTree } from '../helpers/tree';
import { STAGING_PREFIX } from '../../lib/output/output-target';
import { skipNotice } from '../helpers/skip-notice';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'dist/bin/lighthouse-iac.js');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');

function run(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

function stagingLeftovers(out: string): string[] {
  return existsSync(out) ? readdirSync(out).filter((name) => name.startsWith(STAGING_PREFIX)) : [];
}

describe('a run killed with SIGKILL in the middle of a large synth', () => {
  test('leaves the previous output complete; the next run removes the staging directory and leaves nothing beside the output', async () => {
    const dir = tempDir('lighthouse-iac-kill-');
    writeFileSync(join(dir, 'small.yaml'), estateYaml({ customers: 5, subscriptions: 2, authorizations: 4, seed: 7 }));
    writeFileSync(join(dir, 'big.yaml'), estateYaml({ customers: 300, subscriptions: 3, authorizations: 10, seed: 42 }));
    const out = join(dir, 'cdktf.out');
    expect(run(['synth', 'small.yaml', '--out', 'cdktf.out', '--no-check'], dir).status).toBe(0);
    const previous = readTree(out);

    const child = spawn(process.execPath, [BIN, 'synth', 'big.yaml', '--out', 'cdktf.out', '--no-check'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Wait until the run is filling its staging directory (synth of 300 customers takes seconds), then kill it.
    const deadline = Date.now() + 60_000;
    while (stagingLeftovers(out).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(stagingLeftovers(out)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const { [`${stagingLeftovers(out)[0]}`]: _ignored, ...afterKill } = Object.fromEntries(Object.entries(readTree(out))
      .filter(([path]) => !path.startsWith(STAGING_PREFIX)));
    expect(afterKill).toEqual(previous);

    expect(run(['synth', 'small.yaml', '--out', 'cdktf.out', '--no-check'], dir).status).toBe(0);
    expect(stagingLeftovers(out)).toEqual([]);
    expect(readTree(out)).toEqual(previous);
    expect(readdirSync(dir).sort()).toEqual(['big.yaml', 'cdktf.out', 'small.yaml']);
  }, 120_000);
});

/** Mounts a tmpfs of `size` at a fresh directory (root only, where mounts are allowed); undefined when it cannot. */
function mountTmpfs(size: string, readOnly = false): string | undefined {
  const point = tempDir('lighthouse-iac-mount-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${readOnly ? ',ro' : ''}`, 'tmpfs', point], { stdio: 'ignore' });
    mounted.push(point);
    return point;
  } catch {
    return undefined;
  }
}

const mounted: string[] = [];
afterAll(() => {
  for (const point of mounted) spawnSync('umount', [point]);
});

describe('a full disk and a read-only directory are user errors (exit 2, naming the path)', () => {
  const checkout = () => {
    const dir = tempDir('lighthouse-iac-disk-');
    copyFileSync(EXAMPLE, join(dir, 'lighthouse.yaml'));
    writeFileSync(join(dir, 'bigger.yaml'), estateYaml({ customers: 40, subscriptions: 3, authorizations: 8, seed: 3 }));
    return dir;
  };

  test('ENOSPC on a tiny tmpfs: "no space left on device", the previous output intact, nothing half-written', () => {
    const disk = mountTmpfs('160k');
    if (!disk) {
      skipNotice('the real full-disk test: cannot mount a tmpfs here (needs root); the simulated ENOSPC test covers the message');
      return;
    }
    const dir = checkout();
    const out = join(disk, 'cdktf.out');
    for (const command of ['synth', 'arm']) {
      const target = `${out}-${command}`;
      expect(run([command, 'lighthouse.yaml', '--out', target], dir).status).toBe(0);
      const previous = readTree(target);
      const full = run([command, 'bigger.yaml', '--out', target, '--no-check'], dir);
      expect(full.status).toBe(2);
      expect(full.stderr).toMatch(new RegExp(`cannot write ${target}\\S*: no space left on device \\(ENOSPC\\)`));
      expect(full.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(readTree(target)).toEqual(previous);
      expect(stagingLeftovers(target)).toEqual([]);
    }
    // A new directory that cannot be filled is not left behind.
    const fresh = run(['synth', 'bigger.yaml', '--out', join(disk, 'new'), '--no-check'], dir);
    expect(fresh.status).toBe(2);
    expect(existsSync(join(disk, 'new'))).toBe(false);
  });

  test('a read-only file system: "read-only file system" (EROFS) for every writing command and for a report', () => {
    const disk = mountTmpfs('64k', true);
    if (!disk) {
      skipNotice('the real read-only test: cannot mount a read-only tmpfs here (needs root); the simulated test covers the message');
      return;
    }
    const dir = checkout();
    for (const args of [['synth', 'lighthouse.yaml', '--out', join(disk, 'out')], ['arm', 'lighthouse.yaml', '--out', join(disk, 'out')],
      ['partner-center', 'lighthouse.yaml', '--out', join(disk, 'out')], ['check', 'lighthouse.yaml', '--output', join(disk, 'report.txt')],
      ['import', 'lighthouse.yaml', '--output', join(disk, 'imported.yaml')]]) {
      const result = run(args, dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`cannot write ${disk}/\\S+: read-only file system \\(EROFS\\)`));
      expect(result.stderr).not.toMatch(/internal error/);
    }
    expect(readdirSync(disk)).toEqual([]);
  });

  test('simulated: an ENOSPC while cdktf writes a stack (wherever mounts are not allowed) is exit 2 naming --out, previous output intact', async () => {
    const dir = checkout();
    const out = join(dir, 'cdktf.out');
    expect((await cli('synth', join(dir, 'lighthouse.yaml'), '--out', out)).code).toBe(0);
    const previous = readTree(out);
    const nodeFs = require('node:fs') as typeof import('node:fs');
    const realWrite = nodeFs.writeFileSync;
    const spy = jest.spyOn(nodeFs, 'writeFileSync').mockImplementation((...args: Parameters<typeof nodeFs.writeFileSync>) => {
      if (String(args[0]).endsWith('cdk.tf.json')) throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', path: String(args[0]) });
      return realWrite(...args);
    });
    try {
      const result = await cli('synth', join(dir, 'lighthouse.yaml'), '--out', out);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`cannot write ${out}/stacks/\\w+/cdk\\.tf\\.json: no space left on device \\(ENOSPC\\)`));
      expect(result.stderr).toContain('fix: free some space');
    } finally {
      spy.mockRestore();
    }
    expect(readTree(out)).toEqual(previous);
    expect(stagingLeftovers(out)).toEqual([]);
  });

  test('simulated: EACCES on the report file is exit 2 naming it', async () => {
    const dir = checkout();
    mkdirSync(join(dir, 'reports'));
    const nodeFs = require('node:fs') as typeof import('node:fs');
    const realOpen = nodeFs.openSync;
    const spy = jest.spyOn(nodeFs, 'openSync').mockImplementation((...args: Parameters<typeof nodeFs.openSync>) => {
      // Only the report's temporary file: the input is read through openSync too.
      if (!String(args[0]).endsWith('.tmp')) return realOpen(...args);
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: String(args[0]) });
    });
    try {
      const result = await cli('check', join(dir, 'lighthouse.yaml'), '--output', join(dir, 'reports', 'r.txt'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`cannot write ${join(dir, 'reports', 'r.txt')}: permission denied (EACCES)`);
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });
});
