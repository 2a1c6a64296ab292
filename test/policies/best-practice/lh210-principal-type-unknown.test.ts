import { LH109_EligibleServicePrincipal } from '../../../policies/service/lh109-eligible-service-principal';
import { LH210_PrincipalTypeUnknown } from '../../../policies/best-practice/lh210-principal-type-unknown';
import { checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const SET = `    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [spn] } }`;

describe('LH210 Principal type unknown: type-dependent rules cannot check it', () => {
  it('reports each principal of unknown type once, naming the rules that cannot check it', () => {
    const imported = viaArmImport(planFrom(manifestWith(SET)));
    const findings = checkRule(LH210_PrincipalTypeUnknown, imported);
    expect(findings.map((f) => [f.ruleId, f.level, f.principal])).toEqual([
      ['LH210', 'info', '22222222-2222-2222-2222-222222222222'],
      ['LH210', 'info', '44444444-4444-4444-4444-444444444444'],
    ]);
    expect(findings[0].message).toBe('The type of principal "Ops" (22222222-2222-2222-2222-222222222222) is unknown (used in customer fabrikam): LH109, LH202 and LH203 cannot check it; set its type (group, user or servicePrincipal)');
    // The service principal approver is invisible to LH109 while its type is unknown.
    expect(checkRule(LH109_EligibleServicePrincipal, imported)).toEqual([]);
  });

  it('is silent when every principal has a type, and LH109 then fires for the service principal approver', () => {
    const plan = planFrom(manifestWith(SET));
    expect(checkRule(LH210_PrincipalTypeUnknown, plan)).toEqual([]);
    expect(checkRule(LH109_EligibleServicePrincipal, plan).map((f) => f.principal)).toEqual(['spn']);
  });
});
