import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * The test log shows what matters: test results, and a "skipping ..." line (test/helpers/skip-notice.ts) only where
 * something outside the repository is absent. So no test writes to the console, and no child process a test starts
 * inherits the log's stderr (execFileSync and execSync do by default; spawnSync pipes it).
 */
const TEST = __dirname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : files(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The text of each call of `name(` up to its closing parenthesis (strings and nesting taken as they come). */
function calls(text: string, name: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(`${name}(`); at >= 0; at = text.indexOf(`${name}(`, at + 1)) {
    if (/[\w.]/.test(text[at - 1] ?? '')) continue;
    let depth = 0;
    let end = at + name.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    found.push(text.slice(at, end + 1));
  }
  return found;
}

describe('the test log stays clean', () => {
  const sources = files(TEST).filter((file) => file !== __filename).map((file) => ({ file: relative(TEST, file), text: readFileSync(file, 'utf8') }));

  test('no test writes to the console (a skip says so through skipNotice)', () => {
    const offenders = sources.filter(({ text }) => /(^|[^\w.])console\.(log|warn|info|error|debug)\(/m.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  test('no child process inherits the log\'s stderr: every execFileSync / execSync sets stdio', () => {
    const offenders = sources.flatMap(({ file, text }) => ['execFileSync', 'execSync']
      .flatMap((name) => calls(text, name).filter((call) => !call.includes('stdio')).map((call) => `${file}: ${call.split('\n')[0]}`)));
    expect(offenders).toEqual([]);
  });

  test('the checks can fail: they find what they look for', () => {
    expect(calls("execFileSync('git', ['x'], { cwd })\nexecSync(app)", 'execFileSync')).toEqual(["execFileSync('git', ['x'], { cwd })"]);
    expect(calls('a.execSync(x); execSync(y(z))', 'execSync')).toEqual(['execSync(y(z))']);
    expect(/(^|[^\w.])console\.(log|warn|info|error|debug)\(/m.test('  console.warn(`x`)')).toBe(true);
  });
});
