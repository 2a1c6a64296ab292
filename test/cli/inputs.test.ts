import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifestText } from '../../lib/manifest/load';
import { cli, tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const FIXTURES = join(ROOT, 'test/fixtures');
const STOCK = join(FIXTURES, 'arm/subscription/subscription.json');
const STOCK_PARAMETERS = join(FIXTURES, 'arm/subscription/subscription.parameters.json');

describe('every command reads any input kind', () => {
  test('check on an ARM template + parameters file points its findings into the parameters file', async () => {
    const result = await cli('check', STOCK, '--parameters', STOCK_PARAMETERS, '--format', 'json');
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{ ruleId: string; role: string | null; location: { file: string } }>;
    expect(findings.filter((f) => f.ruleId === 'LH103').map((f) => f.role)).toContain('Log Analytics Contributor');
    expect(findings.some((f) => f.ruleId === 'LH115')).toBe(true);
    expect(findings.find((f) => f.ruleId === 'LH103')!.location.file).toBe(STOCK_PARAMETERS);
  });

  test('an ARM template checked without --subscription: findings say the subscription is unknown and how to give it', async () => {
    const result = await cli('check', STOCK, '--parameters', STOCK_PARAMETERS);
    expect(result.stdout).toContain('managing tenant id "<insert managing tenant id>" of offer northwind-cloud-operations in customer subscription, '
      + 'an unknown subscription (an ARM template does not name it: pass --subscription) is not a GUID');
    expect(result.stdout).not.toMatch(/subscription {2}|subscription ,/);
    const given = await cli('check', STOCK, '--parameters', STOCK_PARAMETERS, '--subscription', '11111111-2222-4333-8444-555555555555');
    expect(given.stdout).toContain('in customer subscription, subscription 11111111-2222-4333-8444-555555555555 is not a GUID');
    expect(given.stdout).not.toContain('unknown subscription');
  });

  test.each([
    ['Terraform JSON (our synth)', join(FIXTURES, 'terraform/contoso-synth/fabrikam/cdk.tf.json')],
    ['terraform show -json', join(FIXTURES, 'terraform/show/plan.json')],
    ['az CLI assignment list', join(FIXTURES, 'az-cli/assignment-list.json')],
  ])('check reads %s (detected by content)', async (_kind, file) => {
    const result = await cli('check', file, '--format', 'json', '--fail-on', 'never');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).tool.name).toBe('lighthouse-iac');
  });

  test('--input-format overrides detection, and a wrong one is an input error', async () => {
    expect((await cli('check', EXAMPLE, '--input-format', 'manifest', '--fail-on', 'never')).code).toBe(0);
    expect((await cli('check', EXAMPLE, '--input-format', 'az')).code).toBe(2);
  });
});

describe('lighthouse-iac arm', () => {
  test('writes a template, parameters file and README per customer subscription', async () => {
    const out = join(tempDir(), 'arm');
    const result = await cli('arm', EXAMPLE, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/-> .*arm\n$/);
    expect(readdirSync(out).sort()).toEqual(['.lighthouse-iac', 'fabrikam', 'northwind', 'tailspin']);
    expect(readdirSync(join(out, 'fabrikam')).sort()).toEqual([
      '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12.json', '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12.parameters.json',
      '9525d470-7435-412c-ae90-65c853fb8078.json', '9525d470-7435-412c-ae90-65c853fb8078.parameters.json', 'README.md',
    ]);
    expect(readFileSync(join(out, 'fabrikam', 'README.md'), 'utf8')).toContain('az deployment sub create');
  });

  test('refuses to write templates Azure would reject', async () => {
    const out = join(tempDir(), 'arm');
    const result = await cli('arm', STOCK, '--parameters', STOCK_PARAMETERS, '--out', out);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('lighthouse-iac partner-center', () => {
  test('writes the plan technical configuration of the offer with a Marketplace plan', async () => {
    const out = join(tempDir(), 'pc');
    const result = await cli('partner-center', EXAMPLE, '--out', out);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.lighthouse-iac', 'managed-security']);
    const plan = JSON.parse(readFileSync(join(out, 'managed-security', 'plan.json'), 'utf8'));
    expect(plan).toMatchObject({ manifestVersion: '1.0.0', tenantId: '6f421efa-60ef-4378-8132-41c88d084347' });
    expect(readFileSync(join(out, 'managed-security', 'plan.md'), 'utf8')).toContain('Tenant ID');
  });
});

describe('lighthouse-iac import --to manifest', () => {
  test('an ARM template becomes a manifest that loads, with TODOs where the template does not say', async () => {
    const result = await cli('import', STOCK, '--parameters', STOCK_PARAMETERS);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# TODO');
    const plan = loadManifestText(result.stdout, 'imported.yaml');
    expect(plan.delegations[0].authorizations.map((a) => a.role.name)).toEqual(['Reader', 'Managed Services Registration assignment Delete Role', 'User Access Administrator']);
  });

  test('--subscription and --customer-tenant fill in what the template cannot say', async () => {
    const result = await cli('import', STOCK, '--parameters', STOCK_PARAMETERS, '--subscription', '11111111-2222-4333-8444-555555555555', '--customer-tenant', '66666666-7777-4888-8999-000000000000', '--customer', 'relecloud');
    const plan = loadManifestText(result.stdout, 'imported.yaml');
    expect(plan.customers).toEqual([expect.objectContaining({ key: 'relecloud', tenantId: '66666666-7777-4888-8999-000000000000' })]);
    expect(plan.delegations[0].subscriptionId).toBe('11111111-2222-4333-8444-555555555555');
  });
});
