import { LH403_PlanVersionNotIncreased } from '../../../policies/marketplace/lh403-plan-version-not-increased';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const READER = '    - { principal: ops, role: Reader }';
const DELETE = '    - { principal: ops, role: Managed Services Registration assignment Delete Role }';

function manifest(version: string, authorizations: string) {
  return planFrom(manifestWith(authorizations, {
    offerExtra: `\n    plan: { publisher: contoso, product: managed, name: standard, version: "${version}" }`,
  }));
}

describe('LH403 Authorizations changed but plan version not increased', () => {
  it('reports changed authorizations under the same version, at the plan', () => {
    const findings = checkRule(LH403_PlanVersionNotIncreased, manifest('1.0.0', `${READER}\n${DELETE}`), { baseline: manifest('1.0.0', READER) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH403', level: 'error', offer: 'managed',
      location: { file: FILE, line: 12, column: 11, path: 'offers.managed.plan' },
    });
    expect(findings[0].message).toBe(
      "Offer managed changed its plan's authorizations since the baseline (1 added, 0 removed) but plan version 1.0.0 is not greater than the baseline's 1.0.0: increase it and publish a new manifest");
  });

  it('compares versions numerically and reports a lower version', () => {
    const baseline = manifest('1.9.0', READER);
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.10.0', DELETE), { baseline })).toEqual([]);
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.8.9', DELETE), { baseline }).map((f) => f.message))
      .toEqual([expect.stringContaining('(1 added, 1 removed) but plan version 1.8.9 is not greater than the baseline\'s 1.9.0')]);
  });

  it('counts a changed just-in-time policy as a change', () => {
    const eligible = (mfa: boolean) => `${READER}\n    - { principal: ops, role: Contributor, eligible: { maxActivation: PT1H, requireMfa: ${mfa} } }`;
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('2.0.0', eligible(false)), { baseline: manifest('2.0.0', eligible(true)) })).toHaveLength(1);
  });

  it('compares versions that are not n.n.n as strings and reports only equal ones', () => {
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.0', DELETE), { baseline: manifest('1.0', READER) })).toHaveLength(1);
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.1', DELETE), { baseline: manifest('1.0', READER) })).toEqual([]);
  });

  it('accepts a higher version, unchanged or reordered authorizations, and needs a baseline', () => {
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.0.1', `${READER}\n${DELETE}`), { baseline: manifest('1.0.0', READER) })).toEqual([]);
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.0.0', `${DELETE}\n${READER}`), { baseline: manifest('1.0.0', `${READER}\n${DELETE}`) })).toEqual([]);
    expect(checkRule(LH403_PlanVersionNotIncreased, manifest('1.0.0', `${READER}\n${DELETE}`))).toEqual([]);
  });
});
