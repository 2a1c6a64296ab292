import { LH104_RestrictedActionsRole } from '../../../policies/service/lh104-restricted-actions-role';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH104 role contains a restricted Microsoft.Authorization action', () => {
  test('reports a role that can write role assignments, naming the actions', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Role Based Access Control Administrator }`));
    const findings = checkRule(LH104_RestrictedActionsRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH104', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'ops', role: 'Role Based Access Control Administrator',
      location: { file: FILE, line: 15, column: 31, path: 'authorizationSets.main[1].role' },
    });
    expect(findings[0].message).toBe(
      `Role Based Access Control Administrator (f58310d9-a9f6-439a-9e8d-f62e7b41a168) granted to "Ops" (ops) in customer fabrikam, subscription ${SUB} `
      + 'contains the restricted actions Microsoft.Authorization/roleAssignments/delete, Microsoft.Authorization/roleAssignments/write: '
      + 'Azure Lighthouse rejects roles that can change role assignments, role definitions, locks or deny assignments');
  });

  test('reports eligible roles too', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: Locks Contributor
      eligible: {}`));
    const findings = checkRule(LH104_RestrictedActionsRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Locks Contributor (28bf596f-4eb7-45ce-b5bc-6cf482fec137) granted as eligible to "Alice" (alice)');
    expect(findings[0].location).toEqual({ file: FILE, line: 16, column: 13, path: 'authorizationSets.main[1].role' });
  });

  test('compliant: User Access Administrator (allowed with delegatedRoles), Contributor\'s `*`', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Contributor }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor] }`));
    expect(checkRule(LH104_RestrictedActionsRole, plan)).toEqual([]);
  });
});
