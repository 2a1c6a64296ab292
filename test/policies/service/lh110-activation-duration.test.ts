import { Plan } from '../../../lib/model/plan';
import { LH110_ActivationDuration } from '../../../policies/service/lh110-activation-duration';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

function eligibleWith(maxActivation: string): string {
  return manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: Contributor
      eligible: { maxActivation: ${maxActivation} }`);
}

/** The manifest schema only lets ISO-shaped durations through; imports can carry anything. */
function withDuration(plan: Plan, duration: string): Plan {
  return {
    ...plan,
    delegations: plan.delegations.map((d) => ({
      ...d, authorizations: d.authorizations.map((a) => (a.eligible ? { ...a, eligible: { ...a.eligible, maximumActivationDuration: duration } } : a)),
    })),
  };
}

describe('LH110 maximumActivationDuration outside PT30M..PT8H or not ISO 8601', () => {
  test('reports a duration in days at the authorization', () => {
    const findings = checkRule(LH110_ActivationDuration, planFrom(eligibleWith('P1D')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH110', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'alice', role: 'Contributor',
      message: `maximum activation duration "P1D" of the eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization of "Alice" (alice) in customer fabrikam, subscription ${SUB} is outside PT30M..PT8H`,
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
  });

  test.each(['PT29M', 'PT8H1S', 'PT9H', 'PT1799S'])('reports %s as out of range', (duration) => {
    const findings = checkRule(LH110_ActivationDuration, planFrom(eligibleWith(duration)));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(`"${duration}" of the eligible Contributor`)]);
    expect(findings[0].message).toMatch(/is outside PT30M\.\.PT8H$/);
  });

  test.each(['8 hours', 'PT8h', '', 'P1H'])('reports %j as not ISO 8601', (duration) => {
    const findings = checkRule(LH110_ActivationDuration, withDuration(planFrom(eligibleWith('PT1H')), duration));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`${JSON.stringify(duration)} of the eligible Contributor`);
    expect(findings[0].message).toMatch(/is not an ISO 8601 duration$/);
  });

  test.each(['PT30M', 'PT8H', 'PT6H30M', 'PT1800S', 'PT480M'])('compliant: %s', (duration) => {
    expect(checkRule(LH110_ActivationDuration, planFrom(eligibleWith(duration)))).toEqual([]);
  });

  test('compliant: the default (PT8H) when no duration is given', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Contributor, eligible: {} }`));
    expect(checkRule(LH110_ActivationDuration, plan)).toEqual([]);
  });
});
