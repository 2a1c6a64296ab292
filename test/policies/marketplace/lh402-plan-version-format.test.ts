import { LH402_PlanVersionFormat } from '../../../policies/marketplace/lh402-plan-version-format';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const withVersion = (version: string) => planFrom(manifestWith('    - { principal: ops, role: Reader }', {
  offerExtra: `\n    plan: { publisher: contoso, product: managed, name: standard, version: "${version}" }`,
}));

describe('LH402 Plan version not in n.n.n form', () => {
  it('reports a version that is not three dot-separated numbers, at the plan', () => {
    const findings = checkRule(LH402_PlanVersionFormat, withVersion('1.0'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH402', level: 'error', offer: 'managed',
      location: { file: FILE, line: 12, column: 11, path: 'offers.managed.plan' },
    });
    expect(findings[0].message).toBe('Plan version "1.0" of offer managed (plan standard) is not in n.n.n form: use three dot-separated numbers such as 1.0.0');
  });

  it.each(['v1.0.0', '1.0.0-beta', '1.0.0.0', '1..0', ' 1.0.0', 'one.two.three'])('rejects %j', (version) => {
    expect(checkRule(LH402_PlanVersionFormat, withVersion(version)).map((f) => f.ruleId)).toEqual(['LH402']);
  });

  it.each(['1.0.0', '10.20.300', '0.0.1'])('accepts %j (and offers without a plan)', (version) => {
    expect(checkRule(LH402_PlanVersionFormat, withVersion(version))).toEqual([]);
    expect(checkRule(LH402_PlanVersionFormat, planFrom(manifestWith('    - { principal: ops, role: Reader }')))).toEqual([]);
  });
});
