import { Plan } from '../../../lib/model/plan';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { LH102_NotBuiltInRole } from '../../../policies/service/lh102-not-built-in-role';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const CUSTOM = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SNAPSHOT = RoleCatalog.builtIn().source.snapshot;

describe('LH102 role is not an Azure built-in role', () => {
  test('reports an active role GUID missing from the catalog', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: ${CUSTOM} }`));
    const findings = checkRule(LH102_NotBuiltInRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH102', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'ops', role: CUSTOM,
      message: `role ${CUSTOM} granted to "Ops" (ops) in customer fabrikam, subscription ${SUB} is not an Azure built-in role (not in the role catalog of ${SNAPSHOT}): Azure Lighthouse supports built-in roles only`,
      location: { file: FILE, line: 15, column: 31, path: 'authorizationSets.main[1].role' },
    });
  });

  test('reports eligible and delegated unknown roles, each at its own entry', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: spn
      role: User Access Administrator
      delegatedRoles: [Contributor, ${CUSTOM}]
    - principal: alice
      role: ${CUSTOM}
      eligible: {}`));
    const findings = checkRule(LH102_NotBuiltInRole, plan);
    expect(findings.map((f) => f.location)).toEqual([
      { file: FILE, line: 17, column: 37, path: 'authorizationSets.main[1].delegatedRoles[1]' },
      { file: FILE, line: 19, column: 13, path: 'authorizationSets.main[2].role' },
    ]);
    expect(findings[0].message).toBe(
      `delegated role ${CUSTOM} of User Access Administrator (18d7d88d-d35e-4fb5-a5c3-7773c20a72d9) granted to "Pipeline" (spn) in customer fabrikam, subscription ${SUB} is not an Azure built-in role (not in the role catalog of ${SNAPSHOT}): Azure Lighthouse supports built-in roles only`);
    expect(findings[1].message).toContain(`role ${CUSTOM} granted as eligible to "Alice" (alice)`);
  });

  test('checks against the catalog in use: a role the catalog lacks is reported with its name', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }'));
    const dump = [{ name: 'b24988ac-6180-42a0-ab88-20f7382dd24c', roleName: 'Contributor', roleType: 'BuiltInRole', permissions: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }] }];
    const findings = checkRule(LH102_NotBuiltInRole, plan, { roles: RoleCatalog.fromDump(dump, 'roles.json') });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('role Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7) granted to "Ops" (ops)');
  });

  test('leaves ids that are not GUIDs to LH115', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }'));
    const [delegation] = plan.delegations;
    const broken: Plan = {
      ...plan,
      delegations: [{ ...delegation, authorizations: [{ ...delegation.authorizations[0], role: { id: '/providers/Microsoft.Authorization/roleDefinitions/x' } }] }],
    };
    expect(checkRule(LH102_NotBuiltInRole, broken)).toEqual([]);
  });

  test('compliant: built-in roles only', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: User Access Administrator, delegatedRoles: [Contributor] }`));
    expect(checkRule(LH102_NotBuiltInRole, plan)).toEqual([]);
  });
});
