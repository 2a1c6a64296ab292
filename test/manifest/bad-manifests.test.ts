import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';
import { BAD_MANIFESTS } from './bad-manifests.cases';

describe('bad manifests: exit 2, exact location and message, nothing written', () => {
  test('there are at least 15 distinct cases', () => {
    expect(new Set(BAD_MANIFESTS.map((c) => c.name)).size).toBeGreaterThanOrEqual(15);
  });

  test.each(BAD_MANIFESTS.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const dir = tempDir();
    const file = join(dir, testCase.file ?? 'lighthouse.yaml');
    if (testCase.text !== undefined) writeFileSync(file, testCase.text);
    const out = join(dir, 'cdktf.out');
    const previous = join(dir, 'previous.out');
    mkdirSync(previous);
    writeFileSync(join(previous, 'keep.txt'), 'previous output');

    const fresh = await cli('synth', file, '--out', out, ...(testCase.extraArgs ?? []));
    const again = await cli('synth', file, '--out', previous, ...(testCase.extraArgs ?? []));

    expect(fresh.code).toBe(2);
    expect(fresh.stderr.split(dir).join('<DIR>')).toBe(testCase.stderr);
    expect(fresh.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
    expect(existsSync(out)).toBe(false);
    // An earlier output directory is left exactly as it was, and no staging directory is left behind.
    expect(again.code).toBe(2);
    expect(readdirSync(previous)).toEqual(['keep.txt']);
    expect(readFileSync(join(previous, 'keep.txt'), 'utf8')).toBe('previous output');
    expect(readdirSync(dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });

  test('--debug adds the stack trace', async () => {
    const dir = tempDir();
    const result = await cli('synth', join(dir, 'missing.yaml'), '--debug');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});
