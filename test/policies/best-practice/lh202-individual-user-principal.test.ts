import { LH202_IndividualUserPrincipal } from '../../../policies/best-practice/lh202-individual-user-principal';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';
const DELETE = '    - { principal: ops, role: Managed Services Registration assignment Delete Role }';

describe('LH202 An individual user as principal', () => {
  it('warns once per delegation and user, at the user\'s first authorization, listing its roles', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Reader }
    - principal: alice
      role: Contributor
      eligible: { maxActivation: PT2H }
${DELETE}`);
    const findings = checkRule(LH202_IndividualUserPrincipal, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH202', level: 'warning', customer: 'fabrikam', subscription: SUBSCRIPTION, principal: 'alice',
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
    expect(findings[0].message).toBe(
      `"Alice" (alice) is an individual user granted Reader, Contributor (eligible) in customer fabrikam, subscription ${SUBSCRIPTION}: grant the roles to a security group so that membership changes need no redeploy`);
  });

  it('reports a user that is only eligible', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Contributor, eligible: {} }`);
    const findings = checkRule(LH202_IndividualUserPrincipal, planFrom(yaml));
    expect(findings.map((f) => [f.principal, f.location?.path])).toEqual([['alice', 'authorizationSets.main[1]']]);
  });

  it('accepts groups and service principals', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: Monitoring Contributor }
${DELETE}`);
    expect(checkRule(LH202_IndividualUserPrincipal, planFrom(yaml))).toEqual([]);
  });
});
