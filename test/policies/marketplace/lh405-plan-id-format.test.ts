import { LH403_PlanVersionNotIncreased } from '../../../policies/marketplace/lh403-plan-version-not-increased';
import { LH405_PlanIdFormat } from '../../../policies/marketplace/lh405-plan-id-format';
import { FILE, checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const withPlanId = (name: string, version = '1.0.0') => manifestWith('    - { principal: ops, role: Reader }',
  { offerExtra: `\n    plan: { publisher: contoso, product: managed-ops, name: "${name}", version: ${version} }` });

describe('LH405 Plan id not 50 or fewer lower-case letters, digits, "-" or "_"', () => {
  it.each([
    ['Gold Plan', 'has characters other than lower-case letters, digits, "-" and "_"'],
    ['x'.repeat(51), 'is 51 characters long'],
  ])('reports plan id %j of an offer at its plan', (id, why) => {
    const findings = checkRule(LH405_PlanIdFormat, planFrom(withPlanId(id)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'LH405', level: 'error', offer: 'managed', location: { file: FILE, line: 12, path: 'offers.managed.plan' } });
    expect(findings[0].message).toBe(`Plan id ${JSON.stringify(id)} of offer managed ${why}: Partner Center plan ids are at most 50 lower-case letters, digits, "-" and "_"`);
  });

  it.each([['standard'], ['gold_2026-v2'], ['x'.repeat(50)]])('accepts %j', (id) => {
    expect(checkRule(LH405_PlanIdFormat, planFrom(withPlanId(id)))).toEqual([]);
  });

  it('fires on an imported ARM template too (the plan comes through the importer)', () => {
    expect(checkRule(LH405_PlanIdFormat, viaArmImport(planFrom(withPlanId('Gold Plan')))).map((f) => f.ruleId)).toEqual(['LH405']);
  });

  it('LH403 reports a plan id changed since the baseline: published plan ids are immutable', () => {
    const findings = checkRule(LH403_PlanVersionNotIncreased, planFrom(withPlanId('gold', '1.0.1')), { baseline: planFrom(withPlanId('standard')) });
    expect(findings.map((f) => f.message)).toEqual([
      'Offer managed changed its plan id since the baseline ("standard" -> "gold"): a published plan\'s id is immutable; keep the id, or publish the new id as a new plan',
    ]);
    expect(checkRule(LH403_PlanVersionNotIncreased, planFrom(withPlanId('standard', '1.0.1')), { baseline: planFrom(withPlanId('standard')) })).toEqual([]);
  });
});
