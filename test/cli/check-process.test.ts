import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const PROGRAM = join(ROOT, 'dist/lib/cli/program.js');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const maybe = existsSync(PROGRAM) ? test : test.skip;

maybe('check never loads cdktf or the provider bindings', () => {
  const script = `
    const { runCli } = require(${JSON.stringify(PROGRAM)});
    let out = '';
    runCli(['check', ${JSON.stringify(EXAMPLE)}, '--format', 'json'], { stdout: (t) => { out += t; }, stderr() {}, color: false }).then((code) => {
      const heavy = Object.keys(require.cache).filter((p) => /node_modules[\\\\/](cdktf|@cdktf|constructs)[\\\\/]/.test(p));
      process.stdout.write(JSON.stringify({ code, findings: JSON.parse(out).findings.length, heavy }));
    });`;
  const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  expect(result.code).toBe(0);
  expect(result.findings).toBeGreaterThan(0);
  expect(result.heavy).toEqual([]);
});
