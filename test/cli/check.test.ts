import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir, writeTemp } from '../helpers/cli';
import { BASE_MANIFEST } from '../helpers/manifests';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
const OWNER_MANIFEST = BASE_MANIFEST.replace('role: Reader', 'role: Owner');

describe('lighthouse-iac check', () => {
  test('the example has warnings and a suppressed finding but no error: exit 0, a readable report', async () => {
    const result = await cli('check', EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^fabrikam$/m);
    expect(result.stdout).toMatch(/warning LH301 .*lighthouse\.yaml:\d+:\d+/);
    expect(result.stdout).toMatch(/suppressed: The NOC is read-only on every customer by contract/);
    expect(result.stdout).not.toMatch(/\berror LH\d{3}/);
    expect(result.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ warnings?, \d+ infos?, 1 suppressed$/);
  });

  test('--format json follows the public report shape', async () => {
    const result = await cli('check', EXAMPLE, '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['tool', 'summary', 'findings']);
    expect(report.tool).toEqual({ name: 'lighthouse-iac', version: expect.any(String) });
    expect(report.summary.error).toBe(0);
    expect(report.summary.warning).toBeGreaterThan(0);
    expect(report.summary.suppressed).toBe(1);
    for (const finding of report.findings) {
      expect(Object.keys(finding).sort()).toEqual(['customer', 'customers', 'fingerprint', 'level', 'location', 'message', 'offer', 'principal', 'role', 'ruleId', 'scope', 'subscription', 'suppressed', 'suppressionReason'].sort());
    }
    expect(report.findings.find((f: { suppressed: boolean }) => f.suppressed)).toMatchObject({ ruleId: 'LH301', principal: 'noc' });
  });

  test('--fail-on sets the exit threshold', async () => {
    expect((await cli('check', EXAMPLE, '--fail-on', 'warning')).code).toBe(1);
    expect((await cli('check', EXAMPLE, '--fail-on', 'never')).code).toBe(0);
    const { file } = writeTemp('lighthouse.yaml', OWNER_MANIFEST);
    expect((await cli('check', file)).code).toBe(1);
    expect((await cli('check', file, '--fail-on', 'never')).code).toBe(0);
  });

  test('--policy changes levels and turns rules off', async () => {
    const { dir, file } = writeTemp('lighthouse.yaml', OWNER_MANIFEST);
    const policy = join(dir, 'lighthouse.policy.yaml');
    writeFileSync(policy, 'rules: { LH101: warning }\n');
    const result = await cli('check', file, '--policy', policy, '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'LH101').map((f: { level: string }) => f.level)).toEqual(['warning']);
    writeFileSync(policy, 'rules: { LH101: off }\n');
    expect(JSON.parse((await cli('check', file, '--policy', policy, '--format', 'json')).stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'LH101')).toBe(false);
  });

  test('--output writes the report to a file, atomically, and nothing to stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'reports', 'lighthouse.sarif');
    const result = await cli('check', EXAMPLE, '--format', 'sarif', '--output', out);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['lighthouse.sarif']);
  });

  test('invalid input exits 2 before any report is written', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const result = await cli('check', join(dir, 'missing.yaml'), '--output', out);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect((await cli('check', EXAMPLE, '--format', 'xml')).code).toBe(2);
  });
});

describe('synth runs the check first', () => {
  test('errors stop synth: exit 1, the findings on stderr, nothing written', async () => {
    const { dir, file } = writeTemp('lighthouse.yaml', OWNER_MANIFEST);
    const out = join(dir, 'cdktf.out');
    const result = await cli('synth', file, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error +LH101 /);
    expect(result.stderr).toContain(`not written: the check found errors (Azure would reject these delegations); nothing was written to ${out}`);
    expect(existsSync(out)).toBe(false);
  });

  test('--no-check writes anyway and says so loudly', async () => {
    const { dir, file } = writeTemp('lighthouse.yaml', OWNER_MANIFEST);
    const result = await cli('synth', file, '--out', join(dir, 'cdktf.out'), '--no-check');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('WARNING: --no-check: the policy check was skipped; the output may contain delegations Azure rejects\n');
    expect(existsSync(join(dir, 'cdktf.out', 'stacks', 'fabrikam', 'cdk.tf.json'))).toBe(true);
  });

  test('warnings are summed up in one line and synth goes on', async () => {
    const dir = tempDir();
    const result = await cli('synth', EXAMPLE, '--out', join(dir, 'out'));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^check: \d+ warnings, 1 info, 1 suppressed \(lighthouse-iac check .*lighthouse\.yaml for details\)\n$/);
  });
});
