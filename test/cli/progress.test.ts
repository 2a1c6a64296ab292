import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../lib/cli/program';
import { Progress, ProgressTarget } from '../../lib/cli/progress';
import { tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const CLEAR = '\r\u001b[2K';

/** A fake terminal: what was drawn, and a clock the test moves. */
function terminal(columns = 80): ProgressTarget & { text: string; time: number } {
  const fake = {
    text: '',
    time: 0,
    columns,
    write(text: string) { fake.text += text; },
    now() { return fake.time; },
  };
  return fake;
}

describe('Progress', () => {
  test('draws nothing for the first second, then the phase and its steps, redrawn in place', () => {
    const tty = terminal();
    const progress = new Progress(tty);
    progress.phase('synthesizing', { total: 3, unit: 'stack' });
    progress.step(1);
    expect(tty.text).toBe('');
    tty.time = 1500;
    progress.step(2);
    expect(tty.text).toBe(`${CLEAR}lighthouse-iac: synthesizing: stack 2 of 3 (66%)`);
    progress.clear();
    expect(tty.text.endsWith(CLEAR)).toBe(true);
  });

  test('redraws at most every 100 ms, but always the last step and every new phase', () => {
    const tty = terminal();
    const progress = new Progress(tty);
    tty.time = 2000;
    progress.phase('writing', { total: 1000, unit: 'customer' });
    const drawn = () => tty.text.split(CLEAR).filter((part) => part !== '');
    progress.step(1);
    tty.time = 2050;
    progress.step(2);
    expect(drawn()).toEqual(['lighthouse-iac: writing: customer 0 of 1,000 (0%)']);
    tty.time = 2150;
    progress.step(3);
    progress.step(1000);
    progress.phase('moving files');
    expect(drawn()).toEqual([
      'lighthouse-iac: writing: customer 0 of 1,000 (0%)', 'lighthouse-iac: writing: customer 3 of 1,000 (0%)',
      'lighthouse-iac: writing: customer 1,000 of 1,000 (100%)', 'lighthouse-iac: moving files',
    ]);
  });

  test('a slow phase (one long step, such as parsing a large file) is drawn at once', () => {
    const tty = terminal();
    new Progress(tty).phase('reading big.yaml', { slow: true });
    expect(tty.text).toBe(`${CLEAR}lighthouse-iac: reading big.yaml`);
  });

  test('a line never wraps, and a label from the input cannot drive the terminal', () => {
    const tty = terminal(40);
    const progress = new Progress(tty);
    progress.phase(`reading ${'x'.repeat(100)}`, { slow: true });
    expect(tty.text.slice(CLEAR.length)).toHaveLength(39);
    const evil = terminal();
    new Progress(evil).phase('reading \u001b]0;pwned\u0007.yaml', { slow: true });
    expect(evil.text.slice(CLEAR.length)).toBe('lighthouse-iac: reading \\u001b]0;pwned\\u0007.yaml');
  });

  test('without a terminal nothing is drawn', () => {
    const progress = Progress.none;
    progress.phase('x', { slow: true });
    progress.step(1);
    progress.clear();
    expect(progress).toBe(Progress.none);
  });
});

describe('the CLI on a terminal', () => {
  /** Runs the CLI with a fake terminal on stderr whose clock moves a second per reading: every run is "long". */
  async function run(argv: string[], options: { terminal?: boolean } = {}) {
    let stdout = '';
    let stderr = '';
    let clock = 0;
    const tty = { text: '', write(text: string) { tty.text += text; stderr += text; }, now: () => (clock += 1000), columns: 200 };
    const code = await runCli(argv, {
      stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false,
      ...(options.terminal !== false && { terminal: tty }),
    });
    return { code, stdout, stderr, drawn: tty.text };
  }

  test('synth shows loading, checking and stack k of n, and clears the line before printing anything else', async () => {
    const out = join(tempDir(), 'out');
    const { code, stdout, stderr, drawn } = await run(['synth', EXAMPLE, '--out', out]);
    expect(code).toBe(0);
    for (const line of [`lighthouse-iac: reading ${EXAMPLE}`, 'lighthouse-iac: checking 4 delegations: rule', `lighthouse-iac: synthesizing to ${out}: stack 3 of 3 (100%)`]) {
      expect(drawn).toContain(line);
    }
    // The check summary (stderr) and the result (stdout) come after a cleared line, never glued to progress text.
    expect(stderr).toMatch(/\r\u001b\[2Kcheck: 5 warnings/);
    expect(stdout).toBe(`synthesized 3 customer stacks: 4 registration definitions, 5 assignments -> ${out}\n`);
    expect(drawn.endsWith(CLEAR)).toBe(true);
  });

  test('arm counts customers; check says it writes the report', async () => {
    expect((await run(['arm', EXAMPLE, '--out', join(tempDir(), 'arm')])).drawn).toContain('customer 3 of 3 (100%)');
    expect((await run(['check', EXAMPLE])).drawn).toContain('lighthouse-iac: writing the text report');
  });

  test('--quiet (or -q), or a stderr that is not a terminal, shows nothing; NO_COLOR changes nothing', async () => {
    expect((await run(['check', EXAMPLE, '--quiet'])).drawn).toBe('');
    expect((await run(['-q', 'check', EXAMPLE])).drawn).toBe('');
    const piped = await run(['check', EXAMPLE], { terminal: false });
    expect(piped.stderr).not.toContain('lighthouse-iac:');
    const before = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      expect((await run(['check', EXAMPLE])).drawn).toContain('lighthouse-iac: checking');
    } finally {
      if (before === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = before;
    }
  });
});

// Through a real pseudo-terminal (util-linux `script`), with the built CLI: a large input shows "reading" at once.
const SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const BIN = join(ROOT, 'dist/bin/lighthouse-iac.js');
const maybe = SCRIPT && existsSync(BIN) && process.platform === 'linux' ? test : test.skip;

describe('through a pseudo-terminal', () => {
  maybe('stderr on a terminal gets the progress line, a pipe gets none', () => {
    const dir = tempDir();
    const manifest = join(dir, 'large.yaml');
    copyFileSync(EXAMPLE, manifest);
    // Over 2 MB (comments are cheap to parse): the reading phase is drawn at once.
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}${`# ${'padding '.repeat(12)}\n`.repeat(22_000)}`);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check ${JSON.stringify(manifest)} --format json`;
    const onTerminal = execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(onTerminal).toContain('lighthouse-iac: reading');
    expect(onTerminal).toContain(CLEAR);
    const piped = spawnSync(process.execPath, [BIN, 'check', manifest, '--format', 'json'], { encoding: 'utf8' });
    expect(piped.stderr).not.toContain('lighthouse-iac:');
    expect(JSON.parse(piped.stdout).findings.length).toBeGreaterThan(0);
  }, 30_000);
});
