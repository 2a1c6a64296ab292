import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');
const PROGRAM = join(ROOT, 'dist/lib/cli/program.js');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const maybe = existsSync(PROGRAM) ? test.each : test.skip.each;

/** Runs the compiled CLI in a fresh process and lists the cdktf / provider / constructs modules it loaded. */
function heavyModulesOf(argv: string[]): { code: number; heavy: string[] } {
  const script = `
    const { runCli } = require(${JSON.stringify(PROGRAM)});
    runCli(${JSON.stringify(argv)}, { stdout() {}, stderr() {}, color: false }).then((code) => {
      const heavy = Object.keys(require.cache).filter((p) => /node_modules[\\\\/](cdktf|@cdktf|constructs)[\\\\/]/.test(p));
      process.stdout.write(JSON.stringify({ code, heavy }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

maybe([
  ['check', ['check', EXAMPLE, '--format', 'json']],
  ['arm', ['arm', EXAMPLE, '--out', join(tempDir(), 'arm')]],
  ['partner-center', ['partner-center', EXAMPLE, '--out', join(tempDir(), 'pc')]],
  ['import', ['import', join(ROOT, 'test/fixtures/terraform/contoso-synth/fabrikam/cdk.tf.json')]],
])('%s never loads cdktf, the provider bindings or constructs', (_name, argv) => {
  expect(heavyModulesOf(argv as string[])).toEqual({ code: 0, heavy: [] });
});
