import { RoleCatalog } from '../../../lib/roles/catalog';
import { LH103_DataActionsRole } from '../../../policies/service/lh103-data-actions-role';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const SNAPSHOT = RoleCatalog.builtIn().source.snapshot;

describe('LH103 role has DataActions or NotDataActions', () => {
  test('reports an active role with DataActions at the role', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Log Analytics Contributor }`));
    const findings = checkRule(LH103_DataActionsRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH103', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'ops', role: 'Log Analytics Contributor',
      message: `Log Analytics Contributor (92aaf0da-9dab-42b6-94a3-d43ce8d16293) granted to "Ops" (ops) in customer fabrikam, subscription ${SUB} has DataActions: `
        + `Azure Lighthouse rejects roles with DataActions or NotDataActions (the role catalog of ${SNAPSHOT})`,
      location: { file: FILE, line: 15, column: 31, path: 'authorizationSets.main[1].role' },
    });
  });

  test('reports eligible roles and roles with NotDataActions only', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: Log Analytics Reader
      eligible: {}
    - { principal: ops, role: 360cab3d-4340-4c96-816d-682fbd52b3e2 }`));
    const findings = checkRule(LH103_DataActionsRole, plan);
    expect(findings.map((f) => [f.role, f.location?.line, f.location?.column])).toEqual([['Log Analytics Reader', 16, 13], ['Inference Account Operator', 18, 31]]);
    expect(findings[0].message).toContain('granted as eligible to "Alice" (alice)');
    expect(findings[1].message).toContain('has NotDataActions:');
  });

  test('reports a delegated role with DataActions at the delegated role (Azure/Azure-Lighthouse-samples#137)', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: spn
      role: User Access Administrator
      delegatedRoles: [Contributor, Log Analytics Contributor]`));
    const findings = checkRule(LH103_DataActionsRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      principal: 'spn', role: 'Log Analytics Contributor',
      location: { file: FILE, line: 17, column: 37, path: 'authorizationSets.main[1].delegatedRoles[1]' },
    });
    expect(findings[0].message).toBe(
      'delegated role Log Analytics Contributor (92aaf0da-9dab-42b6-94a3-d43ce8d16293) of User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9) '
      + `granted to "Pipeline" (spn) in customer fabrikam, subscription ${SUB} has DataActions: Azure Lighthouse rejects roles with DataActions or NotDataActions (the role catalog of ${SNAPSHOT})`);
  });

  test('compliant: roles without DataActions', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Monitoring Contributor }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor] }`));
    expect(checkRule(LH103_DataActionsRole, plan)).toEqual([]);
  });
});
