import { LH106_DelegatedRolesNotUaa } from '../../../policies/service/lh106-delegated-roles-not-uaa';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH106 delegatedRoleDefinitionIds on a role other than User Access Administrator', () => {
  test('reports delegated roles on an active Contributor, at the first delegated role', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: ops
      role: Contributor
      delegatedRoles: [Reader, Monitoring Contributor]`));
    const findings = checkRule(LH106_DelegatedRolesNotUaa, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH106', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'ops', role: 'Contributor',
      message: `Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) granted to "Ops" (ops) in customer fabrikam, subscription ${SUB} `
        + 'has delegatedRoles (Reader, Monitoring Contributor): only User Access Administrator takes delegatedRoleDefinitionIds',
      location: { file: FILE, line: 17, column: 24, path: 'authorizationSets.main[1].delegatedRoles[0]' },
    });
  });

  test('reports delegated roles on any eligible authorization, User Access Administrator included', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: User Access Administrator
      delegatedRoles: [Contributor]
      eligible: {}`));
    const findings = checkRule(LH106_DelegatedRolesNotUaa, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      `User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9) granted as eligible to "Alice" (alice) in customer fabrikam, subscription ${SUB} `
      + 'has delegatedRoles (Contributor): eligible authorizations cannot have delegatedRoleDefinitionIds');
    expect(findings[0].location).toEqual({ file: FILE, line: 17, column: 24, path: 'authorizationSets.main[1].delegatedRoles[0]' });
  });

  test('compliant: delegated roles on an active User Access Administrator only', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Contributor }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor] }`));
    expect(checkRule(LH106_DelegatedRolesNotUaa, plan)).toEqual([]);
  });
});
