import { LH204_EligibleWithoutMfa } from '../../../policies/best-practice/lh204-eligible-without-mfa';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';

describe('LH204 Eligible authorization that does not require MFA', () => {
  it('warns about an eligible authorization with requireMfa: false', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - principal: ops
      role: Contributor
      eligible: { maxActivation: PT1H, requireMfa: false }`);
    const findings = checkRule(LH204_EligibleWithoutMfa, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH204', level: 'warning', customer: 'fabrikam', subscription: SUBSCRIPTION, principal: 'ops', role: 'Contributor',
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
    expect(findings[0].message).toBe(
      `Eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) for "Ops" (ops) in customer fabrikam, subscription ${SUBSCRIPTION} can be activated without MFA: set requireMfa: true`);
  });

  it('accepts eligible authorizations with MFA (explicit or by default) and active ones', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { requireMfa: true } }
    - { principal: leads, role: Contributor, eligible: {} }`);
    expect(checkRule(LH204_EligibleWithoutMfa, planFrom(yaml))).toEqual([]);
  });
});
