import { Plan, Principal } from '../../../lib/model/plan';
import { LH111_TooManyApprovers } from '../../../policies/service/lh111-too-many-approvers';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

function withApprovers(count: number): Plan {
  const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: Contributor
      eligible: { approvers: [leads] }`));
  const approvers: Principal[] = Array.from({ length: count }, (_, i) => ({
    key: `approver${i}`, id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, type: 'group',
  }));
  return {
    ...plan,
    delegations: plan.delegations.map((d) => ({
      ...d, authorizations: d.authorizations.map((a) => (a.eligible ? { ...a, eligible: { ...a.eligible, approvers } } : a)),
    })),
  };
}

describe('LH111 more than 10 approvers', () => {
  test('reports 11 approvers at the authorization', () => {
    const findings = checkRule(LH111_TooManyApprovers, withApprovers(11));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH111', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'alice', role: 'Contributor',
      message: `the eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization of "Alice" (alice) in customer fabrikam, subscription ${SUB} has 11 approvers: Azure Lighthouse allows at most 10`,
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
  });

  test('compliant: 10 approvers, and the manifest\'s one', () => {
    expect(checkRule(LH111_TooManyApprovers, withApprovers(10))).toEqual([]);
    expect(checkRule(LH111_TooManyApprovers, withApprovers(1))).toEqual([]);
  });
});
