import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArm } from '../../../lib/import/arm';
import { armGuid } from '../../../lib/model/guid';
import { sanitizeKey } from '../../../lib/model/ids';
import { Authorization, Plan } from '../../../lib/model/plan';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { skipNotice } from '../../helpers/skip-notice';

/**
 * Every template + parameters pair of Microsoft's Azure-Lighthouse-samples imports into the delegations it
 * deploys (../shared/corpus; skipped with a notice when absent), and so does the project's own twin of each
 * (test/fixtures/arm: the same structures and expressions, other values), so the suite proves the importer
 * without ../shared.
 */

const corpus = join(__dirname, '../../../../shared/corpus/azure-lighthouse-samples/templates');
const fixtures = join(__dirname, '../../fixtures/arm');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) skipNotice('the Azure-Lighthouse-samples corpus cases of the ARM importer: ../shared is absent');
const corpusTest = haveCorpus ? test : test.skip;

const roles = RoleCatalog.builtIn();

const READER = 'Reader';
const DELETE_ROLE = 'Managed Services Registration assignment Delete Role';
const UAA = 'User Access Administrator';

interface EligibleExpectation {
  readonly role: string;
  readonly maximumActivationDuration: string;
  readonly requireMfa: boolean;
  readonly approvers: readonly string[];
}

interface SampleCase {
  readonly name: string;
  readonly template: string;
  readonly parameters: string;
  readonly offerName: string;
  /** Of every Microsoft.ManagedServices resource of the sample (each sample uses one). */
  readonly apiVersion: string;
  readonly managingTenantId: string;
  /** Absent: one delegation assigned at the subscription. */
  readonly resourceGroups?: readonly string[];
  /** multi-rg: one definition per resource group, named guid(rgName); else one named guid(offer name). */
  readonly definitionPerResourceGroup?: boolean;
  /** Active authorizations: role name, its delegated role names, the principal's display name. */
  readonly active: ReadonlyArray<readonly [string, readonly string[], string]>;
  readonly eligible?: readonly EligibleExpectation[];
  readonly plan?: { readonly name: string; readonly publisher: string; readonly product: string; readonly version: string };
  /** Distinct principal ids (authorizations and approvers). */
  readonly principals: number;
}

function describeAuthorization(a: Authorization) {
  return [a.role.name ?? a.role.id, a.delegatedRoles.map((r) => r.name ?? r.id), a.principal.displayName ?? ''] as const;
}

function assertSample(plan: Plan, c: SampleCase): void {
  const rgs = c.resourceGroups;
  const definitionIds = c.definitionPerResourceGroup ? rgs!.map((rg) => armGuid(rg)) : [armGuid(c.offerName)];
  expect(plan.delegations.map((d) => d.definitionId)).toEqual(definitionIds);
  const stem = sanitizeKey(c.template.split('/').pop()!.replace(/\.json$/, ''));

  plan.delegations.forEach((delegation, i) => {
    expect(delegation).toMatchObject({
      customer: stem, offer: plan.offers[0].key, name: c.offerName, managingTenantId: c.managingTenantId, customerTenantId: '', subscriptionId: '',
    });
    // Scopes: the subscription, or the resource groups (each definition of multi-rg has its own).
    const scopeRgs = rgs === undefined ? undefined : c.definitionPerResourceGroup ? [rgs[i]] : rgs;
    expect(delegation.apiVersion).toEqual({ value: c.apiVersion, source: expect.objectContaining({ file: c.template, path: expect.stringMatching(/\.apiVersion$/) }) });
    expect(delegation.scopes.map((scope) => scope.apiVersion?.value)).toEqual(delegation.scopes.map(() => c.apiVersion));
    expect(delegation.scopes.map(({ source, apiVersion, ...scope }) => scope)).toEqual(scopeRgs === undefined
      ? [{ kind: 'subscription', id: '/subscriptions/', assignmentName: delegation.definitionId }]
      : scopeRgs.map((rg) => ({ kind: 'resourceGroup', id: `/subscriptions//resourceGroups/${rg}`, resourceGroup: rg, assignmentName: delegation.definitionId })));

    const active = delegation.authorizations.filter((a) => !a.eligible);
    const eligible = delegation.authorizations.filter((a) => a.eligible);
    expect(active.map(describeAuthorization)).toEqual(c.active);
    expect(eligible.map((a) => ({
      role: a.role.name, maximumActivationDuration: a.eligible!.maximumActivationDuration, requireMfa: a.eligible!.requireMfa,
      approvers: a.eligible!.approvers.map((p) => p.displayName),
    }))).toEqual(c.eligible ?? []);
    // Active first, then eligible: the order of the definition's two arrays.
    expect(delegation.authorizations.slice(0, active.length)).toEqual(active);
    expect(delegation.plan === undefined ? undefined : { ...delegation.plan, source: undefined }).toEqual(c.plan && { ...c.plan, source: undefined });
  });

  expect(plan.offers.map(({ source, ...offer }) => offer)).toEqual([{
    key: sanitizeKey(c.offerName),
    name: c.offerName, description: plan.delegations[0].description, authorizationSets: [sanitizeKey(c.offerName)], ...(c.plan && { plan: plan.delegations[0].plan }),
  }]);
  expect(plan.customers.map(({ source, ...customer }) => customer)).toEqual([{ key: stem, displayName: stem, tenantId: '' }]);
  expect(plan.managingTenant?.id).toBe(c.managingTenantId);
  expect(plan.principals).toHaveLength(c.principals);
  expect(plan.principals.every((p) => p.key === undefined && p.source !== undefined)).toBe(true);
  // Every element of the Plan is located in the template or the parameters file.
  for (const delegation of plan.delegations) {
    expect(delegation.source?.file).toBe(plan.file);
    for (const a of delegation.authorizations) {
      for (const location of [a.source, a.role.source, a.principal.source, ...a.delegatedRoles.map((r) => r.source)]) {
        expect(location?.file).toBe(c.parameters);
      }
    }
  }
}

function runCase(root: string, c: SampleCase): Plan {
  const template = join(root, c.template);
  const parameters = join(root, c.parameters);
  const plan = importArm(template, { roles, parameters });
  assertSample(plan, { ...c, template, parameters });
  return plan;
}

const STOCK_ACTIVE: SampleCase['active'] = [
  [READER, [], 'PIM_Group'], [DELETE_ROLE, [], 'PIM_Group'], [UAA, ['Contributor', 'Log Analytics Contributor'], 'PIM_Group'],
];
const PIM_ELIGIBLE = (approvers: string[]): EligibleExpectation[] => [{ role: 'Resource Policy Contributor', maximumActivationDuration: 'PT8H', requireMfa: true, approvers }];
const TEST_RGS = ['test', 'test2', 'test3'];
const APPROVING_TENANT = 'fbcdd0f3-dc82-4cee-bcde-7301d24e9bf6';

const CORPUS_CASES: SampleCase[] = [
  {
    name: 'subscription', apiVersion: '2019-09-01', template: 'delegated-resource-management/subscription/subscription.json', parameters: 'delegated-resource-management/subscription/subscription.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: '<insert managing tenant id>', active: STOCK_ACTIVE, principals: 1,
  },
  {
    name: 'rg', apiVersion: '2019-06-01', template: 'delegated-resource-management/rg/rg.json', parameters: 'delegated-resource-management/rg/rg.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: '<insert managing tenant id>', resourceGroups: ['test'], active: STOCK_ACTIVE, principals: 1,
  },
  {
    name: 'multi-rg', apiVersion: '2019-06-01', template: 'delegated-resource-management/rg/multi-rg.json', parameters: 'delegated-resource-management/rg/multiple-rg.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: '<insert managing tenant id>', resourceGroups: TEST_RGS, definitionPerResourceGroup: true,
    active: STOCK_ACTIVE, principals: 1,
  },
  {
    name: 'eligible subscription', apiVersion: '2020-02-01-preview', template: 'delegated-resource-management-eligible-authorizations/subscription/subscription.json',
    parameters: 'delegated-resource-management-eligible-authorizations/subscription/subscription.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: '<insert the managing tenant id>', active: STOCK_ACTIVE.slice(0, 2), eligible: PIM_ELIGIBLE([]), principals: 1,
  },
  {
    name: 'eligible subscription with approvers', apiVersion: '2020-02-01-preview', template: 'delegated-resource-management-eligible-authorizations/subscription/subscription-managing-tenant-approvers.json',
    parameters: 'delegated-resource-management-eligible-authorizations/subscription/subscription-managing-tenant-approvers.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: APPROVING_TENANT, active: STOCK_ACTIVE.slice(0, 2), eligible: PIM_ELIGIBLE(['PIM-Approvers']), principals: 1,
  },
  {
    name: 'eligible rg', apiVersion: '2020-02-01-preview', template: 'delegated-resource-management-eligible-authorizations/rg/rg.json',
    parameters: 'delegated-resource-management-eligible-authorizations/rg/rg.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: APPROVING_TENANT, resourceGroups: ['test'], active: STOCK_ACTIVE.slice(0, 2), eligible: PIM_ELIGIBLE([]), principals: 1,
  },
  {
    name: 'eligible rg with approvers', apiVersion: '2020-02-01-preview', template: 'delegated-resource-management-eligible-authorizations/rg/rg-managing-tenant-approvers.json',
    parameters: 'delegated-resource-management-eligible-authorizations/rg/rg-managing-tenant-approvers.parameters.json',
    offerName: 'Test85fe0dcd-2877-498e-8717-19dfa73567ad', managingTenantId: APPROVING_TENANT, resourceGroups: ['test'], active: STOCK_ACTIVE,
    eligible: PIM_ELIGIBLE(['PIM-Approvers']), principals: 1,
  },
  {
    name: 'eligible multi-rg', apiVersion: '2020-02-01-preview', template: 'delegated-resource-management-eligible-authorizations/rg/multiple-rg.json',
    parameters: 'delegated-resource-management-eligible-authorizations/rg/multiple-rg.parameters.json',
    offerName: 'Relecloud Managed Services', managingTenantId: '<insert your managing tenant id>', resourceGroups: TEST_RGS, definitionPerResourceGroup: true,
    active: STOCK_ACTIVE.slice(0, 2), eligible: PIM_ELIGIBLE([]), principals: 1,
  },
  {
    name: 'eligible multi-rg with approvers', apiVersion: '2020-02-01-preview', template: 'delegated-resource-management-eligible-authorizations/rg/multiple-rg-managing-tenant-approvers.json',
    parameters: 'delegated-resource-management-eligible-authorizations/rg/multiple-rg-managing-tenant-approvers.parameters.json',
    offerName: 'Test2f164ff8-043a-4680-a7fa-651761a8fda3', managingTenantId: APPROVING_TENANT, resourceGroups: TEST_RGS, definitionPerResourceGroup: true,
    active: STOCK_ACTIVE, eligible: PIM_ELIGIBLE(['PIM-Approvers']), principals: 1,
  },
  {
    // The stock parameters say marketplaceOffer "No": json('null'), no plan.
    name: 'marketplace', apiVersion: '2019-06-01', template: 'marketplace-delegated-resource-management/marketplaceDelegatedResourceManagement.json',
    parameters: 'marketplace-delegated-resource-management/marketplaceDelegatedResourceManagement.parameters.json',
    offerName: 'Fabrikam Managed Services - Assessment', managingTenantId: 'd6ad82f3-42af-4a15-ac1e-49e6c08f624e',
    active: [
      ['Contributor', [], 'Tier 1 Support'], ['Contributor', [], 'Tier 2 Support'], ['Resource Policy Contributor', [], 'Automation Service Principal'],
      [UAA, ['Storage Account Contributor', 'Virtual Machine Contributor'], 'Automation Service Principal'],
    ],
    principals: 2,
  },
];

const NORTHWIND = 'Northwind Cloud Operations';
const NORTHWIND_APPROVED = 'Northwind Cloud Operations (approved access)';
const MANAGING = '3f2b9c1e-5a7d-4e08-9b6c-1d2e3f4a5b6c';
const TWIN_ACTIVE: SampleCase['active'] = [
  [READER, [], 'Northwind NOC'], [DELETE_ROLE, [], 'Northwind NOC'], [UAA, ['Contributor', 'Log Analytics Contributor'], 'Northwind Automation'],
];
const ZERO_ACTIVE: SampleCase['active'] = [
  [READER, [], 'NOC_Group'], [DELETE_ROLE, [], 'NOC_Group'], [UAA, ['Contributor', 'Log Analytics Contributor'], 'NOC_Group'],
];
const TWIN_ELIGIBLE = (maximumActivationDuration: string, approvers: string[], requireMfa = true): EligibleExpectation[] => [
  { role: 'Monitoring Contributor', maximumActivationDuration, requireMfa, approvers },
];
const NORTHWIND_RGS = ['rg-northwind-web', 'rg-northwind-data', 'rg-northwind-ops'];
const MARKETPLACE_ACTIVE: SampleCase['active'] = [
  ['Contributor', [], 'Northwind Tier 1'], ['Resource Policy Contributor', [], 'Northwind Automation'],
  [UAA, ['Virtual Machine Contributor', 'Backup Contributor'], 'Northwind Automation'],
];
const MARKETPLACE_PLAN = { name: 'gold', publisher: 'northwind-msp', product: 'northwind-backup', version: '1.4.0' };

const FIXTURE_CASES: SampleCase[] = [
  {
    name: 'subscription', apiVersion: '2019-09-01', template: 'subscription/subscription.json', parameters: 'subscription/subscription.parameters.json',
    offerName: NORTHWIND, managingTenantId: '<insert managing tenant id>', active: TWIN_ACTIVE, principals: 2,
  },
  {
    name: 'rg', apiVersion: '2019-06-01', template: 'rg/rg.json', parameters: 'rg/rg.parameters.json',
    offerName: NORTHWIND, managingTenantId: '<insert managing tenant id>', resourceGroups: ['rg-northwind-web'], active: ZERO_ACTIVE, principals: 1,
  },
  {
    name: 'multi-rg', apiVersion: '2019-06-01', template: 'rg/multi-rg.json', parameters: 'rg/multiple-rg.parameters.json',
    offerName: NORTHWIND, managingTenantId: '<insert managing tenant id>', resourceGroups: NORTHWIND_RGS, definitionPerResourceGroup: true, active: ZERO_ACTIVE, principals: 1,
  },
  {
    name: 'eligible subscription', apiVersion: '2020-02-01-preview', template: 'eligible/subscription/subscription.json', parameters: 'eligible/subscription/subscription.parameters.json',
    offerName: NORTHWIND, managingTenantId: '<insert the managing tenant id>', active: TWIN_ACTIVE.slice(0, 2), eligible: TWIN_ELIGIBLE('PT4H', []), principals: 1,
  },
  {
    name: 'eligible subscription with approvers', apiVersion: '2020-02-01-preview', template: 'eligible/subscription/subscription-managing-tenant-approvers.json',
    parameters: 'eligible/subscription/subscription-managing-tenant-approvers.parameters.json',
    offerName: NORTHWIND, managingTenantId: MANAGING, active: TWIN_ACTIVE.slice(0, 2), eligible: TWIN_ELIGIBLE('PT2H30M', ['Northwind Security Leads']), principals: 2,
  },
  {
    // No maximumActivationDuration (PT8H by default) and MFA "None".
    name: 'eligible rg', apiVersion: '2020-02-01-preview', template: 'eligible/rg/rg.json', parameters: 'eligible/rg/rg.parameters.json',
    offerName: NORTHWIND, managingTenantId: MANAGING, resourceGroups: ['rg-northwind-web'], active: TWIN_ACTIVE.slice(0, 2),
    eligible: TWIN_ELIGIBLE('PT8H', [], false), principals: 1,
  },
  {
    name: 'eligible rg with approvers', apiVersion: '2020-02-01-preview', template: 'eligible/rg/rg-managing-tenant-approvers.json', parameters: 'eligible/rg/rg-managing-tenant-approvers.parameters.json',
    offerName: NORTHWIND_APPROVED, managingTenantId: MANAGING, resourceGroups: ['rg-northwind-data'], active: TWIN_ACTIVE,
    eligible: TWIN_ELIGIBLE('PT8H', ['Northwind Security Leads']), principals: 3,
  },
  {
    name: 'eligible multi-rg', apiVersion: '2020-02-01-preview', template: 'eligible/rg/multiple-rg.json', parameters: 'eligible/rg/multiple-rg.parameters.json',
    offerName: NORTHWIND, managingTenantId: '<insert your managing tenant id>', resourceGroups: NORTHWIND_RGS, definitionPerResourceGroup: true,
    active: TWIN_ACTIVE.slice(0, 2), eligible: TWIN_ELIGIBLE('PT1H', []), principals: 1,
  },
  {
    name: 'eligible multi-rg with approvers', apiVersion: '2020-02-01-preview', template: 'eligible/rg/multiple-rg-managing-tenant-approvers.json',
    parameters: 'eligible/rg/multiple-rg-managing-tenant-approvers.parameters.json',
    offerName: NORTHWIND_APPROVED, managingTenantId: MANAGING, resourceGroups: NORTHWIND_RGS.slice(0, 2), definitionPerResourceGroup: true,
    active: TWIN_ACTIVE, eligible: TWIN_ELIGIBLE('PT8H', ['Northwind Security Leads']), principals: 3,
  },
  {
    name: 'marketplace (marketplaceOffer Yes)', apiVersion: '2019-06-01', template: 'marketplace/marketplace.json', parameters: 'marketplace/marketplace.parameters.json',
    offerName: 'Northwind Managed Backup', managingTenantId: MANAGING, active: MARKETPLACE_ACTIVE, plan: MARKETPLACE_PLAN, principals: 2,
  },
  {
    name: 'marketplace (marketplaceOffer No)', apiVersion: '2019-06-01', template: 'marketplace/marketplace.json', parameters: 'marketplace/marketplace-no-plan.parameters.json',
    offerName: 'Northwind Managed Backup', managingTenantId: MANAGING, active: MARKETPLACE_ACTIVE, principals: 2,
  },
];

describe('ARM import of Microsoft\'s Azure-Lighthouse-samples (../shared corpus)', () => {
  for (const c of CORPUS_CASES) corpusTest(c.name, () => { runCase(corpus, c); });

  corpusTest('marketplace with marketplaceOffer "Yes": the plan from the parameters, located at the plan variable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lighthouse-arm-'));
    try {
      const c = CORPUS_CASES.find((x) => x.name === 'marketplace')!;
      const stock = JSON.parse(readFileSync(join(corpus, c.parameters), 'utf8'));
      stock.parameters.marketplaceOffer.value = 'Yes';
      const parameters = join(dir, 'marketplace.parameters.json');
      writeFileSync(parameters, `${JSON.stringify(stock, null, 2)}\n`);
      const plan = importArm(join(corpus, c.template), { roles, parameters });
      assertSample(plan, {
        ...c, template: join(corpus, c.template), parameters,
        plan: { name: 'assessment', publisher: 'marketplace-test', product: 'fabrikam-assessment', version: '2.0.0' },
      });
      expect(plan.delegations[0].plan?.source).toMatchObject({ file: join(corpus, c.template), path: 'variables.marketplacePlan' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  corpusTest('the corpus holds exactly the pairs above (a new sample must get a case)', () => {
    const listed = CORPUS_CASES.flatMap((c) => [c.template, c.parameters]);
    const files = ['delegated-resource-management', 'delegated-resource-management-eligible-authorizations', 'marketplace-delegated-resource-management']
      .flatMap((dir) => walk(join(corpus, dir)).map((file) => file.slice(corpus.length + 1)));
    expect([...files].sort()).toEqual([...listed].sort());
  });
});

describe('ARM import of the project\'s twins of the samples (test/fixtures/arm)', () => {
  for (const c of FIXTURE_CASES) test(c.name, () => { runCase(fixtures, c); });

  test('the marketplace plan is located at the plan variable of the template', () => {
    const plan = importArm(join(fixtures, 'marketplace/marketplace.json'), { roles, parameters: join(fixtures, 'marketplace/marketplace.parameters.json') });
    expect(plan.delegations[0].plan?.source).toMatchObject({ path: 'variables.marketplacePlan' });
  });

  test('an all-zero placeholder principal imports as it is written (LH115 reports it later)', () => {
    const plan = importArm(join(fixtures, 'rg/rg.json'), { roles, parameters: join(fixtures, 'rg/rg.parameters.json') });
    expect(plan.principals.map((p) => p.id)).toEqual(['00000000-0000-0000-0000-000000000000']);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
