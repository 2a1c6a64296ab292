import { ConfigurationReadOptions, importTerraformSource, readTerraformConfiguration } from '../../../lib/import/terraform';
import { SourceDocument } from '../../../lib/source/source-document';
import { InputError } from '../../../lib/model/errors';
import { RoleCatalog } from '../../../lib/roles/catalog';

/*
 * readTerraformConfiguration: the import's reader, with the origin of each Plan element and, in `unknown` mode
 * (the cdktf Aspect), what only Terraform knows as unknowns instead of errors.
 */

const roles = RoleCatalog.builtIn();
const PRINCIPAL = '0c0c0c0c-1111-4111-8111-111111111111';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const SUBSCRIPTION = '5b5b5b5b-2222-4222-8222-222222222222';
const MSP = '6a6a6a6a-3333-4333-8333-333333333333';
const TENANT = '7d7d7d7d-4444-4444-8444-444444444444';

function definition(extra: Record<string, unknown> = {}) {
  return {
    scope: `/subscriptions/${SUBSCRIPTION}`,
    managing_tenant_id: MSP,
    name: 'Offer',
    authorization: [{ principal_id: PRINCIPAL, role_definition_id: READER }],
    '//': { metadata: { path: 'contoso/ops/definition', uniqueId: 'ops_definition' } },
    ...extra,
  };
}

const assignment = (extra: Record<string, unknown> = {}) => ({
  scope: `/subscriptions/${SUBSCRIPTION}`, lighthouse_definition_id: '${azurerm_lighthouse_definition.ops_definition.id}',
  '//': { metadata: { path: 'contoso/ops/assignment-subscription' } }, ...extra,
});

function config(definitionExtra: Record<string, unknown> = {}, assignments: Record<string, unknown> = { ops_assignment: assignment() }) {
  return {
    '//': { metadata: { stackName: 'contoso' } },
    provider: { azurerm: [{ features: [{}], tenant_id: TENANT }] },
    resource: { azurerm_lighthouse_definition: { ops_definition: definition(definitionExtra) }, azurerm_lighthouse_assignment: assignments },
  };
}

function read(data: unknown, options: Partial<ConfigurationReadOptions> = {}) {
  const source = SourceDocument.parse(JSON.stringify(data, null, 2), 'stacks/contoso/cdk.tf.json');
  return readTerraformConfiguration(source, { roles, expressions: 'unknown', ...options });
}

function importError(data: unknown): InputError {
  try {
    importTerraformSource(SourceDocument.parse(JSON.stringify(data, null, 2), 'cdk.tf.json'), { roles });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readTerraformConfiguration in unknown mode', () => {
  test('an authorization with an expression is left out and noted with the fields; the others are read', () => {
    const reading = read(config({
      authorization: [
        { principal_id: '${var.ops}', role_definition_id: '${data.azurerm_role_definition.x.id}', principal_display_name: '${var.name}' },
        { principal_id: PRINCIPAL, role_definition_id: READER, principal_display_name: '${var.name}' },
      ],
      eligible_authorization: [{
        principal_id: PRINCIPAL, role_definition_id: CONTRIBUTOR,
        just_in_time_access_policy: { maximum_activation_duration: 'PT2H', approver: [{ principal_id: '${var.approver}' }] },
      }],
    }));
    const [delegation] = reading.plan.delegations;
    expect(delegation.authorizations).toEqual([expect.objectContaining({ principal: expect.objectContaining({ id: PRINCIPAL, displayName: '${var.name}' }) })]);
    expect(reading.notKnownOf(delegation)).toEqual([
      { what: 'authorization[0] (principal_id, role_definition_id)', kind: 'authorization', location: expect.objectContaining({ path: 'resource.azurerm_lighthouse_definition.ops_definition.authorization[0].principal_id' }) },
      { what: 'eligible_authorization[0] (just_in_time_access_policy.approver[0].principal_id)', kind: 'authorization', location: expect.objectContaining({ line: expect.any(Number) }) },
    ]);
  });

  test('a whole block list that is an expression is one left-out authorization', () => {
    const reading = read(config({ authorization: '${var.authorizations}', eligible_authorization: [{ principal_id: PRINCIPAL, role_definition_id: CONTRIBUTOR }] }));
    const [delegation] = reading.plan.delegations;
    expect(delegation.authorizations.map((a) => a.role.name)).toEqual(['Contributor']);
    expect(reading.notKnownOf(delegation).map((p) => [p.what, p.kind])).toEqual([['authorization (the whole block)', 'authorization']]);
  });

  test('managing tenant and subscription are unknown (\'\', noted); definition id and assignment name \'\' as when omitted; texts as written', () => {
    const reading = read(config(
      { managing_tenant_id: '${var.msp}', scope: '/subscriptions/${var.subscription}', lighthouse_definition_id: '${random_uuid.d.result}', name: '${var.offer}', description: 'For ${var.customer}' },
      { ops_assignment: assignment({ name: '${random_uuid.a.result}' }) },
    ));
    const [delegation] = reading.plan.delegations;
    expect(delegation).toMatchObject({ managingTenantId: '', subscriptionId: '', definitionId: '', name: '${var.offer}', description: 'For ${var.customer}' });
    expect(delegation.scopes).toEqual([expect.objectContaining({ id: `/subscriptions/${SUBSCRIPTION}`, assignmentName: '' })]);
    expect(reading.notKnownOf(delegation).map((p) => [p.what, p.kind])).toEqual([['scope', 'value'], ['managing_tenant_id', 'value']]);
  });

  test('a plan block with an expression is left out; an assignment whose scope is one is left out of its delegation', () => {
    const reading = read(config(
      { plan: { name: 'gold', publisher: 'contoso', product: 'ops', version: '${var.version}' } },
      { ops_assignment: assignment({ scope: '${var.scope}' }) },
    ));
    const [delegation] = reading.plan.delegations;
    expect(delegation.plan).toBeUndefined();
    expect(delegation.scopes).toEqual([]);
    expect(reading.notKnownOf(delegation).map((p) => p.what)).toEqual(['plan.version', 'scope of contoso/ops/assignment-subscription']);
  });

  test('an assignment whose definition is not in the document, or with instances to expand, is left out as a whole', () => {
    const literal = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.ManagedServices/registrationDefinitions/99999999-9999-4999-8999-999999999999`;
    const reading = read(config({}, {
      ops_assignment: assignment(),
      by_variable: assignment({ lighthouse_definition_id: '${var.definition}' }),
      elsewhere: assignment({ lighthouse_definition_id: literal }),
      each: assignment({ for_each: '${var.scopes}' }),
    }));
    expect(reading.plan.delegations[0].scopes).toHaveLength(1);
    // Instances are found while the resources are listed, definitions while the assignments are placed.
    expect(reading.leftOut.map((r) => [r.address, r.problem])).toEqual([
      ['azurerm_lighthouse_assignment.each', 'azurerm_lighthouse_assignment.each uses for_each, whose instances this tool cannot expand'],
      ['azurerm_lighthouse_assignment.by_variable', 'definition not found (lighthouse_definition_id is a Terraform expression ("${var.definition}"), which this tool cannot evaluate)'],
      ['azurerm_lighthouse_assignment.elsewhere', expect.stringMatching(/^definition not found \(lighthouse_definition_id names definition 99999999-.* which is not in this file\)$/)],
    ]);
    expect(reading.leftOut[1]).toMatchObject({ constructPath: 'contoso/ops/assignment-subscription', location: { path: 'resource.azurerm_lighthouse_assignment.by_variable.lighthouse_definition_id' } });
  });

  test('the provider\'s tenant_id expression is the unknown tenant \'\' (or the customerTenant option); an environment expression reads as AzureCloud, noted', () => {
    const data = { ...config(), provider: { azurerm: [{ features: [{}], tenant_id: '${var.tenant}', environment: '${var.cloud}' }] } };
    const reading = read(data);
    expect(reading.plan.delegations[0].customerTenantId).toBe('');
    expect(reading.plan.settings.cloud).toBe('AzureCloud');
    expect(reading.notKnownOf(reading.plan.delegations[0]).map((p) => p.what)).toEqual(['environment of the azurerm provider']);
    expect(read(data, { customerTenant: TENANT }).plan.delegations[0].customerTenantId).toBe(TENANT);
  });

  test('no definition is a Plan without delegations, not an error', () => {
    const reading = read({ resource: { azurerm_lighthouse_assignment: { a: assignment() } } });
    expect(reading.plan.delegations).toEqual([]);
    expect(reading.leftOut).toHaveLength(1);
  });

  test('include: only the resources it accepts are read, the others as if absent', () => {
    const data = config({}, { ops_assignment: assignment(), other: assignment({ '//': { metadata: { path: 'contoso/other' } } }) });
    const reading = read(data, { include: (r) => r.constructPath !== 'contoso/other' });
    expect(reading.plan.delegations[0].scopes).toHaveLength(1);
    expect(read(data, { include: (r) => r.address.startsWith('azurerm_lighthouse_assignment') }).leftOut.map((r) => r.address))
      .toEqual(['azurerm_lighthouse_assignment.ops_assignment', 'azurerm_lighthouse_assignment.other']);
  });
});

describe('readTerraformConfiguration: origins, in either mode', () => {
  test.each(['error', 'unknown'] as const)('%s: each delegation, authorization and scope names its resource and construct path', (expressions) => {
    const reading = read(config(), { expressions });
    const [delegation] = reading.plan.delegations;
    const definitionOrigin = { address: 'azurerm_lighthouse_definition.ops_definition', constructPath: 'contoso/ops/definition' };
    expect(reading.originOf(delegation)).toEqual(definitionOrigin);
    expect(reading.originOf(delegation.authorizations[0])).toEqual(definitionOrigin);
    expect(reading.originOf(delegation.scopes[0])).toEqual({ address: 'azurerm_lighthouse_assignment.ops_assignment', constructPath: 'contoso/ops/assignment-subscription' });
    expect(reading.notKnownOf(delegation)).toEqual([]);
    expect(reading.leftOut).toEqual([]);
  });

  test('error mode is the import: the same Plan as importTerraformSource', () => {
    const data = config();
    expect(read(data, { expressions: 'error' }).plan).toEqual(importTerraformSource(SourceDocument.parse(JSON.stringify(data, null, 2), 'stacks/contoso/cdk.tf.json'), { roles }));
  });

  test('a cdktf construct id is the offer key of a code-built delegation (its parent) or a raw definition (itself)', () => {
    expect(read(config()).plan.delegations[0].offer).toBe('ops');
    expect(read(config({ '//': { metadata: { path: 'contoso/raw-monitoring' } } })).plan.delegations[0].offer).toBe('raw-monitoring');
    expect(read(config({ '//': { metadata: { path: `contoso/managed-ops-${SUBSCRIPTION}/definition` } } })).plan.delegations[0].offer).toBe('managed-ops');
  });
});

describe('one error policy: what is wrong (not merely unknown) fails both modes alike', () => {
  const expectBoth = (data: unknown, problem: RegExp) => {
    expect(importError(data).problem).toMatch(problem);
    expect(() => read(data)).toThrow(problem);
  };

  test('a definition at a resource group, an assignment outside its definition\'s subscription, an id that is not a definition id, two clouds', () => {
    expectBoth(config({ scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg` }), /is not a subscription id/);
    expectBoth(config({}, { a: assignment({ scope: '/subscriptions/7c7c7c7c-4444-4444-8444-444444444444' }) }), /but its definition azurerm_lighthouse_definition\.ops_definition is in subscription/);
    expectBoth(config({}, { a: assignment({ lighthouse_definition_id: 'not-an-id' }) }), /is not a registration definition id/);
    expectBoth({
      ...config({ provider: 'azurerm.gov' }),
      resource: { azurerm_lighthouse_definition: { a: definition(), b: definition({ provider: 'azurerm.gov' }) } },
      provider: { azurerm: [{ features: [{}] }, { alias: 'gov', features: [{}], environment: 'usgovernment' }] },
    }, /use different clouds/);
  });

  test('what is unknown in one mode is an error pointing to show -json in the other', () => {
    const data = config({ managing_tenant_id: '${var.msp}' });
    expect(importError(data).fix).toContain('terraform show -json');
    expect(read(data).plan.delegations[0].managingTenantId).toBe('');
  });
});
