import { LH119_EligiblePolicyMismatch } from '../../../policies/service/lh119-eligible-policy-mismatch';
import { FILE, checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';
const MISMATCH = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, approvers: [leads] } }
    - { principal: leads, role: Reader }
    - { principal: leads, role: Contributor, eligible: { maxActivation: PT2H, requireMfa: false } }`);

describe('LH119 Eligible authorizations with one role but different just-in-time policies', () => {
  it('reports the authorization whose policy differs from the first of its role, saying what differs', () => {
    const findings = checkRule(LH119_EligiblePolicyMismatch, planFrom(MISMATCH));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH119', level: 'error', customer: 'fabrikam', subscription: SUBSCRIPTION, principal: 'leads', role: 'Contributor',
      location: { file: FILE, line: 17, column: 7, path: 'authorizationSets.main[3]' },
    });
    expect(findings[0].message).toBe(`the eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization of "Leads" (leads) in customer fabrikam, subscription ${SUBSCRIPTION} `
      + `has another just-in-time policy than the one of "Ops" (ops) at ${FILE}:15:7 (maximum activation PT2H, not PT4H; MFA optional, not required; approvers none, not leads): `
      + 'eligible authorizations with one role must share one policy');
  });

  it('accepts one policy per role (PT4H and PT240M are one duration; approvers in any order), and different roles with different policies', () => {
    const same = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, approvers: [leads, alice] } }
    - { principal: leads, role: Reader }
    - { principal: leads, role: Contributor, eligible: { maxActivation: PT240M, approvers: [alice, leads] } }
    - { principal: alice, role: Monitoring Contributor, eligible: { maxActivation: PT1H, requireMfa: false } }`);
    expect(checkRule(LH119_EligiblePolicyMismatch, planFrom(same))).toEqual([]);
  });

  it('fires on an imported ARM template too (authorizations and policies come through the importer)', () => {
    const imported = viaArmImport(planFrom(MISMATCH));
    const findings = checkRule(LH119_EligiblePolicyMismatch, imported);
    expect(findings.map((f) => [f.ruleId, f.principal, f.role])).toEqual([['LH119', '55555555-5555-5555-5555-555555555555', 'Contributor']]);
    expect(findings[0].message).toContain('maximum activation PT2H, not PT4H; MFA optional, not required');
  });
});
