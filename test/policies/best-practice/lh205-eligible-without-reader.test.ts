import { LH205_EligibleWithoutReader } from '../../../policies/best-practice/lh205-eligible-without-reader';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';

describe('LH205 Eligible principal without a permanent Reader-level authorization', () => {
  it('warns once per delegation and principal, at its first eligible authorization', () => {
    const yaml = manifestWith(`    - { principal: leads, role: Reader }
    - { principal: ops, role: Security Reader }
    - { principal: ops, role: Contributor, eligible: {} }
    - { principal: ops, role: Security Admin, eligible: {} }`);
    const findings = checkRule(LH205_EligibleWithoutReader, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH205', level: 'warning', customer: 'fabrikam', subscription: SUBSCRIPTION, principal: 'ops',
      location: { file: FILE, line: 16, column: 7, path: 'authorizationSets.main[2]' },
    });
    expect(findings[0].message).toBe(
      `"Ops" (ops) is eligible for Contributor, Security Admin in customer fabrikam, subscription ${SUBSCRIPTION} but has no permanent Reader-level authorization there: it cannot see the customer to activate the role`);
  });

  it('does not count an eligible Reader as permanent', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader, eligible: {} }
    - { principal: leads, role: Reader }`);
    const findings = checkRule(LH205_EligibleWithoutReader, planFrom(yaml));
    expect(findings.map((f) => [f.principal, f.location?.line])).toEqual([['ops', 14]]);
  });

  it('accepts an eligible principal with permanent Reader or a role that includes it', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: {} }
    - { principal: leads, role: Monitoring Reader }
    - { principal: leads, role: Security Admin, eligible: {} }`);
    expect(checkRule(LH205_EligibleWithoutReader, planFrom(yaml))).toEqual([]);
  });
});
