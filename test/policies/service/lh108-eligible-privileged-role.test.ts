import { LH108_EligiblePrivilegedRole } from '../../../policies/service/lh108-eligible-privileged-role';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH108 eligible authorization with User Access Administrator or Owner', () => {
  test('reports an eligible User Access Administrator and an eligible Owner at the role', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: User Access Administrator
      eligible: { maxActivation: PT1H }
    - principal: ops
      role: Owner
      eligible: {}`));
    const findings = checkRule(LH108_EligiblePrivilegedRole, plan);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH108', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'alice', role: 'User Access Administrator',
      message: `User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9) is granted as eligible to "Alice" (alice) in customer fabrikam, subscription ${SUB}: `
        + 'eligible authorizations cannot use User Access Administrator or Owner',
      location: { file: FILE, line: 16, column: 13, path: 'authorizationSets.main[1].role' },
    });
    expect(findings[1]).toMatchObject({ role: 'Owner', location: { file: FILE, line: 19, column: 13, path: 'authorizationSets.main[2].role' } });
  });

  test('compliant: User Access Administrator active, other roles eligible', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor] }
    - { principal: alice, role: Contributor, eligible: {} }`));
    expect(checkRule(LH108_EligiblePrivilegedRole, plan)).toEqual([]);
  });
});
