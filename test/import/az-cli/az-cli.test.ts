import { readFileSync } from 'node:fs';
import { importAzCli } from '../../../lib/import/az-cli';
import { loadInput } from '../../../lib/import/load-input';
import { InputError } from '../../../lib/model/errors';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { writeTemp } from '../../helpers/cli';

const roles = RoleCatalog.builtIn();
const DEFINITIONS = 'test/fixtures/az-cli/definition-list.json';
const ASSIGNMENTS = 'test/fixtures/az-cli/assignment-list.json';
const CUSTOMER_TENANT = 'e1d2c3b4-a5f6-4789-8a0b-1c2d3e4f5a6b';
const SUB_A = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';
const SUB_B = '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown[];

describe('importAzCli: az managedservices definition list', () => {
  const plan = importAzCli(DEFINITIONS, { roles });
  const [operations, security] = plan.delegations;

  test('a delegation per definition, with the subscription from its id and no assignments', () => {
    expect(plan.delegations.map((d) => [d.name, d.subscriptionId, d.definitionId, d.scopes.length])).toEqual([
      ['Adatum Managed Operations', SUB_A, '8c9d0e1f-2a3b-5c4d-9e5f-6a7b8c9d0e1f', 0],
      ['Adatum Security Review', SUB_A, 'ad0e1f2a-3b4c-5d5e-8f6a-7b8c9d0e1f3b', 0],
    ]);
    expect(operations.description).toBe('Operations with just-in-time write access');
    expect(security.description).toBeUndefined();
  });

  test('tenants: managedByTenantId, and the customer from manageeTenantId, named (key too) by manageeTenantName', () => {
    expect(plan.managingTenant?.id).toBe('5f4e3d2c-1b0a-4987-a6b5-c4d3e2f1a0b9');
    expect(plan.delegations.every((d) => d.customerTenantId === CUSTOMER_TENANT)).toBe(true);
    expect(plan.customers).toEqual([expect.objectContaining({ key: 'wide-world-importers', displayName: 'Wide World Importers', tenantId: CUSTOMER_TENANT })]);
    expect(plan.delegations.every((d) => d.customer === 'wide-world-importers')).toBe(true);
  });

  test('--customer still names the customer; without manageeTenantName (or with no letter or digit in it) the file does', () => {
    expect(importAzCli(DEFINITIONS, { roles, customer: 'wwi' }).customers.map((c) => [c.key, c.displayName])).toEqual([['wwi', 'Wide World Importers']]);
    const text = readFileSync(DEFINITIONS, 'utf8');
    for (const [name, key] of [[undefined, 'definitions'], ['株式会社', 'definitions'], ['Wide World Importers (EU)', 'wide-world-importers-eu']] as const) {
      const items = JSON.parse(text).map((item: { properties: Record<string, unknown> }) => {
        const { manageeTenantName: _drop, ...properties } = item.properties;
        return { ...item, properties: name === undefined ? properties : { ...properties, manageeTenantName: name } };
      });
      const { file } = writeTemp('definitions.json', JSON.stringify(items, null, 2));
      expect(importAzCli(file, { roles }).customers.map((c) => c.key)).toEqual([key]);
    }
  });

  test('authorizations, delegated roles, eligible authorizations with JIT policy and approvers, the plan', () => {
    expect(operations.authorizations.map((a) => [a.role.name, a.principal.displayName, a.eligible !== undefined])).toEqual([
      ['Reader', 'Adatum NOC', false],
      ['Managed Services Registration assignment Delete Role', 'Adatum NOC', false],
      ['User Access Administrator', 'Adatum Pipeline', false],
      ['Contributor', 'Adatum Engineers', true],
    ]);
    expect(operations.authorizations[2].delegatedRoles.map((r) => r.name)).toEqual(['Contributor']);
    expect(operations.authorizations[3].eligible).toEqual({
      maximumActivationDuration: 'PT4H', requireMfa: true,
      approvers: [expect.objectContaining({ id: '2d3c4b5a-6978-4869-ab4c-3d2e1f0a9b8c', displayName: 'Adatum Leads' })],
    });
    expect(operations.plan).toMatchObject({ name: 'operations-plus', publisher: 'adatum', product: 'adatum-managed-ops', version: '1.4.0' });
    expect(security.plan).toBeUndefined();
    // justInTimeAccessPolicy null: the service defaults.
    expect(security.authorizations[1].eligible).toEqual({ maximumActivationDuration: 'PT8H', requireMfa: false, approvers: [] });
  });

  test('locations point into the list', () => {
    expect(operations.authorizations[3].eligible!.approvers[0].source?.path).toBe('[0].properties.eligibleAuthorizations[0].justInTimeAccessPolicy.managedByTenantApprovers[0].principalId');
    expect(operations.source?.path).toBe('[0]');
    const lines = readFileSync(DEFINITIONS, 'utf8').split('\n');
    expect(lines[operations.authorizations[2].role.source!.line - 1]).toContain('"roleDefinitionId": "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"');
  });
});

describe('importAzCli: az managedservices assignment list --include-definition', () => {
  const plan = importAzCli(ASSIGNMENTS, { roles, customer: 'wide-world' });

  test('assignments give the scopes; the expanded definitions the rest', () => {
    expect(plan.delegations.map((d) => [d.name, d.subscriptionId])).toEqual([
      ['Adatum Application Support', SUB_B],
      ['Adatum Managed Operations', SUB_A],
    ]);
    expect(plan.delegations[0].scopes.map((s) => [s.kind, s.id, s.assignmentName])).toEqual([
      ['resourceGroup', `/subscriptions/${SUB_B}/resourceGroups/rg-sales`, '4e5f6071-8293-4a4b-8c5d-6e7f8091a2b3'],
      ['resourceGroup', `/subscriptions/${SUB_B}/resourceGroups/rg-finance`, '5f607182-93a4-4b5c-9d6e-7f8091a2b3c4'],
    ]);
    expect(plan.delegations[1].scopes).toEqual([expect.objectContaining({ kind: 'subscription', id: `/subscriptions/${SUB_A}`, assignmentName: '60718293-a4b5-4c6d-8e7f-8091a2b3c4d5' })]);
    expect(plan.delegations[1].authorizations).toHaveLength(4);
    expect(plan.delegations[1].plan?.version).toBe('1.4.0');
    expect(plan.customers).toEqual([expect.objectContaining({ key: 'wide-world', tenantId: CUSTOMER_TENANT })]);
  });

  test('both lists in one array: definitions without assignments keep no scopes, the others get theirs', () => {
    const { file } = writeTemp('mixed.json', JSON.stringify([...read(DEFINITIONS), ...read(ASSIGNMENTS)], null, 2));
    const plan = importAzCli(file, { roles });
    expect(plan.delegations.map((d) => [d.name, d.scopes.map((s) => s.resourceGroup ?? 'subscription')])).toEqual([
      ['Adatum Managed Operations', ['subscription']],
      ['Adatum Security Review', []],
      ['Adatum Application Support', ['rg-sales', 'rg-finance']],
    ]);
    // The definition list comes first, so its entries are the sources.
    expect(plan.delegations[0].source?.path).toBe('[0]');
  });

  test('the same assignment listed twice is one scope', () => {
    const { file } = writeTemp('twice.json', JSON.stringify([...read(ASSIGNMENTS), ...read(ASSIGNMENTS)]));
    expect(importAzCli(file, { roles }).delegations[0].scopes).toHaveLength(2);
  });

  test('without manageeTenantId the customer tenant is the option, else unknown', () => {
    const items = read(DEFINITIONS) as any[];
    for (const item of items) delete item.properties.manageeTenantId;
    const { file } = writeTemp('no-managee.json', JSON.stringify(items));
    expect(importAzCli(file, { roles }).delegations[0].customerTenantId).toBe('');
    expect(importAzCli(file, { roles, customerTenant: '0a0a0a0a-0000-4000-8000-000000000000' }).delegations[0].customerTenantId).toBe('0a0a0a0a-0000-4000-8000-000000000000');
  });

  test('one object (`az managedservices definition show`) is read like a list of one', () => {
    const { file } = writeTemp('show.json', JSON.stringify(read(DEFINITIONS)[0]));
    expect(importAzCli(file, { roles }).delegations.map((d) => d.name)).toEqual(['Adatum Managed Operations']);
  });
});

function importError(data: unknown): InputError {
  const { file } = writeTemp('az.json', JSON.stringify(data, null, 2));
  try {
    importAzCli(file, { roles });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('importAzCli: what it cannot read', () => {
  test('an assignment listed without its definition', () => {
    const [assignment] = read(ASSIGNMENTS) as any[];
    delete assignment.properties.registrationDefinition;
    const error = importError([assignment]);
    expect(error.problem).toContain('is not in the file, so its authorizations are unknown');
    expect(error.fix).toContain('--include-definition');
    expect(error.location?.path).toBe('[0].properties.registrationDefinitionId');
  });

  test('an item that is neither a definition nor an assignment', () => {
    expect(importError([{ id: '/subscriptions/x/resourceGroups/rg', type: 'Microsoft.Resources/resourceGroups' }]).location?.path).toBe('[0]');
  });

  test('wrong types and missing required properties', () => {
    const [definition] = read(DEFINITIONS) as any[];
    expect(importError([{ ...definition, properties: { ...definition.properties, authorizations: {} } }]).problem).toBe('authorizations must be an array, not an object');
    expect(importError([{ ...definition, properties: { ...definition.properties, managedByTenantId: null } }]).problem).toBe('managedByTenantId (the managing tenant) is missing');
    expect(importError([{ ...definition, id: '/subscriptions/x/resourceGroups/rg' }]).location?.path).toBe('[0].id');
  });
});

describe('importAzCli: az rest output and what an export cannot show', () => {
  const withoutEligible = () => (read(ASSIGNMENTS) as any[]).map((item) => {
    const copy = JSON.parse(JSON.stringify(item));
    // What `az managedservices` prints: its API version's schema has no eligibleAuthorizations at all.
    delete copy.properties.registrationDefinition.properties.eligibleAuthorizations;
    return copy;
  });

  test('`az rest` pages ({ "value": [...] }), one or several in an array, read like the list they hold', () => {
    const list = importAzCli(ASSIGNMENTS, { roles });
    const page = writeTemp('page.json', JSON.stringify({ value: read(ASSIGNMENTS) })).file;
    const pages = writeTemp('pages.json', JSON.stringify([{ value: read(ASSIGNMENTS).slice(0, 2) }, { value: read(ASSIGNMENTS).slice(2) }])).file;
    for (const file of [page, pages]) {
      const plan = loadInput(file, { roles });
      expect(plan.delegations.map((d) => [d.definitionId, d.scopes.map((s) => s.assignmentName)])).toEqual(list.delegations.map((d) => [d.definitionId, d.scopes.map((s) => s.assignmentName)]));
    }
    expect(importAzCli(page, { roles }).delegations[0].source?.path).toBe('value[0].properties.registrationDefinition');
  });

  test('an empty page is refused like an empty list', () => {
    expect(() => loadInput(writeTemp('empty.json', '{ "value": [] }').file, { roles })).toThrow(/empty list page \(\{ "value": \[\] \}\): an az CLI list that found nothing/);
  });

  test('no eligible authorizations in the export: a note with the exact az rest command for a complete one', () => {
    const { file } = writeTemp('live.json', JSON.stringify(withoutEligible()));
    const plan = importAzCli(file, { roles });
    expect(plan.notes).toEqual([{
      message: 'the export shows no eligible (just-in-time) authorizations: `az managedservices` reads registration definitions with an API version '
        + 'that has no eligibleAuthorizations, so an export made with it cannot show them, and any there are count as missing here',
      fix: `for a complete export run \`az rest --method get --url '/subscriptions/${SUB_B}/providers/Microsoft.ManagedServices/registrationAssignments?api-version=2022-10-01&$expandRegistrationDefinition=true' > live.json\``
        + ' once per subscription (2 in this export) and collect the outputs into one array (`jq -s . sub-*.json > live.json`)'
        + "; it lists the subscription's assignments with their definitions (api-version 2022-10-01)",
      location: expect.objectContaining({ file, line: 1, column: 1 }),
    }]);
  });

  test('an export that shows eligible authorizations has no note', () => {
    expect(importAzCli(ASSIGNMENTS, { roles }).notes).toBeUndefined();
    expect(importAzCli(DEFINITIONS, { roles }).notes).toBeUndefined();
  });

  test('offers: one per offer name and managing tenant, the same key wherever the name recurs', () => {
    const items = read(DEFINITIONS) as any[];
    const other = JSON.parse(JSON.stringify(items[0]));
    other.id = other.id.replace(SUB_A, SUB_B);
    const otherTenant = JSON.parse(JSON.stringify(items[0]));
    otherTenant.id = otherTenant.id.replace(/[0-9a-f]{8}-[0-9a-f-]+$/, '0b0b0b0b-0000-4000-8000-000000000000');
    otherTenant.properties.managedByTenantId = '9a9a9a9a-0000-4000-8000-000000000000';
    const { file } = writeTemp('offers.json', JSON.stringify([items[0], other, otherTenant]));
    const plan = importAzCli(file, { roles });
    expect(plan.delegations.map((d) => [d.offer, d.subscriptionId, d.managingTenantId])).toEqual([
      ['adatum-managed-operations', SUB_A, '5f4e3d2c-1b0a-4987-a6b5-c4d3e2f1a0b9'],
      ['adatum-managed-operations', SUB_B, '5f4e3d2c-1b0a-4987-a6b5-c4d3e2f1a0b9'],
      ['adatum-managed-operations-2', SUB_A, '9a9a9a9a-0000-4000-8000-000000000000'],
    ]);
  });
});
