import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadManifest } from '../../../lib/manifest/load';
import { Authorization, Delegation, Plan, Principal } from '../../../lib/model/plan';
import { DEFAULT_POLICY } from '../../../lib/policy/policy-config';
import { runRules } from '../../../lib/policy/runner';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { SERVICE_RULES } from '../../../policies/service';
import { manifestWith, planFrom, ruleContext } from '../../policy/helpers';
import { skipNotice } from '../../helpers/skip-notice';

const ROOT = join(__dirname, '..', '..', '..');
const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'LIGHTHOUSE.md');

const context = (plan: Plan) => ruleContext(plan);

describe('service pack', () => {
  test('has LH101..LH120 in id order, all service errors with their documentation', () => {
    expect(SERVICE_RULES.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => `LH${101 + i}`));
    for (const rule of SERVICE_RULES) {
      expect(rule).toMatchObject({ pack: 'service', defaultLevel: 'error' });
      for (const text of [rule.title, rule.rationale, rule.fix, rule.source]) expect(text.trim()).not.toBe('');
      expect(rule.helpUri).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/(lighthouse|marketplace)\/[a-z-]+\/?[a-z-]*$/);
    }
  });

  test('every source citation is taken from reference/LIGHTHOUSE.md, and helpUri is one of its pages', () => {
    if (!existsSync(REFERENCE)) {
      skipNotice(`the check against the service reference: ../shared is absent (${REFERENCE})`);
      return;
    }
    const reference = readFileSync(REFERENCE, 'utf8');
    for (const rule of SERVICE_RULES) {
      const citations = rule.source.split(' ; ').map((part) => part.replace(/ \(.*\)$/, ''));
      for (const citation of citations) expect([rule.id, reference.includes(citation)]).toEqual([rule.id, true]);
      const docs = citations.filter((c) => c.startsWith('azure-docs:'))
        .map((c) => `https://learn.microsoft.com/azure/${c.slice('azure-docs:articles/'.length).replace(/\.md@.*$/, '')}`);
      if (docs.length > 0) expect([rule.id, docs]).toEqual([rule.id, expect.arrayContaining([rule.helpUri])]);
      expect([rule.id, reference.includes(rule.helpUri.replace('https://learn.microsoft.com/azure/', '').replace(/^/, 'articles/'))]).toEqual([rule.id, true]);
    }
  });

  test('the example manifest passes every service rule', () => {
    const plan = loadManifest(join(ROOT, 'examples', 'contoso', 'lighthouse.yaml'));
    expect(runRules(SERVICE_RULES, { plan, roles: RoleCatalog.builtIn() }, DEFAULT_POLICY)).toEqual([]);
  });

  test('one finding per problem: fingerprints are unique within each rule on a manifest with many problems', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Owner }
    - { principal: ops, role: Owner, eligible: {} }
    - { principal: ops, role: Owner }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Owner, Log Analytics Contributor, User Access Administrator] }
    - { principal: spn, role: Contributor, eligible: { maxActivation: P1D, approvers: [spn, alice] } }
    - { principal: alice, role: User Access Administrator, eligible: {} }`, {
      settings: 'settings: { cloud: AzureChinaCloud }',
      offerExtra: '\n  other:\n    name: Other\n    authorizations: [main]',
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }
      - { offer: other, subscription: 88888888-8888-8888-8888-888888888888 }`,
    }));
    const findings = runRules(SERVICE_RULES, { plan, roles: RoleCatalog.builtIn() }, DEFAULT_POLICY);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['LH101', 'LH103', 'LH107', 'LH108', 'LH109', 'LH110', 'LH112', 'LH118']));
    expect(findings.filter((f) => f.message.includes('failed on this input'))).toEqual([]);
    const keys = findings.map((f) => `${f.ruleId} ${f.fingerprint}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('never throws on odd Plans: missing optional fields, unnamed unknown roles, empty lists, non-GUID ids', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', '<insert id>', '00000000-0000-0000-0000-000000000000', 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
      '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', '92aaf0da-9dab-42b6-94a3-d43ce8d16293', '/subscriptions/x'));
    const principal = fc.record({ id: text, type: fc.constantFrom('user', 'group', 'servicePrincipal') }, { requiredKeys: ['id'] }) as fc.Arbitrary<Principal>;
    const role = fc.record({ id: text, name: fc.string() }, { requiredKeys: ['id'] });
    const authorization = fc.record({
      principal,
      role,
      delegatedRoles: fc.array(role, { maxLength: 3 }),
      eligible: fc.record({ maximumActivationDuration: text, requireMfa: fc.boolean(), approvers: fc.array(principal, { maxLength: 12 }) }),
    }, { requiredKeys: ['principal', 'role', 'delegatedRoles'] }) as fc.Arbitrary<Authorization>;
    const delegation = fc.record({
      customer: fc.constantFrom('a', 'b'), offer: fc.constantFrom('x', 'y'), managingTenantId: text, customerTenantId: text,
      subscriptionId: fc.constantFrom('88888888-8888-8888-8888-888888888888', 'sub'), name: fc.string(), definitionId: text, authorizationSets: fc.constant([]),
      authorizations: fc.array(authorization, { maxLength: 4 }),
      plan: fc.record({ name: text, publisher: text, product: text, version: text }),
      scopes: fc.array(fc.record({ kind: fc.constantFrom('subscription', 'resourceGroup'), id: text, assignmentName: text }), { maxLength: 3 }),
    }, { requiredKeys: ['customer', 'offer', 'managingTenantId', 'customerTenantId', 'subscriptionId', 'name', 'definitionId', 'authorizations', 'authorizationSets', 'scopes'] }) as fc.Arbitrary<Delegation>;
    fc.assert(fc.property(fc.array(delegation, { maxLength: 4 }), fc.constantFrom('AzureCloud', 'AzureUSGovernment'), (delegations, cloud) => {
      const plan = { file: 'x', principals: [], customers: [], offers: [], authorizationSets: [], delegations, suppressions: [], settings: { cloud } } as unknown as Plan;
      for (const rule of SERVICE_RULES) [...rule.check(context(plan))];
    }), { numRuns: 300 });
  });

  test('scales linearly: 10,000 customers x 3 subscriptions x 10 authorizations in a few seconds', () => {
    const plan = estate(10_000, 3);
    const started = Date.now();
    const findings = runRules(SERVICE_RULES, { plan, roles: RoleCatalog.builtIn() }, DEFAULT_POLICY);
    const elapsed = Date.now() - started;
    // One deliberate problem per delegation (LH112: a duplicated Reader), so the output side is exercised too.
    expect(findings).toHaveLength(30_000);
    expect(elapsed).toBeLessThan(20_000);
  });
});

/** A generated estate sharing one authorization list, as an authorization set reused by every customer would. */
function estate(customers: number, subscriptions: number): Plan {
  const template = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Managed Services Registration assignment Delete Role }
    - { principal: alice, role: Reader }
    - { principal: alice, role: Contributor, eligible: { maxActivation: PT4H, approvers: [leads] } }
    - { principal: leads, role: Reader }
    - { principal: leads, role: Security Reader }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor, Monitoring Contributor] }
    - { principal: spn, role: Monitoring Contributor }
    - { principal: nameless, role: Reader }
    - { principal: nameless, role: Reader }`));
  const [model] = template.delegations;
  const delegations: Delegation[] = [];
  for (let c = 0; c < customers; c++) {
    const tenant = `${String(c).padStart(8, '0')}-0000-4000-8000-000000000000`;
    for (let s = 0; s < subscriptions; s++) {
      const subscriptionId = `${String(c).padStart(8, '0')}-${String(s).padStart(4, '0')}-4000-8000-000000000001`;
      delegations.push({
        ...model, customer: `c${c}`, customerTenantId: tenant, subscriptionId,
        scopes: [{ ...model.scopes[0], id: `/subscriptions/${subscriptionId}` }],
      });
    }
  }
  return { ...template, delegations };
}
