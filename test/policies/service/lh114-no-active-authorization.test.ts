import { LH114_NoActiveAuthorization } from '../../../policies/service/lh114-no-active-authorization';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH114 a definition with no active authorization', () => {
  test('reports a delegation whose authorizations are all eligible, at the delegation', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader, eligible: {} }
    - { principal: alice, role: Contributor, eligible: {} }`));
    const findings = checkRule(LH114_NoActiveAuthorization, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH114', level: 'error', customer: 'fabrikam', subscription: SUB,
      message: `offer managed in customer fabrikam, subscription ${SUB} has no active authorization (only 2 eligible): a registration definition needs at least one permanent authorization`,
      location: { file: FILE, line: 21, column: 9, path: 'customers.fabrikam.delegations[0]' },
    });
  });

  test('reports a delegation with no authorization at all (imports)', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }'));
    const empty = { ...plan, delegations: plan.delegations.map((d) => ({ ...d, authorizations: [] })) };
    const findings = checkRule(LH114_NoActiveAuthorization, empty);
    expect(findings.map((f) => f.message)).toEqual([
      `offer managed in customer fabrikam, subscription ${SUB} has no active authorization: a registration definition needs at least one permanent authorization`,
    ]);
  });

  test('compliant: one active authorization besides eligible ones', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Contributor, eligible: {} }`));
    expect(checkRule(LH114_NoActiveAuthorization, plan)).toEqual([]);
  });
});
