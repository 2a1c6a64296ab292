import { LH401_TooManyPlanAuthorizations } from '../../../policies/marketplace/lh401-too-many-plan-authorizations';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const PLAN = '\n    plan: { publisher: contoso, product: managed, name: standard, version: 1.0.0 }';
const ROLES = ['Reader', 'Monitoring Reader', 'Security Reader', 'Billing Reader', 'Cost Management Reader', 'Tag Contributor',
  'Automation Operator', 'Managed Identity Operator', 'Website Contributor', 'SQL DB Contributor', 'Site Recovery Contributor'];

/** `count` distinct authorizations (ops and leads x ROLES), the last `eligible` of them eligible. */
function authorizationsYaml(count: number, eligible = 0): string {
  const entries = ['ops', 'leads'].flatMap((principal) => ROLES.map((role) => ({ principal, role }))).slice(0, count);
  return entries.map(({ principal, role }, i) =>
    `    - { principal: ${principal}, role: ${role}${i >= count - eligible ? ', eligible: {}' : ''} }`).join('\n');
}

describe('LH401 More than 20 authorizations in a plan', () => {
  it('reports an offer whose plan has 21 authorizations (active + eligible), once, at the plan', () => {
    const customers = `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }
      - { offer: managed, subscription: 99999999-8888-8888-8888-888888888888 }`;
    const findings = checkRule(LH401_TooManyPlanAuthorizations, planFrom(manifestWith(authorizationsYaml(21, 2), { offerExtra: PLAN, customers })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH401', level: 'error', offer: 'managed',
      location: { file: FILE, line: 12, column: 11, path: 'offers.managed.plan' },
    });
    expect(findings[0].customer).toBeUndefined();
    expect(findings[0].message).toBe(
      'Offer managed is published as Marketplace plan standard with 21 authorizations (19 active, 2 eligible): a plan takes at most 20');
  });

  it('counts the offer\'s authorization sets, not a customer\'s override', () => {
    const yaml = manifestWith(authorizationsYaml(21), {
      offerExtra: PLAN,
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888, authorizations: [small] }
      - { offer: managed, subscription: 99999999-8888-8888-8888-888888888888 }`,
    }).replace('authorizationSets:\n', 'authorizationSets:\n  small:\n    - { principal: ops, role: Reader }\n');
    const findings = checkRule(LH401_TooManyPlanAuthorizations, planFrom(yaml));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('with 21 authorizations (21 active, 0 eligible)')]);
  });

  it('accepts exactly 20 authorizations, and many authorizations in an offer without a plan', () => {
    expect(checkRule(LH401_TooManyPlanAuthorizations, planFrom(manifestWith(authorizationsYaml(20, 5), { offerExtra: PLAN })))).toEqual([]);
    expect(checkRule(LH401_TooManyPlanAuthorizations, planFrom(manifestWith(authorizationsYaml(22))))).toEqual([]);
  });
});
