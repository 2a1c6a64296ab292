import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';

/**
 * What each command loads (issue 15: start-up; the dependency rule: only synth loads cdktf). The compiled CLI runs in
 * a fresh process and reports its module cache.
 */
const ROOT = join(__dirname, '../..');
const PROGRAM = join(ROOT, 'dist/lib/cli/program.js');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const maybe = existsSync(PROGRAM) ? test : test.skip;

function modulesLoadedBy(argv: readonly string[]): string[] {
  const script = `
    const { runCli } = require(${JSON.stringify(PROGRAM)});
    runCli(${JSON.stringify(argv)}, { stdout() {}, stderr() {}, color: false }).then(() => {
      process.stdout.write(JSON.stringify(Object.keys(require.cache)));
    });`;
  return (JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: 'pipe' })) as string[])
    .map((path) => path.split(/[\\/]/).join('/'));
}

const CDKTF = /\/node_modules\/(cdktf|@cdktf|constructs)\//;
const YAML = /\/node_modules\/yaml\//;
const VALIDATORS = /\/dist\/lib\/(manifest|policy)\/generated\//;
const ROLE_CATALOG = /\/dist\/lib\/roles\/catalog\.js$/;
const RULES = /\/dist\/policies\/(service|best-practice|cross-customer|marketplace)\//;

describe('what each command loads', () => {
  maybe.each([
    ['check', ['check', EXAMPLE]],
    ['check --format html', ['check', EXAMPLE, '--format', 'html']],
    ['arm', ['arm', EXAMPLE, '--out', 'OUT']],
    ['partner-center', ['partner-center', EXAMPLE, '--out', 'OUT']],
    ['diff', ['diff', EXAMPLE, EXAMPLE]],
    ['stacks', ['stacks', EXAMPLE]],
    ['import', ['import', EXAMPLE]],
  ])('%s never loads cdktf, constructs or the provider bindings', (_name, argv) => {
    const out = join(tempDir(), 'out');
    const loaded = modulesLoadedBy(argv.map((arg) => (arg === 'OUT' ? out : arg)));
    // It did its work (the reader and the rules ran), so the check below is about a real run.
    expect(loaded.some((path) => YAML.test(path))).toBe(true);
    expect(loaded.filter((path) => CDKTF.test(path))).toEqual([]);
  }, 30_000);

  maybe('synth does load cdktf (the checks above can fail)', () => {
    expect(modulesLoadedBy(['synth', EXAMPLE, '--out', join(tempDir(), 'out')]).some((path) => CDKTF.test(path))).toBe(true);
  }, 30_000);

  maybe.each([['--help', ['--help']], ['rules', ['rules']], ['rules LH301', ['rules', 'LH301']]])(
    '%s loads neither the YAML parser, the validators, the role catalog nor the rules', (_name, argv) => {
      const loaded = modulesLoadedBy(argv);
      expect(loaded.some((path) => path.endsWith('/dist/lib/cli/program.js'))).toBe(true);
      expect(loaded.filter((path) => YAML.test(path) || VALIDATORS.test(path) || ROLE_CATALOG.test(path) || RULES.test(path) || CDKTF.test(path))).toEqual([]);
    }, 30_000);

  maybe('check does load all of them (the check above can fail)', () => {
    const loaded = modulesLoadedBy(['check', EXAMPLE]);
    for (const heavy of [YAML, VALIDATORS, ROLE_CATALOG, RULES]) expect(loaded.some((path) => heavy.test(path))).toBe(true);
  }, 30_000);
});
