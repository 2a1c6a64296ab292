import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveInside, writeInside } from '../../lib/util/safe-path';
import { tempDir } from '../helpers/cli';

describe('resolveInside / writeInside: nothing is written outside the output directory', () => {
  const root = tempDir();

  test('relative paths of plain segments resolve inside the root', () => {
    expect(resolveInside(root, 'fabrikam/8bf55ee3-2fa2-4121-8b6b-a01fa8084f12.json')).toBe(join(root, 'fabrikam', '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12.json'));
  });

  test.each(['../x', 'a/../../x', '/etc/passwd', 'a//b', './a', 'a/.', '', 'a\\..\\x', 'a\u0000b', '..'])('%j is refused', (path) => {
    expect(() => resolveInside(root, path)).toThrow(/refusing to write .*: the path would not stay inside/);
  });

  test('writeInside creates the folders and writes the text; refuses before writing', () => {
    writeInside(root, 'a/b/c.txt', 'hello');
    expect(readFileSync(join(root, 'a', 'b', 'c.txt'), 'utf8')).toBe('hello');
    expect(() => writeInside(join(root, 'a'), '../escaped.txt', 'x')).toThrow();
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
  });
});
