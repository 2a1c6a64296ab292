import { Plan } from '../../../lib/model/plan';
import { LH116_IncompletePlan } from '../../../policies/service/lh116-incomplete-plan';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

const withPlan = (): Plan => planFrom(manifestWith('    - { principal: ops, role: Reader }', {
  offerExtra: '\n    plan: { publisher: contoso, product: managed-ops, name: standard, version: 1.0.0 }',
}));

describe('LH116 plan with a missing field (name, publisher, product, version)', () => {
  test('reports a plan with an empty version and no publisher (imports), at the plan', () => {
    const plan = withPlan();
    const broken: Plan = {
      ...plan,
      delegations: plan.delegations.map((d) => ({ ...d, plan: { ...d.plan!, version: ' ', publisher: '' } })),
    };
    const findings = checkRule(LH116_IncompletePlan, broken);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH116', level: 'error', customer: 'fabrikam', subscription: SUB,
      message: `the Marketplace plan of offer managed in customer fabrikam, subscription ${SUB} has no publisher, version: a plan needs name, publisher, product and version`,
      location: { file: FILE, line: 12, column: 11, path: 'offers.managed.plan' },
    });
  });

  test('compliant: a complete plan, or no plan', () => {
    expect(checkRule(LH116_IncompletePlan, withPlan())).toEqual([]);
    expect(checkRule(LH116_IncompletePlan, planFrom(manifestWith('    - { principal: ops, role: Reader }')))).toEqual([]);
  });
});
