import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { BIN, EXAMPLE, runBin, whenBuilt } from '../helpers/process';

const ESC = '\u001b[';

/** Runs the CLI with its stdout's reading end closed before the process writes a byte: every write gets EPIPE. */
function withClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the lighthouse-iac process: habits of command-line tools', () => {
  whenBuilt('a reader that goes away (EPIPE) ends the output quietly, with the exit code of the command', async () => {
    expect(await withClosedStdout(['rules'])).toEqual({ code: 0, stderr: '' });
    expect(await withClosedStdout(['rules', '--json'])).toEqual({ code: 0, stderr: '' });
    // check of the example exits 1 at --fail-on warning: a closed pipe does not turn that into 0 (or a crash).
    expect(await withClosedStdout(['check', EXAMPLE, '--fail-on', 'warning'])).toEqual({ code: 1, stderr: '' });
  });

  whenBuilt('`rules | head -1` prints the first rule and exits 0, no stack trace', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" rules | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^LH101 +service +error +Owner/);
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(result.stderr).toBe('exit 0\n');
  });

  whenBuilt('FORCE_COLOR colours a piped report, over NO_COLOR; FORCE_COLOR=0 and --no-color turn it off', () => {
    const colours = (env: Record<string, string>, ...extra: string[]) => runBin(['check', EXAMPLE, ...extra], { env }).stdout.includes(ESC);
    expect(colours({})).toBe(false); // not a terminal
    expect(colours({ FORCE_COLOR: '1' })).toBe(true);
    expect(colours({ FORCE_COLOR: '', NO_COLOR: '1' })).toBe(true);
    expect(colours({ FORCE_COLOR: '0' })).toBe(false);
    expect(colours({ FORCE_COLOR: '1' }, '--no-color')).toBe(false);
  });

  whenBuilt('check --output writes the report to the file and its one-line summary to stderr; stdout stays empty', () => {
    const dir = tempDir();
    const result = runBin(['check', EXAMPLE, '--format', 'junit', '--output', join(dir, 'report.xml')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`check: 5 warnings, 1 info, 1 suppressed -> ${join(dir, 'report.xml')}\n`);
    // The JUnit report honours the gate (--fail-on error by default): the example's warnings are no failures.
    expect(readFileSync(join(dir, 'report.xml'), 'utf8')).toMatch(/^<testsuites name="lighthouse-iac" tests="\d+" failures="0" /m);
  });

  whenBuilt('--subscription with a manifest is an error: exit 2, the reason, no stack trace', () => {
    const result = runBin(['check', EXAMPLE, '--subscription', '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`error: ${EXAMPLE}: --subscription is for ARM templates, but ${EXAMPLE} is a manifest\n`
      + '  fix: leave out --subscription, or pass the ARM template as the input (--input-format arm if it is not detected)\nnothing was written\n');
  });

  whenBuilt('rules LH301 explains one rule; an unknown id is exit 2 with a suggestion', () => {
    const one = runBin(['rules', 'lh301']);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe('LH301 A principal receives identical access on several customers');
    const unknown = runBin(['rules', 'LH31']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^error: \(command line\): unknown rule "LH31"\n {2}fix: did you mean "LH301"/);
  });

  whenBuilt('the newcomer path: init in an empty directory, then check and synth of what it wrote pass', () => {
    const dir = tempDir();
    const init = runBin(['init', '--policy'], { cwd: dir });
    expect(init.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['lighthouse.policy.yaml', 'lighthouse.yaml']);
    const check = runBin(['check', 'lighthouse.yaml', '--policy', 'lighthouse.policy.yaml'], { cwd: dir });
    expect({ status: check.status, stdout: check.stdout, stderr: check.stderr }).toEqual({ status: 0, stdout: 'no findings\n', stderr: '' });
    const synth = runBin(['synth', 'lighthouse.yaml'], { cwd: dir });
    expect(synth.status).toBe(0);
    expect(synth.stdout).toBe('synthesized 1 customer stack: 1 registration definition, 1 assignment -> cdktf.out\n');
    expect(readdirSync(join(dir, 'cdktf.out', 'stacks'))).toEqual(['example-customer']);
    // And a second init refuses: what it wrote the first time is the user's now.
    copyFileSync(join(dir, 'lighthouse.yaml'), join(dir, 'before.yaml'));
    expect(runBin(['init'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, 'lighthouse.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'before.yaml'), 'utf8'));
  });
});
