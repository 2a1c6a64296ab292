import { LH208_PrivilegedEligibleWithoutApprovers } from '../../../policies/best-practice/lh208-privileged-eligible-without-approvers';
import { checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';
const UNAPPROVED = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H } }
    - { principal: leads, role: Reader }
    - { principal: leads, role: Security Admin, eligible: {} }
    - { principal: leads, role: Monitoring Contributor, eligible: {} }`);

describe('LH208 A privileged eligible role without approvers', () => {
  it('warns about Contributor without approvers by default', () => {
    const findings = checkRule(LH208_PrivilegedEligibleWithoutApprovers, planFrom(UNAPPROVED));
    expect(findings.map((f) => [f.ruleId, f.level, f.principal, f.role])).toEqual([['LH208', 'warning', 'ops', 'Contributor']]);
    expect(findings[0].message).toBe(`the eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization of "Ops" (ops) in customer fabrikam, subscription ${SUBSCRIPTION} has no approvers: activation is immediate, nobody reviews the elevation`);
  });

  it('also covers LH203\'s mustBeEligibleRoles and its own approvalRequiredRoles', () => {
    expect(checkRule(LH208_PrivilegedEligibleWithoutApprovers, planFrom(UNAPPROVED), { parameters: { mustBeEligibleRoles: ['Security Admin'] } })
      .map((f) => f.role)).toEqual(['Contributor', 'Security Admin']);
    expect(checkRule(LH208_PrivilegedEligibleWithoutApprovers, planFrom(UNAPPROVED), { parameters: { approvalRequiredRoles: ['monitoring contributor'] } })
      .map((f) => f.role)).toEqual(['Contributor', 'Monitoring Contributor']);
  });

  it('accepts privileged eligible roles with approvers, and active or unprivileged ones', () => {
    const fine = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads] } }
    - { principal: leads, role: Contributor }
    - { principal: leads, role: Monitoring Contributor, eligible: {} }`);
    expect(checkRule(LH208_PrivilegedEligibleWithoutApprovers, planFrom(fine))).toEqual([]);
  });

  it('fires on an imported ARM template too', () => {
    expect(checkRule(LH208_PrivilegedEligibleWithoutApprovers, viaArmImport(planFrom(UNAPPROVED))).map((f) => f.role)).toEqual(['Contributor']);
  });
});
