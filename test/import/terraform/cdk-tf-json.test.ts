import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importTerraformJson } from '../../../lib/import/terraform';
import { loadManifest } from '../../../lib/manifest/load';
import { Plan } from '../../../lib/model/plan';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { cli, tempDir } from '../../helpers/cli';
import { normalizePlan } from '../../helpers/normalize-plan';

const roles = RoleCatalog.builtIn();
const FIXTURE = 'test/fixtures/terraform/contoso-synth';
const EXAMPLE = 'examples/contoso/lighthouse.yaml';
const importStack = (file: string) => importTerraformJson(file, { roles });

describe('importTerraformJson: our cdk.tf.json (fixture synthesized from examples/contoso)', () => {
  const fabrikam = importStack(`${FIXTURE}/fabrikam/cdk.tf.json`);
  const northwind = importStack(`${FIXTURE}/northwind/cdk.tf.json`);
  const tailspin = importStack(`${FIXTURE}/tailspin/cdk.tf.json`);

  test('one customer per stack, keyed by the stack name, with the tenant of the providers', () => {
    expect(fabrikam.customers).toEqual([expect.objectContaining({ key: 'fabrikam', tenantId: 'ce27760c-b266-4a47-9fa7-99d0bebeca19' })]);
    expect(northwind.customers.map((c) => c.key)).toEqual(['northwind']);
    expect(fabrikam.managingTenant?.id).toBe('6f421efa-60ef-4378-8132-41c88d084347');
    expect(fabrikam.delegations.every((d) => d.customer === 'fabrikam' && d.customerTenantId === 'ce27760c-b266-4a47-9fa7-99d0bebeca19')).toBe(true);
  });

  test('a delegation per definition with subscription, definition id, name and description; the offer key comes back from the construct path', () => {
    expect(fabrikam.delegations.map((d) => [d.offer, d.subscriptionId, d.definitionId])).toEqual([
      ['managed-ops', '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12', '4d0ae11a-b336-5f49-8c35-6063e2b37aff'],
      ['managed-ops', '9525d470-7435-412c-ae90-65c853fb8078', '15dfae50-f7ba-5029-833c-51151e189fea'],
    ]);
    expect(fabrikam.delegations[0]).toMatchObject({ name: 'Contoso Managed Operations', description: '24x7 monitoring and just-in-time operations' });
    expect(fabrikam.offers).toEqual([expect.objectContaining({ key: 'managed-ops', name: 'Contoso Managed Operations', authorizationSets: ['managed-ops'] })]);
  });

  test('scopes: the subscription, or resource groups in the order the stack outputs list them (not the sorted resource order)', () => {
    expect(fabrikam.delegations[0].scopes).toEqual([
      expect.objectContaining({ kind: 'subscription', id: '/subscriptions/8bf55ee3-2fa2-4121-8b6b-a01fa8084f12', assignmentName: '47052304-a740-5147-a732-43e744890c35' }),
    ]);
    expect(fabrikam.delegations[1].scopes.map((s) => [s.kind, s.resourceGroup, s.assignmentName])).toEqual([
      ['resourceGroup', 'rg-web', '28345969-5e06-5748-afff-a5ac2a95e3c3'],
      ['resourceGroup', 'rg-data', '1cc3166f-b017-5eb0-818b-1d684c853b20'],
    ]);
    expect(tailspin.delegations[0].scopes.map((s) => s.id)).toEqual(['/subscriptions/c4d58042-224e-43ba-bfa7-4906bc988cf0/resourceGroups/rg-erp']);
  });

  test('authorizations: active ones first, then eligible ones with their just-in-time policy; roles named from the catalog', () => {
    const [first] = fabrikam.delegations;
    expect(first.authorizations.map((a) => [a.role.name, a.principal.displayName, a.eligible !== undefined])).toEqual([
      ['Reader', 'Contoso NOC Readers', false],
      ['Managed Services Registration assignment Delete Role', 'Contoso NOC Readers', false],
      ['Reader', 'Contoso Ops Engineers', false],
      ['Security Reader', 'Contoso Security Analysts', false],
      ['User Access Administrator', 'Contoso Deploy Pipeline', false],
      ['Monitoring Contributor', 'Contoso Deploy Pipeline', false],
      ['Contributor', 'Contoso Ops Engineers', true],
      ['Security Admin', 'Contoso Security Analysts', true],
    ]);
    expect(first.authorizations[4].delegatedRoles.map((r) => r.name)).toEqual(['Contributor', 'Monitoring Contributor']);
    expect(first.authorizations[6].eligible).toEqual({
      maximumActivationDuration: 'PT4H',
      requireMfa: true,
      approvers: [expect.objectContaining({ id: '16abc7c5-aa14-4ea2-8efe-de08faa45da2', displayName: 'Contoso Security Leads' })],
    });
    expect(first.authorizations[7].eligible?.maximumActivationDuration).toBe('PT2H');
  });

  test('the Marketplace plan of an offer that has one', () => {
    expect(northwind.delegations[0].plan).toMatchObject({ publisher: 'contoso', product: 'contoso-managed-security', name: 'standard', version: '1.0.0' });
    expect(fabrikam.delegations[0].plan).toBeUndefined();
  });

  test('principals once each, by object id, with display names; settings from the providers and the backend', () => {
    expect(fabrikam.principals.map((p) => p.displayName)).toEqual([
      'Contoso NOC Readers', 'Contoso Ops Engineers', 'Contoso Security Analysts', 'Contoso Deploy Pipeline', 'Contoso Security Leads',
    ]);
    expect(fabrikam.principals.every((p) => p.key === undefined && p.type === undefined)).toBe(true);
    expect(fabrikam.settings).toEqual({ cloud: 'AzureCloud', backend: { type: 'local', path: '../../../terraform.{stack}.tfstate' }, registerResourceProvider: false });
  });

  test('every element points into the stack file', () => {
    const file = `${FIXTURE}/fabrikam/cdk.tf.json`;
    const [delegation] = fabrikam.delegations;
    expect(delegation.source).toMatchObject({ file, path: 'resource.azurerm_lighthouse_definition.managed-ops-8bf55ee3-2fa2-4121-8b6b-a01fa8084f12_definition' });
    expect(delegation.authorizations[0].source).toMatchObject({ file, path: expect.stringMatching(/\.authorization\[0\]$/) });
    expect(delegation.authorizations[0].role.source?.path).toMatch(/\.authorization\[0\]\.role_definition_id$/);
    expect(delegation.scopes[0].source?.path).toContain('azurerm_lighthouse_assignment');
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[delegation.source!.line - 1]).toContain('"managed-ops-8bf55ee3-2fa2-4121-8b6b-a01fa8084f12_definition": {');
    expect(lines[delegation.authorizations[0].role.source!.line - 1]).toContain('"role_definition_id": "acdd72a7-3385-48ef-bd42-f606fba81ae7"');
  });

  test('the stacks together give the manifest\'s Plan (active before eligible, as Terraform separates them)', () => {
    const manifest = loadManifest(EXAMPLE, { roles });
    expect(normalizePlan(merge([fabrikam, northwind, tailspin]))).toEqual(normalizePlan(manifest));
  });
});

describe('importTerraformJson: a fresh synth of examples/contoso (lighthouse-iac synth)', () => {
  const out = tempDir('lh-import-synth-');
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('imports every stack back to the manifest\'s Plan, and to the same Plan as the committed fixture', async () => {
    const result = await cli('synth', EXAMPLE, '--out', join(out, 'cdktf.out'));
    expect(result.code).toBe(0);
    const stacks = readdirSync(join(out, 'cdktf.out', 'stacks')).sort();
    expect(stacks).toEqual(['fabrikam', 'northwind', 'tailspin']);
    const fresh = stacks.map((stack) => importStack(join(out, 'cdktf.out', 'stacks', stack, 'cdk.tf.json')));
    const fixture = stacks.map((stack) => importStack(`${FIXTURE}/${stack}/cdk.tf.json`));
    expect(normalizePlan(merge(fresh))).toEqual(normalizePlan(merge(fixture)));
    expect(normalizePlan(merge(fresh))).toEqual(normalizePlan(loadManifest(EXAMPLE, { roles })));
    expect(fresh.map((p) => p.customers[0].key)).toEqual(stacks);
  });
});

function merge(plans: readonly Plan[]): Plan {
  return { ...plans[0], delegations: plans.flatMap((p) => p.delegations), customers: plans.flatMap((p) => p.customers) };
}
