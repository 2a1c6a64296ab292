import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
const PLANS = join(__dirname, '../fixtures/terraform/plans');
const original = readFileSync(EXAMPLE, 'utf8');

function pair(change: (text: string) => string) {
  const dir = tempDir('lighthouse-iac-diff-');
  const old = join(dir, 'old.yaml');
  const now = join(dir, 'new.yaml');
  writeFileSync(old, original);
  writeFileSync(now, change(original));
  return { dir, old, now };
}

const MFA_DROPPED = (text: string) => text.replace('eligible: { maxActivation: PT4H, requireMfa: true, approvers: [approvers] }', 'eligible: { maxActivation: PT4H, requireMfa: false, approvers: [approvers] }');

describe('lighthouse-iac diff', () => {
  test('a manifest with itself: no changes, exit 0 whatever the gate', async () => {
    const result = await cli('diff', EXAMPLE, EXAMPLE, '--fail-on', 'any');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`diff ${EXAMPLE} -> ${EXAMPLE}: no access changes\n`);
  });

  test('text, markdown, json and html name the flag, the customer, the principal and the role', async () => {
    const { old, now } = pair(MFA_DROPPED);
    expect(MFA_DROPPED(original)).not.toBe(original);
    for (const format of ['text', 'markdown', 'json', 'html']) {
      const result = await cli('diff', old, now, '--format', format);
      expect(result.code).toBe(0);
      for (const word of ['mfa-dropped', 'fabrikam', 'ops', 'Contributor']) expect(result.stdout).toContain(word);
    }
    const html = (await cli('diff', old, now, '--format', 'html')).stdout;
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain('<span class="rf severe" title="activation of an eligible role no longer requires MFA">mfa-dropped</span>');
  });

  test('--fail-on gates on the flags it names; never (the default) always exits 0; unknown flags are exit 2', async () => {
    const { old, now } = pair(MFA_DROPPED);
    expect((await cli('diff', old, now)).code).toBe(0);
    expect((await cli('diff', old, now, '--fail-on', 'mfa-dropped')).code).toBe(1);
    expect((await cli('diff', old, now, '--fail-on', 'escalation,customer-removed')).code).toBe(0);
    expect((await cli('diff', old, now, '--fail-on', 'any')).code).toBe(1);
    const bad = await cli('diff', old, now, '--fail-on', 'escalaton');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on "escalaton" names unknown flags: escalaton');
  });

  test('-o writes the report and prints the summary on stderr', async () => {
    const { dir, old, now } = pair(MFA_DROPPED);
    const out = join(dir, 'diff.md');
    const result = await cli('diff', old, now, '--format', 'markdown', '-o', out);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^diff: \d+ changes? on \d+ customers?: \d+ mfa-dropped -> /);
    expect(readFileSync(out, 'utf8')).toContain('### lighthouse-iac diff');
  });

  test('--git <rev>: the input against itself at a revision, read with git show (no checkout)', async () => {
    const dir = tempDir('lighthouse-iac-git-');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, 'infra', 'lighthouse.yaml'), original);
    git('add', '.');
    git('commit', '-qm', 'one');
    writeFileSync(join(dir, 'infra', 'lighthouse.yaml'), MFA_DROPPED(original));
    const file = join(dir, 'infra', 'lighthouse.yaml');
    const result = await cli('diff', '--git', 'HEAD', file, '--fail-on', 'mfa-dropped');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`diff ${file}@HEAD -> ${file}:`);
    expect(readFileSync(file, 'utf8')).toBe(MFA_DROPPED(original));
    const unknown = await cli('diff', '--git', 'no-such-rev', file);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`git cannot read ${file} at no-such-rev`);
  });

  test('--plan: an in-place update adds an authorization, no replacement', async () => {
    const result = await cli('diff', '--plan', join(PLANS, 'in-place-authorization-added.json'), '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.changes.map((c: { kind: string; role?: { name?: string }; flags: string[] }) => [c.kind, c.role?.name, c.flags]))
      .toEqual([['authorization-added', 'Monitoring Reader', ['escalation', 'new-customer-reach']]]);
    expect(report.summary.flags.replacement).toBe(0);
  });

  test('--plan: a renamed definition is replaced (replace_paths name) and flagged access-loss', async () => {
    const result = await cli('diff', '--plan', join(PLANS, 'replace-renamed-definition.json'), '--fail-on', 'access-loss');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('the plan replaces azurerm_lighthouse_definition.fourth-coffee (name forces a new resource) and its assignments');
    expect(result.stdout).toContain('[replacement, access-loss]');
    const json = JSON.parse((await cli('diff', '--plan', join(PLANS, 'replace-renamed-definition.json'), '--format', 'json')).stdout);
    expect(json.changes.find((c: { kind: string }) => c.kind === 'definition-changed').replacements).toEqual([
      { resource: 'azurerm_lighthouse_definition', attribute: 'name', before: 'Fourth Coffee Monitoring', after: 'Fourth Coffee Operations' },
    ]);
  });

  test('--plan: a replaced assignment is named, with access-loss', async () => {
    const result = await cli('diff', '--plan', join(PLANS, 'replace-assignment.json'), '--format', 'json');
    const json = JSON.parse(result.stdout);
    const replaced = json.changes.filter((c: { kind: string }) => c.kind === 'assignment-replaced');
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({ scope: '/subscriptions/aa11bb22-cc33-4d44-8e55-ff6677889900', flags: ['replacement', 'access-loss'] });
    expect(replaced[0].details[0]).toContain('the plan replaces azurerm_lighthouse_assignment.fourth-coffee (name forces a new resource)');
  });

  test('usage errors are exit 2 with the forms that work', async () => {
    for (const args of [['diff', EXAMPLE], ['diff', '--plan', join(PLANS, 'replace-assignment.json'), EXAMPLE], ['diff', '--git', 'HEAD', EXAMPLE, EXAMPLE]]) {
      const result = await cli(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/fix: .*lighthouse-iac diff/);
    }
  });
});

describe('lighthouse-iac stacks --changed-since', () => {
  test('lists exactly the changed (and new) stacks and the removed ones, from a repository with two commits', async () => {
    const dir = tempDir('lighthouse-iac-stacks-');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    const file = join(dir, 'lighthouse.yaml');
    writeFileSync(file, original);
    git('add', '.');
    git('commit', '-qm', 'one');
    // fabrikam changes (MFA), tailspin is removed, northwind stays as it was.
    const tailspin = original.indexOf('  tailspin:');
    const next = original.indexOf('\nsuppressions:', tailspin);
    writeFileSync(file, MFA_DROPPED(original.slice(0, tailspin) + original.slice(next + 1)));
    git('commit', '-qam', 'two');
    const result = await cli('stacks', file, '--changed-since', 'HEAD~1', '--json');
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout);
    expect(listed.removed).toEqual(['tailspin']);
    expect(listed.changed).toEqual(expect.arrayContaining(['fabrikam']));
    expect(listed.changed).not.toContain('tailspin');
    const text = await cli('stacks', file, '--changed-since', 'HEAD~1');
    expect(text.stdout).toContain('removed tailspin\n');
    const none = await cli('stacks', file, '--changed-since', 'HEAD', '--json');
    expect(JSON.parse(none.stdout)).toEqual({ changed: [], removed: [] });
  }, 60_000);
});
