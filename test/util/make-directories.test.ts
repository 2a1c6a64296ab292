import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirectories } from '../../lib/util/make-directories';
import { cli, tempDir } from '../helpers/cli';
import { skipNotice } from '../helpers/skip-notice';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
// A directory that exists but refuses new entries with ENOENT: Node's recursive mkdir retries it for ever.
const haveProc = existsSync('/proc/self');
if (!haveProc) skipNotice('the /proc cases of makeDirectories: no /proc on this system');

describe('makeDirectories', () => {
  test('creates the missing levels and returns the top-most one it created', () => {
    const root = tempDir();
    expect(makeDirectories(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a'));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(makeDirectories(join(root, 'a', 'b'))).toBeUndefined();
  });

  test('a file on the path is the system\'s error for that level', () => {
    const root = tempDir();
    writeFileSync(join(root, 'file'), 'user data');
    expect(() => makeDirectories(join(root, 'file', 'x'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  (haveProc ? test : test.skip)('a directory that refuses new entries throws ENOENT at once instead of looping', () => {
    expect(() => makeDirectories('/proc/lighthouse-iac-test/x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('outputs under a directory that refuses new entries: exit 2 naming the path, never a hang or an internal error', () => {
  const cases: Array<[string, string[], string]> = [
    ['init', ['init', '/proc/lighthouse-iac-test'], '/proc/lighthouse-iac-test'],
    ['synth --out', ['synth', EXAMPLE, '--out', '/proc/lighthouse-iac-test/out'], '/proc/lighthouse-iac-test/out'],
    ['check --output', ['check', EXAMPLE, '--output', '/proc/lighthouse-iac-test/report.json', '--format', 'json'], '/proc/lighthouse-iac-test/report.json'],
  ];
  for (const [name, argv, shown] of cases) {
    (haveProc ? test : test.skip)(name, async () => {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      expect(stderr).toContain(`cannot write ${shown}: no such file or directory`);
      expect(stderr).toContain('fix: choose another location');
      expect(stderr).not.toContain('internal error');
    });
  }
});
