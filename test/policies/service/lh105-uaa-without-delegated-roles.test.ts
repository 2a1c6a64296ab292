import { LH105_UaaWithoutDelegatedRoles } from '../../../policies/service/lh105-uaa-without-delegated-roles';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH105 User Access Administrator without delegatedRoleDefinitionIds', () => {
  test('reports an active User Access Administrator with no delegated roles', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: User Access Administrator }`));
    const findings = checkRule(LH105_UaaWithoutDelegatedRoles, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH105', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'spn', role: 'User Access Administrator',
      message: `User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9) is granted to "Pipeline" (spn) in customer fabrikam, subscription ${SUB} without delegatedRoles: `
        + 'Azure Lighthouse accepts it only with delegatedRoleDefinitionIds, the roles it may assign to managed identities',
      location: { file: FILE, line: 15, column: 31, path: 'authorizationSets.main[1].role' },
    });
  });

  test('leaves an eligible User Access Administrator to LH108', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: User Access Administrator, eligible: {} }`));
    expect(checkRule(LH105_UaaWithoutDelegatedRoles, plan)).toEqual([]);
  });

  test('compliant: User Access Administrator with delegated roles', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor] }`));
    expect(checkRule(LH105_UaaWithoutDelegatedRoles, plan)).toEqual([]);
  });
});
