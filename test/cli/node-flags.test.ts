import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cliNodeFlags, HUGE_INPUT_BYTES, HUGE_YOUNG_GENERATION_FLAG, LARGE_INPUT_BYTES, YOUNG_GENERATION_FLAG,
} from '../../lib/cli/node-flags';
import { tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const BIN = join(ROOT, 'dist/bin/lighthouse-iac.js');
const maybe = existsSync(BIN) ? test : test.skip;

/** The example padded with comments to just over the large-input size. */
function largeExample(text = readFileSync(EXAMPLE, 'utf8')): string {
  const dir = tempDir();
  const file = join(dir, 'large.yaml');
  const line = `# ${'padding '.repeat(15)}\n`;
  writeFileSync(file, `${text}${line.repeat(Math.ceil(LARGE_INPUT_BYTES / line.length) + 1)}`);
  return file;
}

describe('the larger young generation for large inputs', () => {
  test('only a file argument of at least LARGE_INPUT_BYTES asks for it; options, commands and missing files do not', () => {
    const large = largeExample();
    expect(cliNodeFlags(['check', large, '--format', 'json'])).toEqual([YOUNG_GENERATION_FLAG]);
    expect(cliNodeFlags(['check', EXAMPLE])).toEqual([]);
    expect(cliNodeFlags(['--help'])).toEqual([]);
    expect(cliNodeFlags(['check', 'no-such-file.yaml'])).toEqual([]);
    expect(cliNodeFlags(['check', ROOT])).toEqual([]);
  });

  test('a file of at least HUGE_INPUT_BYTES asks for the largest one; the largest file argument decides', () => {
    const huge = join(tempDir(), 'huge.yaml');
    // A sparse file: only its size matters here.
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, HUGE_INPUT_BYTES);
    closeSync(fd);
    expect(cliNodeFlags(['check', huge], () => 8192)).toEqual([HUGE_YOUNG_GENERATION_FLAG, '--initial-heap-size=3072']);
    // Three quarters of a smaller limit: never past what the machine allows.
    expect(cliNodeFlags(['diff', largeExample(), huge], () => 2048)).toEqual([HUGE_YOUNG_GENERATION_FLAG, '--initial-heap-size=1536']);
    expect(cliNodeFlags(['check', huge])[1]).toMatch(/^--initial-heap-size=\d+$/);
    expect(cliNodeFlags(['diff', EXAMPLE, largeExample()])).toEqual([YOUNG_GENERATION_FLAG]);
  });

  maybe('the binary runs itself once more with the flag and passes on output and exit code', () => {
    const run = (args: string[], execArgv: string[] = []) => spawnSync(process.execPath, [...execArgv, BIN, ...args], { encoding: 'utf8' });
    const large = largeExample();
    const small = run(['check', EXAMPLE, '--format', 'json']);
    const viaChild = run(['check', large, '--format', 'json']);
    expect(viaChild.status).toBe(small.status);
    expect(JSON.parse(viaChild.stdout).summary).toEqual(JSON.parse(small.stdout).summary);
    // Given the flag already, it runs in this process: same result.
    expect(run(['check', large, '--format', 'json'], [YOUNG_GENERATION_FLAG]).stdout).toBe(viaChild.stdout);
    // Bad input stays exit 2 with its message through the second process.
    const broken = run(['check', largeExample('managingTenant: { id: nope }\n')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('large.yaml:1:');
  }, 60_000);
});
