import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArm } from '../../../lib/import/arm';
import { blankComments } from '../../../lib/source/json-comments';
import { InputError, InputErrors } from '../../../lib/model/errors';
import { armGuid } from '../../../lib/model/guid';
import { ImportOptions } from '../../../lib/import/types';
import { RoleCatalog } from '../../../lib/roles/catalog';

const fixtures = join(__dirname, '../../fixtures/arm');
const fixture = (path: string) => join(fixtures, path);
const roles = RoleCatalog.builtIn();

function importFixture(template: string, options: Partial<ImportOptions> = {}) {
  return importArm(fixture(template), { roles, ...options, ...(options.parameters && { parameters: fixture(options.parameters) }) });
}

function importError(template: string, options: Partial<ImportOptions> = {}): InputError {
  try {
    importFixture(template, options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected importing ${template} to fail`);
}

/** 1-based line and column of the `occurrence`-th appearance of `needle` in a fixture. */
function positionOf(path: string, needle: string, occurrence = 0): { line: number; column: number } {
  const text = readFileSync(fixture(path), 'utf8');
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} not found in ${path}`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Position of the value written after `"key": ` (its `occurrence`-th appearance). */
function valueOf(path: string, key: string, occurrence = 0): { line: number; column: number } {
  const at = positionOf(path, `"${key}": `, occurrence);
  return { line: at.line, column: at.column + key.length + 4 };
}

/** Position of the `{` that opens the object in which `needle` first appears. */
function objectAround(path: string, needle: string): { line: number; column: number } {
  const text = readFileSync(fixture(path), 'utf8');
  const brace = text.lastIndexOf('{', text.indexOf(needle));
  const before = text.slice(0, brace).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const SUBSCRIPTION = 'subscription/subscription.json';
const SUBSCRIPTION_PARAMETERS = 'subscription/subscription.parameters.json';
const LOG_ANALYTICS_CONTRIBUTOR = '92aaf0da-9dab-42b6-94a3-d43ce8d16293';

describe('locations: every Plan element points at where its value is written', () => {
  const plan = importFixture(SUBSCRIPTION, { parameters: SUBSCRIPTION_PARAMETERS });
  const [delegation] = plan.delegations;
  const params = fixture(SUBSCRIPTION_PARAMETERS);

  test('a delegated role (Log Analytics Contributor) at its value in the parameters file', () => {
    const uaa = delegation.authorizations[2];
    expect(uaa.delegatedRoles[1]).toEqual({
      id: LOG_ANALYTICS_CONTRIBUTOR, name: 'Log Analytics Contributor',
      source: { file: params, ...positionOf(SUBSCRIPTION_PARAMETERS, `"${LOG_ANALYTICS_CONTRIBUTOR}"`), path: 'parameters.authorizations.value[2].delegatedRoleDefinitionIds[1]' },
    });
  });

  test('authorization -> its object, role -> roleDefinitionId, principal -> principalId, in the parameters file', () => {
    const reader = delegation.authorizations[0];
    expect(reader.source).toEqual({ file: params, ...objectAround(SUBSCRIPTION_PARAMETERS, '"6b1f0c2e'), path: 'parameters.authorizations.value[0]' });
    expect(reader.role.source).toEqual({ file: params, ...positionOf(SUBSCRIPTION_PARAMETERS, '"acdd72a7'), path: 'parameters.authorizations.value[0].roleDefinitionId' });
    expect(reader.principal).toEqual({
      id: '6b1f0c2e-8d4a-4f3b-9e7c-2a5d8f1b3c4e', displayName: 'Northwind NOC',
      source: { file: params, ...positionOf(SUBSCRIPTION_PARAMETERS, '"6b1f0c2e'), path: 'parameters.authorizations.value[0].principalId' },
    });
  });

  test('managing tenant -> its value; delegation -> the definition resource; scope -> the assignment resource', () => {
    expect(plan.managingTenant).toEqual({
      id: '<insert managing tenant id>', source: { file: params, ...valueOf(SUBSCRIPTION_PARAMETERS, 'value', 2), path: 'parameters.managedByTenantId.value' },
    });
    const template = fixture(SUBSCRIPTION);
    expect(delegation.source).toEqual({ file: template, ...objectAround(SUBSCRIPTION, '"Microsoft.ManagedServices/registrationDefinitions"'), path: 'resources[0]' });
    expect(delegation.scopes[0].source).toEqual({ file: template, ...objectAround(SUBSCRIPTION, '"Microsoft.ManagedServices/registrationAssignments"'), path: 'resources[1]' });
    expect(plan.offers[0].source).toEqual(delegation.source);
  });

  test('a resource-group assignment is located in the nested deployment\'s template', () => {
    const rg = importFixture('rg/rg.json', { parameters: 'rg/rg.parameters.json' });
    expect(rg.delegations[0].scopes[0].source).toMatchObject({ file: fixture('rg/rg.json'), path: 'resources[1].properties.template.resources[0]' });
  });

  test('approvers -> their principalId in the parameters file', () => {
    const eligible = importFixture('eligible/subscription/subscription-managing-tenant-approvers.json', {
      parameters: 'eligible/subscription/subscription-managing-tenant-approvers.parameters.json',
    });
    const approver = eligible.delegations[0].authorizations[2].eligible!.approvers[0];
    expect(approver.source).toMatchObject({
      file: fixture('eligible/subscription/subscription-managing-tenant-approvers.parameters.json'),
      path: 'parameters.eligibleAuthorizations.value[0].justInTimeAccessPolicy.managedByTenantApprovers[0].principalId',
    });
    expect(eligible.principals.map((p) => p.displayName)).toEqual(['Northwind NOC', 'Northwind Security Leads']);
  });
});

describe('a template without a parameters file', () => {
  const template = 'features/defaults.json';

  test('takes every value from the defaults; [[ escapes; skips conditional and non-Lighthouse resources', () => {
    const plan = importFixture(template);
    expect(plan.delegations).toHaveLength(1);
    const [delegation] = plan.delegations;
    expect(delegation).toMatchObject({
      customer: 'defaults', offer: 'woodgrove-platform-support', name: 'Woodgrove Platform Support',
      description: '[Woodgrove] platform support, business hours]',
      managingTenantId: '7c1d3e5f-2a4b-4c6d-8e0f-1a3b5c7d9e2f', customerTenantId: '', subscriptionId: '',
      definitionId: armGuid('Woodgrove Platform Support', 'definition'),
    });
    expect(delegation.scopes.map(({ source, apiVersion, ...s }) => s)).toEqual([
      { kind: 'subscription', id: '/subscriptions/', assignmentName: armGuid('Woodgrove Platform Support', 'assignment') },
    ]);
    expect(delegation.authorizations.map((a) => a.role.name)).toEqual(['Reader', 'Managed Services Registration assignment Delete Role']);
    expect(delegation.authorizations[0].source).toMatchObject({ file: fixture(template), path: 'parameters.authorizations.defaultValue[0]' });
  });

  test('the subscription option feeds subscription() and the scope ids (GUIDs lower-cased)', () => {
    const plan = importFixture(template, { subscription: '4D6F8A0B-2C4E-4F6A-9B1D-3F5A7C9E1B2D', customerTenant: '1b3d5f7a-9c2e-4f6a-8b0c-2d4e6f8a0b1c', customer: 'woodgrove' });
    expect(plan.delegations[0]).toMatchObject({
      customer: 'woodgrove', subscriptionId: '4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d', customerTenantId: '1b3d5f7a-9c2e-4f6a-8b0c-2d4e6f8a0b1c',
      scopes: [{ kind: 'subscription', id: '/subscriptions/4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d' }],
    });
    expect(plan.customers.map(({ source, ...c }) => c)).toEqual([{ key: 'woodgrove', displayName: 'woodgrove', tenantId: '1b3d5f7a-9c2e-4f6a-8b0c-2d4e6f8a0b1c' }]);
  });

  test('a template that needs parameter values reports the first missing one and how to pass it', () => {
    const error = importError(SUBSCRIPTION);
    expect(error.problem).toBe('parameter "mspOfferName" has no value: the template has no defaultValue for it');
    expect(error.fix).toBe('pass --parameters <file> with the deployment parameters file that sets "mspOfferName", or give the parameter a "defaultValue" in the template');
    expect(error.location).toEqual({ file: fixture(SUBSCRIPTION), ...valueOf(SUBSCRIPTION, 'mspOfferName'), path: 'parameters.mspOfferName' });
    expect(error.message).toContain('parameter "mspOfferName" has no value');
  });

  test('a parameters file without the value names the file to add it to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lighthouse-arm-'));
    try {
      const parameters = join(dir, 'partial.parameters.json');
      writeFileSync(parameters, JSON.stringify({ parameters: { mspOfferName: { value: 'Northwind' } } }));
      const error = (() => {
        try {
          importArm(fixture(SUBSCRIPTION), { roles, parameters });
        } catch (e) {
          return e as InputError;
        }
        throw new Error('expected an error');
      })();
      expect(error.problem).toBe('parameter "mspOfferDescription" has no value: the template has no defaultValue for it');
      expect(error.fix).toBe(`add "mspOfferDescription": { "value": ... } under "parameters" in ${parameters}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('unsupported expressions are reported, not guessed', () => {
  test('the function, the expression, its location and a fix', () => {
    const template = 'errors/unsupported-expression.json';
    const error = importError(template);
    expect(error.problem).toBe("unsupported template expression `format` in `[format('Platform support for {0}', parameters('customerName'))]`");
    expect(error.fix).toMatch(/^evaluate it by hand \(write its value in the template or the parameters file instead of the expression\) or open an issue asking for format\(\)/);
    expect(error.location).toEqual({ file: fixture(template), ...positionOf(template, '"[format('), path: 'resources[0].properties.description' });
  });

  test('expressions in resources and fields the import does not need are never evaluated', () => {
    // defaults.json has uniqueString() and deployment() in a storage account; inner-scope.json reference() in an unrelated deployment.
    expect(() => importFixture('features/defaults.json')).not.toThrow();
    expect(() => importFixture('features/inner-scope.json')).not.toThrow();
  });
});

describe('values of the wrong type or shape are errors at the value', () => {
  test('authorizations that are not an array (parameter type)', () => {
    const parameters = 'errors/authorizations-object.parameters.json';
    const error = importError(SUBSCRIPTION, { parameters });
    expect(error.problem).toBe('parameter "authorizations" is declared as array, but its value is an object');
    expect(error.location).toMatchObject({ file: fixture(parameters), path: 'parameters.authorizations.value' });
  });

  test('delegatedRoleDefinitionIds that is not an array', () => {
    const parameters = 'errors/delegated-roles-not-array.parameters.json';
    const error = importError(SUBSCRIPTION, { parameters });
    expect(error.problem).toBe(`properties.authorizations[0].delegatedRoleDefinitionIds of registration definition ${armGuid('Northwind Cloud Operations')} must be an array, not a string ("b24988ac-6180-42a0-ab88-20f7382dd24c")`);
    expect(error.location).toEqual({
      file: fixture(parameters), ...positionOf(parameters, '"b24988ac'), path: 'parameters.authorizations.value[0].delegatedRoleDefinitionIds',
    });
  });

  test('an authorization without principalId, at the authorization', () => {
    const parameters = 'errors/missing-principal.parameters.json';
    const error = importError(SUBSCRIPTION, { parameters });
    expect(error.problem).toBe(`properties.authorizations[0].principalId of registration definition ${armGuid('Northwind Cloud Operations')} is missing`);
    expect(error.location).toMatchObject({ file: fixture(parameters), path: 'parameters.authorizations.value[0]' });
  });

  test('a multiFactorAuthProvider other than Azure or None', () => {
    const parameters = 'errors/unknown-mfa-provider.parameters.json';
    const error = importError('eligible/subscription/subscription.json', { parameters });
    expect(error.problem).toBe('properties.eligibleAuthorizations[0].justInTimeAccessPolicy.multiFactorAuthProvider must be "Azure" or "None", not "Yes"');
    expect(error.location).toMatchObject({ file: fixture(parameters), path: 'parameters.eligibleAuthorizations.value[0].justInTimeAccessPolicy.multiFactorAuthProvider' });
  });

  test('a Key Vault reference parameter is unsupported, at the reference', () => {
    const parameters = 'errors/key-vault.parameters.json';
    const error = importError(SUBSCRIPTION, { parameters });
    expect(error.problem).toBe('parameter "managedByTenantId" takes its value from a Key Vault reference, which the import cannot read');
    expect(error.fix).toBe('give the value itself for the import: "managedByTenantId": { "value": ... }');
    expect(error.location).toMatchObject({ file: fixture(parameters), path: 'parameters.managedByTenantId.reference' });
  });
});

describe('template structure', () => {
  const template = 'errors/structure-errors.json';
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lighthouse-arm-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Imports structure-errors.json with its `case` parameter set, which switches the faulty resource on. */
  function structure(kase: string) {
    const parameters = join(dir, `${kase.replace(/ /g, '-')}.parameters.json`);
    writeFileSync(parameters, JSON.stringify({ parameters: { case: { value: kase } } }));
    return () => importArm(fixture(template), { roles, parameters });
  }

  function structureError(kase: string): InputError {
    try {
      structure(kase)();
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error(`expected case ${kase} to fail`);
  }

  test('the valid case imports (a literal authorizations variable, located in the template)', () => {
    const plan = structure('valid')();
    expect(plan.delegations.map((d) => [d.definitionId, d.scopes.map((s) => s.assignmentName)])).toEqual([
      ['1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', ['2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e']],
    ]);
    expect(plan.delegations[0].authorizations[0].source).toMatchObject({ file: fixture(template), path: 'variables.authorizations[0]' });
  });

  test.each([
    ['duplicate', 'two registration definitions are named 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'resources[1]'],
    ['unassigned', 'registration definition 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d ("Woodgrove One") is never assigned: the template has no registration assignment for it', 'resources[0]'],
    ['unknown definition', 'registration assignment 3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f assigns definition "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b", which this template does not deploy',
      'resources[3].properties.registrationDefinitionId'],
    ['definition in resource group', 'registration definition 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a is deployed to resource group "rg-woodgrove", but registration definitions exist only at subscription scope',
      'resources[4].properties.template.resources[0]'],
    ['property copy', 'property copy loops ("copy": [{ "name", "count", "input" }]) are not supported by the import', 'resources[5].properties.copy'],
    ['scope property', 'the "scope" property of a Lighthouse resource is not supported by the import', 'resources[6].scope'],
  ])('%s', (kase, problem, path) => {
    const error = structureError(kase);
    expect(error.problem).toBe(problem);
    expect(error.location).toMatchObject({ file: fixture(template), path });
  });

  test('a copy count that is not an integer', () => {
    const error = importError('errors/copy-count.json');
    expect(error.problem).toBe('the "count" of copy loop "definitions" must be an integer from 0 to 800, not a string ("three")');
    expect(error.location).toMatchObject({ file: fixture('errors/copy-count.json'), path: 'parameters.count.defaultValue' });
  });

  test('a template without registration definitions', () => {
    const error = importError('errors/no-definitions.json');
    expect(error.problem).toBe('the template deploys no Microsoft.ManagedServices/registrationDefinitions resource');
    expect(error.location).toMatchObject({ file: fixture('errors/no-definitions.json'), line: 1, column: 1 });
  });

  test('a missing template, and a template given as the parameters file', () => {
    const missing = importError('does-not-exist.json');
    expect(missing.problem).toBe('file not found');
    expect(missing.fix).toMatch(/^check the path of the ARM template/);
    const swapped = importError(SUBSCRIPTION, { parameters: SUBSCRIPTION });
    expect(swapped.problem).toBe('the parameters file is an ARM template, not a parameters file');
  });
});

describe('nested deployments, copy loops and several offers', () => {
  test('inner-scoped nested deployments in a named copy loop: inner parameters from the deployment, resourceId() in the resource group', () => {
    const plan = importFixture('features/inner-scope.json', { subscription: '4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d' });
    const definitionId = armGuid('Woodgrove Data Care');
    const definitionResourceId = `/subscriptions/4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d/providers/Microsoft.ManagedServices/registrationDefinitions/${definitionId}`;
    const marker = (rg: string) => `/subscriptions/4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d/resourceGroups/${rg}/providers/Microsoft.Resources/deployments/marker`;
    expect(plan.delegations).toHaveLength(1);
    expect(plan.delegations[0].definitionId).toBe(definitionId);
    // Each assignment's api-version is located in the nested template that deploys it (LH120 and LH209 point there).
    expect(plan.delegations[0].scopes.map((s) => [s.apiVersion?.value, s.apiVersion?.source?.path])).toEqual([
      ['2022-10-01', 'resources[1].properties.template.resources[0].apiVersion'], ['2022-10-01', 'resources[1].properties.template.resources[0].apiVersion'],
    ]);
    expect(plan.delegations[0].scopes.map(({ source, apiVersion, ...s }) => s)).toEqual(['rg-woodgrove-sql', 'rg-woodgrove-lake'].map((rg) => ({
      kind: 'resourceGroup', id: `/subscriptions/4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d/resourceGroups/${rg}`, resourceGroup: rg,
      assignmentName: armGuid(definitionResourceId, marker(rg)),
    })));
    // A literal authorizations array in the template is located there.
    expect(plan.delegations[0].authorizations[0].source).toMatchObject({ file: fixture('features/inner-scope.json'), path: 'resources[0].properties.authorizations[0]' });
  });

  test('two offers whose names sanitize alike get distinct keys; mixed managing tenants leave Plan.managingTenant out', () => {
    // The second definition sits in a nested subscription-level deployment; the file has // and /* */ comments.
    const plan = importFixture('features/two-offers.json');
    expect(plan.delegations.map((d) => [d.definitionId, d.scopes.map((s) => [s.kind, s.assignmentName])])).toEqual([
      [armGuid('Woodgrove Ops'), [['subscription', armGuid('Woodgrove Ops', 'assignment')]]],
      [armGuid('woodgrove ops'), [['subscription', armGuid('woodgrove ops', 'assignment')]]],
    ]);
    expect(plan.delegations[1].source).toMatchObject({ path: 'resources[2].properties.template.resources[0]', ...objectAround('features/two-offers.json', '"[guid(\'woodgrove ops\')]"') });
    expect(plan.offers.map((o) => [o.key, o.name])).toEqual([['woodgrove-ops', 'Woodgrove Ops'], ['woodgrove-ops-2', 'woodgrove ops']]);
    expect(plan.delegations.map((d) => d.offer)).toEqual(['woodgrove-ops', 'woodgrove-ops-2']);
    expect(plan.managingTenant).toBeUndefined();
    expect(plan.principals).toHaveLength(1);
  });
});

describe('our ARM export\'s metadata restores what a template cannot say', () => {
  const template = 'features/exported.json';
  const parameters = 'features/exported.parameters.json';

  test('customer key, display name, tenant, subscription and offer keys; literal names', () => {
    const plan = importFixture(template, { parameters });
    expect(plan.customers.map(({ source, ...c }) => c)).toEqual([{ key: 'woodgrove', displayName: 'Woodgrove Bank', tenantId: '1b3d5f7a-9c2e-4f6a-8b0c-2d4e6f8a0b1c' }]);
    expect(plan.customers[0].source).toMatchObject({ file: fixture(template), ...valueOf(template, 'lighthouse-iac'), path: 'metadata.lighthouse-iac' });
    expect(plan.offers.map((o) => o.key)).toEqual(['platform']);
    const [delegation] = plan.delegations;
    expect(delegation).toMatchObject({
      customer: 'woodgrove', offer: 'platform', name: 'Woodgrove Platform Operations', managingTenantId: '7c1d3e5f-2a4b-4c6d-8e0f-1a3b5c7d9e2f',
      customerTenantId: '1b3d5f7a-9c2e-4f6a-8b0c-2d4e6f8a0b1c', subscriptionId: '4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d',
      definitionId: '0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0',
      plan: { name: 'standard', publisher: 'woodgrove-msp', product: 'woodgrove-platform', version: '2.1.0' },
    });
    expect(delegation.description).toBeUndefined();
    expect(delegation.scopes.map(({ source, apiVersion, ...s }) => s)).toEqual([{
      kind: 'resourceGroup', id: '/subscriptions/4d6f8a0b-2c4e-4f6a-9b1d-3f5a7c9e1b2d/resourceGroups/rg-woodgrove-core', resourceGroup: 'rg-woodgrove-core',
      assignmentName: '6a7b8c9d-0e1f-5a2b-8c3d-4e5f6a7b8c9d',
    }]);
    expect(delegation.authorizations[1].eligible).toMatchObject({ maximumActivationDuration: 'PT2H', requireMfa: true, approvers: [{ id: '2b4d6f8a-0c2e-4a6c-8e1f-3a5c7e9b1d3f', displayName: 'Woodgrove Leads' }] });
    expect(delegation.plan?.source).toMatchObject({ file: fixture(template), path: 'resources[0].plan' });
  });

  test('options given explicitly win over the metadata', () => {
    const plan = importFixture(template, { parameters, customer: 'wgb', subscription: '0a2c4e6f-8b1d-4f3a-9c5e-7b9d1f3a5c7e', customerTenant: '' });
    expect(plan.delegations[0]).toMatchObject({ customer: 'wgb', subscriptionId: '0a2c4e6f-8b1d-4f3a-9c5e-7b9d1f3a5c7e', customerTenantId: '', offer: 'platform' });
    expect(plan.customers[0]).toMatchObject({ key: 'wgb', displayName: 'Woodgrove Bank', tenantId: '' });
  });
});

describe('comments in JSON', () => {
  test('are blanked out in place: lines and columns of everything else stay', () => {
    const text = '{\n  // line comment with "quotes"\n  "a": "http://not-a-comment", /* block\n comment */ "b": 1\n}';
    const blanked = blankComments(text);
    expect(blanked.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(JSON.parse(blanked)).toEqual({ a: 'http://not-a-comment', b: 1 });
    expect(blanked.indexOf('"b"')).toBe(text.indexOf('"b"'));
  });
});

describe('the Plan shape', () => {
  test('settings are the defaults; no suppressions; the file as given', () => {
    const plan = importFixture(SUBSCRIPTION, { parameters: SUBSCRIPTION_PARAMETERS });
    expect(plan.file).toBe(fixture(SUBSCRIPTION));
    expect(plan.suppressions).toEqual([]);
    expect(plan.settings).toEqual({ cloud: 'AzureCloud', backend: { type: 'local', path: '../../../terraform.{stack}.tfstate' }, registerResourceProvider: false });
  });

  test('importing twice gives the same Plan (deterministic)', () => {
    expect(importFixture('rg/multi-rg.json', { parameters: 'rg/multiple-rg.parameters.json' }))
      .toEqual(importFixture('rg/multi-rg.json', { parameters: 'rg/multiple-rg.parameters.json' }));
  });
});

describe('every bad resource is reported in one run', () => {
  const definition = (name: string, properties: Record<string, unknown>) => ({
    type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name, properties,
  });
  const assignment = (name: string, definitionName: string) => ({
    type: 'Microsoft.ManagedServices/registrationAssignments', apiVersion: '2022-10-01', name,
    properties: { registrationDefinitionId: `[resourceId('Microsoft.ManagedServices/registrationDefinitions', '${definitionName}')]` },
  });
  const tenant = '2e2e2e2e-3f3f-4a4a-8b5b-6c6c6c6c6c6c';
  const reader = { principalId: '3f3f3f3f-4a4a-4b5b-8c6c-7d7d7d7d7d7d', roleDefinitionId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' };

  test('two broken definitions: both errors, each at its resource, and no follow-on linking errors', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#', contentVersion: '1.0.0.0',
      resources: [
        definition('1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a', { managedByTenantId: tenant, authorizations: [reader] }),
        assignment('2b2b2b2b-2b2b-4b2b-8b2b-2b2b2b2b2b2b', '1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a'),
        definition('3c3c3c3c-3c3c-4c3c-8c3c-3c3c3c3c3c3c', { registrationDefinitionName: 'Two', managedByTenantId: tenant, authorizations: 'everyone' }),
        assignment('4d4d4d4d-4d4d-4d4d-8d4d-4d4d4d4d4d4d', '3c3c3c3c-3c3c-4c3c-8c3c-3c3c3c3c3c3c'),
      ],
    };
    const dir = mkdtempSync(join(tmpdir(), 'lighthouse-arm-'));
    try {
      const file = join(dir, 'two-broken.json');
      writeFileSync(file, JSON.stringify(template, null, 2));
      let thrown: unknown;
      try {
        importArm(file, { roles });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InputErrors);
      const errors = (thrown as InputErrors).errors;
      expect(errors.map((e) => e.problem)).toEqual([
        expect.stringContaining('registrationDefinitionName'),
        expect.stringContaining('authorizations'),
      ]);
      expect(errors.map((e) => e.location?.path)).toEqual([expect.stringMatching(/^resources\[0\]/), expect.stringMatching(/^resources\[2\]/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
