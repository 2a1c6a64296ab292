import { LH101_OwnerRole } from '../../../policies/service/lh101-owner-role';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';

describe('LH101 Owner role is not allowed', () => {
  test('reports an active Owner at the role, naming role, principal, customer and subscription', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Owner }`));
    const findings = checkRule(LH101_OwnerRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH101', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'ops', role: 'Owner',
      message: `Owner (${OWNER}) is granted to "Ops" (ops) in customer fabrikam, subscription ${SUB}: Azure Lighthouse does not support Owner`,
      location: { file: FILE, line: 15, column: 31, path: 'authorizationSets.main[1].role' },
    });
  });

  test('reports an eligible Owner, given by GUID', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: ${OWNER.toUpperCase()}
      eligible: { maxActivation: PT1H }`));
    const findings = checkRule(LH101_OwnerRole, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(`Owner (${OWNER}) is granted as eligible to "Alice" (alice) in customer fabrikam, subscription ${SUB}: Azure Lighthouse does not support Owner`);
    expect(findings[0].location).toEqual({ file: FILE, line: 16, column: 13, path: 'authorizationSets.main[1].role' });
  });

  test('reports once per delegation: a set reused by two customers yields two findings', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Owner }', {
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: ${SUB} }
  contoso:
    displayName: Contoso
    tenantId: 99999999-9999-9999-9999-999999999999
    delegations:
      - { offer: managed, subscription: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa }`,
    }));
    const findings = checkRule(LH101_OwnerRole, plan);
    expect(findings.map((f) => f.customer).sort()).toEqual(['contoso', 'fabrikam']);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  test('reports roles forbidden by the policy, by name (any case) or GUID', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor }
    - { principal: alice, role: Security Admin }`));
    const findings = checkRule(LH101_OwnerRole, plan, {
      parameters: { forbiddenRoles: ['security admin', 'B24988AC-6180-42A0-AB88-20F7382DD24C', 'Not A Role'] },
    });
    expect(findings.map((f) => [f.role, f.location?.line])).toEqual([['Contributor', 15], ['Security Admin', 16]]);
    expect(findings[0].message).toBe(
      `Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) is granted to "Ops" (ops) in customer fabrikam, subscription ${SUB}: the role is forbidden by the policy (parameters.forbiddenRoles)`);
  });

  test('its title (the heading of "How to fix") fits a policy-forbidden role as well as Owner', () => {
    expect(LH101_OwnerRole.title).toBe('Owner, or a role the policy forbids');
    expect(LH101_OwnerRole.fix).toContain('for a role forbidden by the policy');
  });

  test('Owner listed in forbiddenRoles is reported once, as Owner', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Owner }'));
    const findings = checkRule(LH101_OwnerRole, plan, { parameters: { forbiddenRoles: ['Owner'] } });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Azure Lighthouse does not support Owner');
  });

  test('compliant: no Owner, nothing forbidden', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor }`));
    expect(checkRule(LH101_OwnerRole, plan)).toEqual([]);
  });
});
