import { LH207_SelfApproval } from '../../../policies/best-practice/lh207-self-approval';
import { FILE, checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';
const SELF = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads, ops] } }
    - { principal: alice, role: Reader }
    - { principal: alice, role: Monitoring Contributor, eligible: { approvers: [alice] } }`);

describe('LH207 An eligible authorization whose own principal is among its approvers', () => {
  it('warns about a group and a user approving their own activation', () => {
    const findings = checkRule(LH207_SelfApproval, planFrom(SELF));
    expect(findings.map((f) => [f.ruleId, f.level, f.principal, f.role, f.location?.line])).toEqual([
      ['LH207', 'warning', 'ops', 'Contributor', 15],
      ['LH207', 'warning', 'alice', 'Monitoring Contributor', 17],
    ]);
    expect(findings[0].message).toBe(`"Ops" (ops) is an approver of its own eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization in customer fabrikam, subscription ${SUBSCRIPTION}: approvers cannot approve their own requests: members of the group approve each other at best`);
    expect(findings[1].message).toContain('a user cannot approve their own request');
    expect(findings[0].location).toEqual({ file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' });
  });

  it('accepts approvers other than the eligible principal, and eligible authorizations without approvers', () => {
    const fine = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads] } }
    - { principal: leads, role: Reader, eligible: {} }`);
    expect(checkRule(LH207_SelfApproval, planFrom(fine))).toEqual([]);
  });

  it('fires on an imported ARM template too (object ids compared), without guessing the unknown type', () => {
    const findings = checkRule(LH207_SelfApproval, viaArmImport(planFrom(SELF)));
    expect(findings.map((f) => f.principal)).toEqual(['22222222-2222-2222-2222-222222222222', '33333333-3333-3333-3333-333333333333']);
    expect(findings[0].message).toMatch(/: approvers cannot approve their own requests: a user would leave nobody else to approve, a group's members approve each other at best \(its type is unknown, LH210\)$/);
  });
});
