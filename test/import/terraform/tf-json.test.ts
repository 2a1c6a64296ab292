import { importTerraformJson } from '../../../lib/import/terraform';
import { InputError } from '../../../lib/model/errors';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { writeTemp } from '../../helpers/cli';

const roles = RoleCatalog.builtIn();
const FILE = 'test/fixtures/terraform/hand-written/lighthouse.tf.json';

describe('importTerraformJson: a hand-written *.tf.json with the JSON syntax variants', () => {
  const plan = importTerraformJson(FILE, { roles });
  const [operations, analytics] = plan.delegations;

  test('reads resource as an array of single-type objects, bodies as objects or arrays, blocks as objects or lists', () => {
    expect(plan.delegations.map((d) => d.name)).toEqual(['Woodgrove Operations', 'Woodgrove Analytics']);
    expect(operations.authorizations.map((a) => [a.role.name, a.eligible !== undefined])).toEqual([
      ['Reader', false], ['User Access Administrator', false], ['Contributor', true],
    ]);
    expect(operations.authorizations[1].delegatedRoles.map((r) => r.name)).toEqual(['Contributor']);
    expect(operations.authorizations[2].eligible).toEqual({
      maximumActivationDuration: 'PT2H', requireMfa: true,
      approvers: [expect.objectContaining({ id: 'f4a5b6c7-d8e9-4f0a-9b1c-3d4e5f6a7b8c', displayName: 'Woodgrove Leads' })],
    });
    expect(operations.plan).toMatchObject({ name: 'gold', publisher: 'woodgrove', product: 'woodgrove-ops', version: '2.0.1' });
    expect(analytics.authorizations.map((a) => a.role.name)).toEqual(['Log Analytics Reader', 'Log Analytics Contributor']);
  });

  test('subscription from the definition scope (lower-cased), definition id as written, \'\' when Terraform would generate one', () => {
    expect(operations).toMatchObject({ subscriptionId: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9', definitionId: '2f8e6d4c-1a3b-4c5d-9e7f-a1b2c3d4e5f6' });
    expect(analytics).toMatchObject({ subscriptionId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', definitionId: '' });
  });

  test('assignments by ${...id} reference and by literal definition id; count 0 is no assignment; a missing name is \'\'', () => {
    expect(operations.scopes.map((s) => [s.kind, s.resourceGroup, s.assignmentName])).toEqual([
      ['resourceGroup', 'rg-web', '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d'],
      ['resourceGroup', 'rg-data', ''],
    ]);
    expect(analytics.scopes.map((s) => s.id)).toEqual(['/subscriptions/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d']);
  });

  test('customer tenant from the provider each definition uses (default or alias); cloud from its environment; backend', () => {
    expect(plan.delegations.map((d) => d.customerTenantId)).toEqual(['7d3c2b1a-0f9e-4d8c-b7a6-958473625140', '7d3c2b1a-0f9e-4d8c-b7a6-958473625140']);
    expect(plan.customers).toEqual([expect.objectContaining({ key: 'lighthouse', tenantId: '7d3c2b1a-0f9e-4d8c-b7a6-958473625140' })]);
    expect(plan.settings.cloud).toBe('AzureUSGovernment');
    expect(plan.settings.backend).toEqual({
      type: 'azurerm', resourceGroupName: 'rg-tfstate', storageAccountName: 'wwitfstate', containerName: 'lighthouse', key: 'woodgrove.tfstate',
      useAzureadAuth: true, useOidc: false,
    });
  });

  test('$${ is an escaped literal, not an expression; expressions in unrelated resources do not matter', () => {
    expect(operations.description).toBe('Costs in ${currency}, billed monthly');
  });

  test('options: customer key and, without a tenant_id in the provider, the customer tenant', () => {
    expect(importTerraformJson(FILE, { roles, customer: 'woodgrove' }).customers[0].key).toBe('woodgrove');
    const { file } = writeTemp('no-tenant.tf.json', JSON.stringify({
      resource: { azurerm_lighthouse_definition: { d: definition() } },
    }));
    expect(importTerraformJson(file, { roles }).delegations[0].customerTenantId).toBe('');
    expect(importTerraformJson(file, { roles, customerTenant: 'aaaaaaaa-0000-4000-8000-000000000001' }).delegations[0].customerTenantId).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    expect(importTerraformJson(file, { roles }).customers[0].key).toBe('no-tenant');
  });

  test('a definition without assignments has no scopes', () => {
    const { file } = writeTemp('only-definition.tf.json', JSON.stringify({ resource: { azurerm_lighthouse_definition: { d: definition() } } }));
    expect(importTerraformJson(file, { roles }).delegations[0].scopes).toEqual([]);
  });

  test('eligible authorization without a policy block: the provider\'s defaults (PT8H, no MFA, no approvers)', () => {
    const { file } = writeTemp('eligible.tf.json', JSON.stringify({
      resource: { azurerm_lighthouse_definition: { d: { ...definition(), eligible_authorization: { principal_id: PRINCIPAL, role_definition_id: CONTRIBUTOR } } } },
    }));
    expect(importTerraformJson(file, { roles }).delegations[0].authorizations[1].eligible).toEqual({ maximumActivationDuration: 'PT8H', requireMfa: false, approvers: [] });
  });
});

const PRINCIPAL = '0c0c0c0c-1111-4111-8111-111111111111';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const SUBSCRIPTION = '5b5b5b5b-2222-4222-8222-222222222222';

function definition(extra: Record<string, unknown> = {}) {
  return {
    scope: `/subscriptions/${SUBSCRIPTION}`,
    managing_tenant_id: '6a6a6a6a-3333-4333-8333-333333333333',
    name: 'Offer',
    authorization: [{ principal_id: PRINCIPAL, role_definition_id: READER }],
    ...extra,
  };
}

function importError(config: unknown, name = 'bad.tf.json'): InputError {
  const { file } = writeTemp(name, JSON.stringify(config, null, 2));
  try {
    importTerraformJson(file, { roles });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('importTerraformJson: what it cannot read is an InputError with location and fix', () => {
  test('a Terraform expression in an attribute names the attribute and points to show -json', () => {
    const error = importError({ resource: { azurerm_lighthouse_definition: { d: definition({ managing_tenant_id: '${var.managing_tenant}' }) } } });
    expect(error.problem).toContain('managing_tenant_id is a Terraform expression ("${var.managing_tenant}")');
    expect(error.fix).toContain('terraform show -json');
    expect(error.location).toMatchObject({ path: 'resource.azurerm_lighthouse_definition.d.managing_tenant_id', line: expect.any(Number) });
  });

  test('expressions inside blocks and lists too', () => {
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ authorization: [{ principal_id: '${azuread_group.ops.object_id}', role_definition_id: READER }] }) } } }).location?.path)
      .toBe('resource.azurerm_lighthouse_definition.d.authorization[0].principal_id');
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ authorization: [{ principal_id: PRINCIPAL, role_definition_id: READER, delegated_role_definition_ids: '${var.roles}' }] }) } } }).problem)
      .toContain('delegated_role_definition_ids is a Terraform expression');
  });

  test('a provider tenant_id expression: --customer-tenant, or show -json', () => {
    const config = { provider: { azurerm: { features: {}, tenant_id: '${var.tenant}' } }, resource: { azurerm_lighthouse_definition: { d: definition() } } };
    const error = importError(config);
    expect(error.location?.path).toBe('provider.azurerm.tenant_id');
    expect(error.fix).toContain('--customer-tenant');
    const { file } = writeTemp('tenant-option.tf.json', JSON.stringify(config));
    expect(importTerraformJson(file, { roles, customerTenant: 'abcdefab-0000-4000-8000-000000000000' }).delegations[0].customerTenantId).toBe('abcdefab-0000-4000-8000-000000000000');
  });

  test('count > 1 and for_each need Terraform to expand', () => {
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ count: 2 }) } } }).location?.path).toBe('resource.azurerm_lighthouse_definition.d.count');
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ for_each: '${var.subs}' }) } } }).problem).toContain('for_each');
  });

  test('an assignment whose definition is not in the file', () => {
    const base = { azurerm_lighthouse_definition: { d: definition() } };
    expect(importError({ resource: { ...base, azurerm_lighthouse_assignment: { a: { scope: `/subscriptions/${SUBSCRIPTION}`, lighthouse_definition_id: '${azurerm_lighthouse_definition.other.id}' } } } }).problem)
      .toContain('refers to azurerm_lighthouse_definition.other, which is not in this file');
    const literal = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.ManagedServices/registrationDefinitions/99999999-9999-4999-8999-999999999999`;
    expect(importError({ resource: { ...base, azurerm_lighthouse_assignment: { a: { scope: `/subscriptions/${SUBSCRIPTION}`, lighthouse_definition_id: literal } } } }).fix)
      .toContain('az managedservices assignment list --include-definition');
  });

  test('an assignment outside its definition\'s subscription, or at a scope that is not a subscription or resource group', () => {
    const base = { azurerm_lighthouse_definition: { d: definition() } };
    const ref = '${azurerm_lighthouse_definition.d.id}';
    expect(importError({ resource: { ...base, azurerm_lighthouse_assignment: { a: { scope: '/subscriptions/7c7c7c7c-4444-4444-8444-444444444444', lighthouse_definition_id: ref } } } }).problem)
      .toContain('but its definition azurerm_lighthouse_definition.d is in subscription');
    expect(importError({ resource: { ...base, azurerm_lighthouse_assignment: { a: { scope: '/providers/Microsoft.Management/managementGroups/mg', lighthouse_definition_id: ref } } } }).location?.path)
      .toBe('resource.azurerm_lighthouse_assignment.a.scope');
  });

  test('a definition scope that is not a subscription; missing required attributes', () => {
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg` }) } } }).problem).toContain('is not a subscription id');
    const { name: _name, ...withoutName } = definition();
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: withoutName } } }).problem).toBe('name (the offer name) is missing');
  });

  test('no lighthouse definition at all; a provider alias that is not configured', () => {
    expect(importError({ resource: { azurerm_resource_group: { rg: { name: 'rg', location: 'westeurope' } } } }).problem).toContain('no azurerm_lighthouse_definition');
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ provider: 'azurerm.missing' }) } } }).location?.path).toBe('resource.azurerm_lighthouse_definition.d.provider');
  });

  test('not an object; a block of the wrong type', () => {
    expect(importError([1, 2]).problem).toContain('must be a JSON object');
    expect(importError({ resource: { azurerm_lighthouse_definition: { d: definition({ authorization: 'reader' }) } } }).problem).toContain('authorization must be a block');
  });
});
