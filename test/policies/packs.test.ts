import { DEFAULT_SETTINGS, Plan } from '../../lib/model/plan';
import { DEFAULT_POLICY } from '../../lib/policy/policy-config';
import { Rule } from '../../lib/policy/rule';
import { runRules } from '../../lib/policy/runner';
import { RoleCatalog } from '../../lib/roles/catalog';
import { ALL_RULES } from '../../policies';
import { PACKS } from '../../lib/policy/rule';

const empty: Plan = { file: 'x', principals: [], customers: [], offers: [], authorizationSets: [], delegations: [], suppressions: [], settings: DEFAULT_SETTINGS };

/** What imports can produce and manifests cannot: no keys, types, names or sources; unknown roles; odd versions. */
const bare: Plan = {
  ...empty,
  offers: [{ key: 'o', name: 'O', authorizationSets: [], plan: { name: 'p', publisher: 'q', product: 'r', version: '' } }],
  delegations: [0, 1].map((i) => ({
    customer: `c${i}`, offer: 'o', managingTenantId: '', customerTenantId: '', subscriptionId: '', name: '', definitionId: '', scopes: [], authorizationSets: [],
    authorizations: [
      { principal: { id: 'P' }, role: { id: 'not-a-guid' }, delegatedRoles: [] },
      { principal: { id: 'P', type: 'servicePrincipal' }, role: { id: 'b24988ac-6180-42a0-ab88-20f7382dd24c' }, delegatedRoles: [],
        eligible: { maximumActivationDuration: '', requireMfa: false, approvers: [{ id: '' }] } },
    ],
  })),
};

/** The rule's findings; a rule that throws shows up as the runner's "failed on this input" finding. */
function run(rule: Rule, context: { plan?: Plan; baseline?: Plan; parameters?: Record<string, unknown> }) {
  const findings = runRules([rule], { plan: context.plan ?? empty, roles: RoleCatalog.builtIn(), ...(context.baseline && { baseline: context.baseline }) },
    { ...DEFAULT_POLICY, parameters: context.parameters ?? {} });
  const crash = findings.find((f) => f.message.includes('failed on this input'));
  if (crash) throw new Error(crash.message);
  return findings;
}

const IDS: Record<string, string[]> = {
  service: Array.from({ length: 20 }, (_, i) => `LH${101 + i}`),
  'best-practice': ['LH201', 'LH202', 'LH203', 'LH204', 'LH205', 'LH206', 'LH207', 'LH208', 'LH209', 'LH210'],
  'cross-customer': ['LH301', 'LH302', 'LH303', 'LH304'],
  marketplace: ['LH401', 'LH402', 'LH403', 'LH404', 'LH405'],
};

describe.each(PACKS.map((pack) => [pack, ALL_RULES.filter((rule) => rule.pack === pack)] as const))('%s pack', (pack, rules: readonly Rule[]) => {
  it('lists the catalog ids in order with complete metadata', () => {
    expect(rules.map((r) => r.id)).toEqual(IDS[pack]);
    for (const rule of rules) {
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.title[0]).toBe(rule.title[0].toUpperCase());
      expect(rule.rationale.length).toBeGreaterThan(40);
      expect(rule.fix.length).toBeGreaterThan(20);
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.source).toMatch(/(azure-docs:articles\/\S+\.md@\d{4}-\d{2}-\d{2}|specs:\S+)/);
    }
  });

  it('never throws, on an empty Plan or on one without keys, names, sources or known roles', () => {
    const parameters = { allowedManagingTenants: ['x'], mustBeEligibleRoles: ['Reader', 'nope'], minimumCustomers: 0 };
    for (const rule of rules) {
      expect(run(rule, {})).toEqual([]);
      expect(() => run(rule, { plan: bare, parameters, baseline: bare })).not.toThrow();
      expect(() => run(rule, { plan: bare, baseline: empty })).not.toThrow();
      for (const finding of run(rule, { plan: bare, parameters, baseline: bare })) expect(finding.message.length).toBeGreaterThan(20);
    }
  });
});

test('the catalog has every id of DESIGN.md exactly once', () => {
  expect(ALL_RULES.map((r) => r.id)).toEqual(Object.values(IDS).flat());
});
