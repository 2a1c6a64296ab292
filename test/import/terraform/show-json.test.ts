import { readFileSync } from 'node:fs';
import { importTerraformJson } from '../../../lib/import/terraform';
import { InputError } from '../../../lib/model/errors';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { writeTemp } from '../../helpers/cli';
import { normalizePlan } from '../../helpers/normalize-plan';

const roles = RoleCatalog.builtIn();
const PLAN = 'test/fixtures/terraform/show/plan.json';
const STATE = 'test/fixtures/terraform/show/state.json';
const CUSTOMER_TENANT = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

describe('importTerraformJson: terraform show -json of a plan', () => {
  const plan = importTerraformJson(PLAN, { roles });
  const legacy = plan.delegations.find((d) => d.name === 'Fourth Coffee Monitoring')!;
  const ops = plan.delegations.find((d) => d.name === 'Fourth Coffee Operations')!;

  test('reads planned_values of the root module and of child modules', () => {
    expect(plan.delegations.map((d) => d.name)).toEqual(['Fourth Coffee Monitoring', 'Fourth Coffee Operations']);
    expect(plan.managingTenant?.id).toBe('3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d');
  });

  test('an assignment whose lighthouse_definition_id is known is matched by the definition id', () => {
    expect(legacy.definitionId).toBe('c0ffee00-1234-4abc-9def-0123456789ab');
    expect(legacy.scopes).toEqual([expect.objectContaining({ kind: 'subscription', id: '/subscriptions/aa11bb22-cc33-4d44-8e55-ff6677889900', assignmentName: 'd00dfeed-4321-4cba-8fed-ba9876543210' })]);
  });

  test('assignments whose definition id is unknown until apply are resolved through the configuration\'s references', () => {
    expect(ops.scopes.map((s) => [s.kind, s.resourceGroup, s.assignmentName])).toEqual([
      ['resourceGroup', 'rg-app', ''],
      ['resourceGroup', 'rg-db', ''],
    ]);
    // Not set in the configuration: Terraform generates a random id at apply.
    expect(ops.definitionId).toBe('');
  });

  test('blocks as arrays; "" and null are absent; an empty plan list is no plan', () => {
    expect(legacy.description).toBeUndefined();
    expect(legacy.plan).toBeUndefined();
    expect(legacy.authorizations.map((a) => [a.role.name, a.delegatedRoles.length])).toEqual([
      ['Reader', 0], ['Managed Services Registration assignment Delete Role', 0],
    ]);
    expect(ops.plan).toMatchObject({ name: 'premium', publisher: 'fourthcoffee', product: 'fourth-coffee-ops', version: '3.1.0' });
    expect(ops.authorizations[1].eligible).toEqual({
      maximumActivationDuration: 'PT1H',
      requireMfa: false,
      approvers: [expect.objectContaining({ id: '33cc44dd-55ee-46ff-a7aa-88bb99cc00dd' })],
    });
    expect(ops.authorizations[1].eligible!.approvers[0].displayName).toBeUndefined();
  });

  test('customer tenant from the provider configuration (a root variable\'s value); cloud from its environment', () => {
    expect(plan.delegations.map((d) => d.customerTenantId)).toEqual([CUSTOMER_TENANT, CUSTOMER_TENANT]);
    expect(plan.customers).toEqual([expect.objectContaining({ key: 'plan', tenantId: CUSTOMER_TENANT })]);
    expect(plan.settings.cloud).toBe('AzureCloud');
  });

  test('locations point into planned_values', () => {
    expect(ops.source?.path).toBe('planned_values.root_module.child_modules[0].resources[2].values');
    expect(ops.authorizations[1].eligible!.approvers[0].source?.path)
      .toBe('planned_values.root_module.child_modules[0].resources[2].values.eligible_authorization[0].just_in_time_access_policy[0].approver[0].principal_id');
    const lines = readFileSync(PLAN, 'utf8').split('\n');
    expect(lines[ops.authorizations[0].role.source!.line - 1]).toContain('"role_definition_id": "acdd72a7-3385-48ef-bd42-f606fba81ae7"');
  });
});

describe('importTerraformJson: terraform show -json of a state', () => {
  const state = importTerraformJson(STATE, { roles, customerTenant: CUSTOMER_TENANT, customer: 'fourth-coffee' });

  test('matches assignments to definitions by their full id (case-insensitive) and has every id and name', () => {
    const ops = state.delegations[1];
    expect(ops.definitionId).toBe('5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9');
    expect(ops.scopes.map((s) => [s.resourceGroup, s.assignmentName])).toEqual([
      ['rg-app', '0a1b2c3d-4e5f-4061-8273-849506172839'],
      ['rg-db', '1b2c3d4e-5f60-4172-8384-95a6b7c8d9e0'],
    ]);
  });

  test('a state has no provider configuration: the tenant comes from the options', () => {
    expect(state.customers).toEqual([expect.objectContaining({ key: 'fourth-coffee', tenantId: CUSTOMER_TENANT })]);
    expect(importTerraformJson(STATE, { roles }).delegations.every((d) => d.customerTenantId === '')).toBe(true);
  });

  test('the plan and the state of the same configuration give the same Plan, apart from what only apply decides', () => {
    const planned = normalizePlan(importTerraformJson(PLAN, { roles }));
    const applied = normalizePlan(state).map((d) => d.definitionId === '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'
      ? { ...d, definitionId: '', scopes: d.scopes.map((s) => ({ ...s, assignmentName: '' })) }
      : d);
    expect(applied).toEqual(expect.arrayContaining(planned));
    expect(applied).toHaveLength(planned.length);
  });
});

function importError(data: unknown): InputError {
  const { file } = writeTemp('show.json', JSON.stringify(data, null, 2));
  try {
    importTerraformJson(file, { roles });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('importTerraformJson: show -json it cannot read', () => {
  const base = JSON.parse(readFileSync(PLAN, 'utf8'));

  test('an unsupported format_version', () => {
    expect(importError({ ...base, format_version: '2.0' }).problem).toContain('format_version "2.0"');
  });

  test('an unknown definition id without a configuration reference to follow', () => {
    const data = JSON.parse(JSON.stringify(base));
    data.configuration.root_module.module_calls.ops.module.resources[0].expressions.lighthouse_definition_id = { references: [] };
    const error = importError(data);
    expect(error.problem).toContain('the definition of module.ops.azurerm_lighthouse_assignment.rg["rg-app"] is not known in this plan');
    expect(error.location?.path).toBe('planned_values.root_module.child_modules[0].resources[0].values');
  });

  test('a required value unknown until apply', () => {
    const data = JSON.parse(JSON.stringify(base));
    delete data.planned_values.root_module.child_modules[0].resources[2].values.scope;
    expect(importError(data).problem).toBe('scope (the subscription of the definition) is not known until apply');
  });

  test('a plan without lighthouse definitions', () => {
    expect(importError({ format_version: '1.2', planned_values: { root_module: {} } }).problem).toBe('no azurerm_lighthouse_definition resource in this plan');
  });
});
