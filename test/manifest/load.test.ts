import { join } from 'node:path';
import { loadManifest, loadManifestText } from '../../lib/manifest/load';
import { registrationAssignmentGuid, registrationDefinitionGuid } from '../../lib/model/ids';
import { BASE_MANIFEST } from '../helpers/manifests';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');

describe('loadManifest on the Contoso example', () => {
  const plan = loadManifest(EXAMPLE);

  test('one delegation per customer subscription and offer, in manifest order', () => {
    expect(plan.delegations.map((d) => `${d.customer}/${d.offer}/${d.subscriptionId}`)).toEqual([
      'fabrikam/managed-ops/8bf55ee3-2fa2-4121-8b6b-a01fa8084f12',
      'fabrikam/managed-ops/9525d470-7435-412c-ae90-65c853fb8078',
      'northwind/managed-security/fa4069d5-b871-4bd7-8420-0c90c86f59ad',
      'tailspin/managed-ops/c4d58042-224e-43ba-bfa7-4906bc988cf0',
    ]);
  });

  test('scopes: the subscription, or each resource group as an RG id', () => {
    expect(plan.delegations.map((d) => d.scopes.map((s) => s.id))).toEqual([
      ['/subscriptions/8bf55ee3-2fa2-4121-8b6b-a01fa8084f12'],
      ['/subscriptions/9525d470-7435-412c-ae90-65c853fb8078/resourceGroups/rg-web', '/subscriptions/9525d470-7435-412c-ae90-65c853fb8078/resourceGroups/rg-data'],
      ['/subscriptions/fa4069d5-b871-4bd7-8420-0c90c86f59ad'],
      ['/subscriptions/c4d58042-224e-43ba-bfa7-4906bc988cf0/resourceGroups/rg-erp'],
    ]);
  });

  test('definition and assignment names are derived deterministically', () => {
    const d = plan.delegations[1];
    expect(d.definitionId).toBe(registrationDefinitionGuid('6f421efa-60ef-4378-8132-41c88d084347', 'ce27760c-b266-4a47-9fa7-99d0bebeca19', d.subscriptionId, 'managed-ops'));
    expect(d.scopes[0].assignmentName).toBe(registrationAssignmentGuid(d.definitionId, d.scopes[0].id));
  });

  test('role names resolve to built-in GUIDs; sets expand in order; per-delegation sets override the offer', () => {
    const ops = plan.delegations[0];
    expect(ops.authorizations.map((a) => `${a.principal.key}:${a.role.name}${a.eligible ? ' (eligible)' : ''}`)).toEqual([
      'noc:Reader', 'noc:Managed Services Registration assignment Delete Role', 'ops:Reader', 'security:Security Reader',
      'ops:Contributor (eligible)', 'security:Security Admin (eligible)', 'pipeline:User Access Administrator', 'pipeline:Monitoring Contributor',
    ]);
    expect(ops.authorizations[0].role.id).toBe('acdd72a7-3385-48ef-bd42-f606fba81ae7');
    const uaa = ops.authorizations[6];
    expect(uaa.delegatedRoles.map((r) => r.id)).toEqual(['b24988ac-6180-42a0-ab88-20f7382dd24c', '749f88d5-cbae-40b8-bcfc-e573ddc772fa']);
    expect(plan.delegations[3].authorizations.map((a) => a.authorizationSet)).not.toContain('automation');
  });

  test('eligible settings: defaults apply (PT8H max, MFA required) and approvers resolve to principals', () => {
    const [contributor, securityAdmin] = plan.delegations[0].authorizations.filter((a) => a.eligible);
    expect(contributor.eligible).toEqual({ maximumActivationDuration: 'PT4H', requireMfa: true, approvers: [expect.objectContaining({ key: 'approvers', id: '16abc7c5-aa14-4ea2-8efe-de08faa45da2', type: 'group' })] });
    expect(securityAdmin.eligible?.requireMfa).toBe(true);
  });

  test('the Marketplace plan travels with its offer', () => {
    expect(plan.delegations[2].plan).toMatchObject({ publisher: 'contoso', product: 'contoso-managed-security', name: 'standard', version: '1.0.0' });
    expect(plan.delegations[0].plan).toBeUndefined();
  });

  test('every element keeps its source location', () => {
    const d = plan.delegations[1];
    expect(d.source).toEqual({ file: EXAMPLE, line: 57, column: 9, path: 'customers.fabrikam.delegations[1]' });
    expect(d.scopes[1].source).toMatchObject({ line: 57, column: 108, path: 'customers.fabrikam.delegations[1].resourceGroups[1]' });
    expect(d.authorizations[4].source).toMatchObject({ line: 27, column: 7, path: 'authorizationSets.operations[0]' });
    expect(d.authorizations[4].role.source).toMatchObject({ line: 28, column: 13, path: 'authorizationSets.operations[0].role' });
    expect(plan.principals[0].source).toMatchObject({ line: 11, column: 3, path: 'principals.noc' });
    expect(plan.suppressions[0]).toMatchObject({ rule: 'LH301', principal: 'noc', source: { line: 73, column: 5, path: 'suppressions[0]' } });
  });

  test('settings', () => {
    expect(plan.settings).toEqual({ cloud: 'AzureCloud', backend: { type: 'local', path: '../../../terraform.{stack}.tfstate', source: expect.objectContaining({ path: 'settings.backend' }) }, registerResourceProvider: false });
  });
});

describe('loadManifestText', () => {
  test('JSON manifests load like YAML ones, with positions', () => {
    const yamlPlan = loadManifestText(BASE_MANIFEST, 'm.yaml');
    const asJson = JSON.stringify(require('yaml').parse(BASE_MANIFEST), null, 2);
    const jsonPlan = loadManifestText(asJson, 'm.json');
    expect(jsonPlan.delegations[0].definitionId).toBe(yamlPlan.delegations[0].definitionId);
    expect(jsonPlan.delegations[0].source).toMatchObject({ file: 'm.json', path: 'customers.fabrikam.delegations[0]' });
    expect(jsonPlan.delegations[0].source!.line).toBeGreaterThan(20);
  });

  test('GUIDs are normalized to lower case; an unknown role GUID is kept for the policy layer', () => {
    const plan = loadManifestText(BASE_MANIFEST.replace('role: Reader', 'role: 0000AAAA-0000-0000-0000-000000000000').replace('55555555-5555', '5555AAAA-5555'), 'm.yaml');
    expect(plan.delegations[0].subscriptionId).toBe('5555aaaa-5555-5555-5555-555555555555');
    expect(plan.delegations[0].authorizations[0].role).toMatchObject({ id: '0000aaaa-0000-0000-0000-000000000000' });
    expect(plan.delegations[0].authorizations[0].role.name).toBeUndefined();
  });

  test('role names are case-insensitive', () => {
    const plan = loadManifestText(BASE_MANIFEST.replace('role: Reader', 'role: reader'), 'm.yaml');
    expect(plan.delegations[0].authorizations[0].role).toMatchObject({ id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', name: 'Reader' });
  });

  test('a principal without type has an unknown type (no guess)', () => {
    const plan = loadManifestText(BASE_MANIFEST.replace('displayName: NOC, type: group', 'displayName: NOC'), 'm.yaml');
    expect(plan.principals.map((p) => [p.key, p.type])).toEqual([['noc', undefined], ['ops', 'group']]);
    expect('type' in plan.principals[0]).toBe(false);
  });

  test('definitionId, assignmentName and assignmentNames are kept instead of the derived names', () => {
    const derived = loadManifestText(BASE_MANIFEST, 'm.yaml').delegations[0];
    const pinned = loadManifestText(BASE_MANIFEST.replace('subscription: 55555555-5555-5555-5555-555555555555 }',
      'subscription: 55555555-5555-5555-5555-555555555555, definitionId: A284898A-FC04-581D-ACA0-047861D06160 }'), 'm.yaml').delegations[0];
    expect(derived.definitionId).not.toBe('a284898a-fc04-581d-aca0-047861d06160');
    expect(pinned.definitionId).toBe('a284898a-fc04-581d-aca0-047861d06160');
    // Assignment names derive from the kept definition id, unless they are kept too.
    expect(pinned.scopes[0].assignmentName).toBe(registrationAssignmentGuid('a284898a-fc04-581d-aca0-047861d06160', '/subscriptions/55555555-5555-5555-5555-555555555555'));
    const whole = loadManifestText(BASE_MANIFEST.replace('subscription: 55555555-5555-5555-5555-555555555555 }',
      'subscription: 55555555-5555-5555-5555-555555555555, assignmentName: 99999999-9999-4999-8999-999999999999 }'), 'm.yaml').delegations[0];
    expect([whole.definitionId, whole.scopes[0].assignmentName]).toEqual([derived.definitionId, '99999999-9999-4999-8999-999999999999']);
    const groups = loadManifestText(BASE_MANIFEST.replace('subscription: 55555555-5555-5555-5555-555555555555 }',
      'subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [RG-Web, rg-data], assignmentNames: { rg-web: 99999999-9999-4999-8999-999999999999 } }'), 'm.yaml').delegations[0];
    expect(groups.scopes.map((s) => [s.resourceGroup, s.assignmentName])).toEqual([
      ['RG-Web', '99999999-9999-4999-8999-999999999999'],
      ['rg-data', registrationAssignmentGuid(derived.definitionId, '/subscriptions/55555555-5555-5555-5555-555555555555/resourceGroups/rg-data')],
    ]);
  });

  test('YAML anchors and aliases are followed', () => {
    const text = BASE_MANIFEST.replace('displayName: Fabrikam', 'displayName: &name Fabrikam')
      + '  contoso:\n    displayName: *name\n    tenantId: 66666666-6666-6666-6666-666666666666\n    delegations: [{ offer: managed-ops, subscription: 77777777-7777-7777-7777-777777777777 }]\n';
    expect(loadManifestText(text, 'm.yaml').customers.map((c) => c.displayName)).toEqual(['Fabrikam', 'Fabrikam']);
  });
});
