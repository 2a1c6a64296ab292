import { LH203_PrivilegedRoleNotEligible } from '../../../policies/best-practice/lh203-privileged-role-not-eligible';
import { FILE, checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';
const CONTRIBUTOR = 'Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c)';

describe('LH203 A privileged role granted permanently instead of eligible', () => {
  it('warns about permanent Contributor for a group and suggests making it eligible', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor }`);
    const findings = checkRule(LH203_PrivilegedRoleNotEligible, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH203', level: 'warning', customer: 'fabrikam', subscription: SUBSCRIPTION, principal: 'ops', role: 'Contributor',
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
    expect(findings[0].message).toBe(
      `${CONTRIBUTOR} is granted permanently to "Ops" (ops) in customer fabrikam, subscription ${SUBSCRIPTION}: make it an eligible (just-in-time) authorization so that nobody holds it standing`);
  });

  it('tells a service principal to narrow the role, since it cannot be eligible (still a warning)', () => {
    const findings = checkRule(LH203_PrivilegedRoleNotEligible, planFrom(manifestWith('    - { principal: spn, role: Contributor }')));
    expect(findings).toHaveLength(1);
    expect(findings[0].level).toBe('warning');
    expect(findings[0].location).toEqual({ file: FILE, line: 14, column: 7, path: 'authorizationSets.main[0]' });
    expect(findings[0].message).toBe(
      `${CONTRIBUTOR} is granted permanently to service principal "Pipeline" (spn) in customer fabrikam, subscription ${SUBSCRIPTION}: service principals cannot be eligible, so narrow it to the least-privileged role the automation needs`);
  });

  it('for a principal of unknown type (an import), gives the advice for both kinds instead of guessing', () => {
    const findings = checkRule(LH203_PrivilegedRoleNotEligible, viaArmImport(planFrom(manifestWith('    - { principal: spn, role: Contributor }'))));
    expect(findings.map((f) => f.message)).toEqual([
      `${CONTRIBUTOR} is granted permanently to "Pipeline" (44444444-4444-4444-4444-444444444444) in customer fabrikam, subscription ${SUBSCRIPTION}: make it an eligible (just-in-time) authorization so that nobody holds it standing; `
        + 'if the principal is a service principal (its type is unknown, LH210), which cannot be eligible, narrow it to the least-privileged role the automation needs instead',
    ]);
  });

  it('applies mustBeEligibleRoles given by name (any case) or GUID', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Virtual Machine Contributor }
    - { principal: leads, role: Security Admin }
    - { principal: leads, role: Tag Contributor }`);
    const parameters = { mustBeEligibleRoles: ['virtual machine contributor', 'FB1C8493-542B-48EB-B624-B4C8FEA62ACD', 'No Such Role'] };
    const findings = checkRule(LH203_PrivilegedRoleNotEligible, planFrom(yaml), { parameters });
    expect(findings.map((f) => [f.principal, f.role, f.location?.line])).toEqual([
      ['ops', 'Virtual Machine Contributor', 15],
      ['leads', 'Security Admin', 16],
    ]);
    expect(findings[0].message).toContain('Virtual Machine Contributor (9980e02c-c2be-4d73-94e8-173b1dc7cf3c) is granted permanently to "Ops" (ops)');
  });

  it('accepts eligible Contributor and permanent non-privileged roles', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - principal: ops
      role: Contributor
      eligible: { maxActivation: PT4H, approvers: [leads] }
    - { principal: spn, role: Monitoring Contributor }`);
    expect(checkRule(LH203_PrivilegedRoleNotEligible, planFrom(yaml))).toEqual([]);
  });
});
