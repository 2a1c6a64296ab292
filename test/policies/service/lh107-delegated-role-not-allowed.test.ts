import { LH107_DelegatedRoleNotAllowed } from '../../../policies/service/lh107-delegated-role-not-allowed';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const UAA = 'User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9)';

describe('LH107 a delegated role is itself not allowed', () => {
  test('reports each delegated Owner, User Access Administrator and restricted-action role at its own entry', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: spn
      role: User Access Administrator
      delegatedRoles:
        - Contributor
        - Owner
        - User Access Administrator
        - Role Based Access Control Administrator`));
    const findings = checkRule(LH107_DelegatedRoleNotAllowed, plan);
    expect(findings.map((f) => [f.ruleId, f.level, f.role, f.principal, f.location])).toEqual([
      ['LH107', 'error', 'Owner', 'spn', { file: FILE, line: 19, column: 11, path: 'authorizationSets.main[1].delegatedRoles[1]' }],
      ['LH107', 'error', 'User Access Administrator', 'spn', { file: FILE, line: 20, column: 11, path: 'authorizationSets.main[1].delegatedRoles[2]' }],
      ['LH107', 'error', 'Role Based Access Control Administrator', 'spn', { file: FILE, line: 21, column: 11, path: 'authorizationSets.main[1].delegatedRoles[3]' }],
    ]);
    const where = `granted to "Pipeline" (spn) in customer fabrikam, subscription ${SUB} is not allowed`;
    expect(findings.map((f) => f.message)).toEqual([
      `delegated role Owner (8e3af657-a8ff-443c-a75c-2fe8c4bcb635) of ${UAA} ${where}: Owner cannot be a delegated role`,
      `delegated role ${UAA} of ${UAA} ${where}: User Access Administrator cannot be a delegated role`,
      `delegated role Role Based Access Control Administrator (f58310d9-a9f6-439a-9e8d-f62e7b41a168) of ${UAA} ${where}: `
        + 'it contains the restricted actions Microsoft.Authorization/roleAssignments/delete, Microsoft.Authorization/roleAssignments/write',
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  test('leaves delegated roles with DataActions to LH103 and unknown GUIDs to LH102', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: spn
      role: User Access Administrator
      delegatedRoles: [Log Analytics Contributor, aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee]`));
    expect(checkRule(LH107_DelegatedRoleNotAllowed, plan)).toEqual([]);
  });

  test('compliant: supported delegated roles', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor, Monitoring Contributor] }`));
    expect(checkRule(LH107_DelegatedRoleNotAllowed, plan)).toEqual([]);
  });
});
