import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');

describe('lighthouse-iac check --format html', () => {
  test('prints the page with the checked Plan\'s matrix, and exits as the other formats do', async () => {
    const result = await cli('check', EXAMPLE, '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^<!DOCTYPE html>\n/);
    expect(result.stdout).toContain('<table id="access-matrix">');
    expect(result.stdout).toContain('<span class="n">Contoso Ops Engineers</span>');
    expect(result.stdout).toContain('<dt>Input</dt><dd><code>lighthouse.yaml</code></dd>'); // absolute path: the file name only
    expect(result.stdout).not.toContain(__dirname);
    expect((await cli('check', EXAMPLE, '--format', 'html', '--fail-on', 'warning')).code).toBe(1);
  });

  test('--output writes it to a file; the page names the policy file it was checked with', async () => {
    const dir = tempDir();
    const policy = join(dir, 'strict.policy.yaml');
    writeFileSync(policy, 'rules: { LH301: error }\n');
    const out = join(dir, 'access-report.html');
    const result = await cli('check', EXAMPLE, '--format', 'html', '--policy', policy, '--output', out);
    expect(result.code).toBe(1); // LH301 is an error under this policy
    expect(result.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<dt>Policy</dt><dd><code>strict.policy.yaml</code></dd>');
    expect(page).toMatch(/<tr><td><span class="b error">error<\/span><\/td><td>&quot;Contoso Ops Engineers&quot; \(ops\) has the same access/);
  });
});
