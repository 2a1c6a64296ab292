import { Plan, Principal } from '../../../lib/model/plan';
import { LH109_EligibleServicePrincipal } from '../../../policies/service/lh109-eligible-service-principal';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH109 eligible authorization or approver that is a service principal', () => {
  test('reports an eligible service principal at the authorization', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: spn
      role: Contributor
      eligible: {}`));
    const findings = checkRule(LH109_EligibleServicePrincipal, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH109', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'spn', role: 'Contributor',
      message: `"Pipeline" (spn) is a service principal and is granted Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) as eligible in customer fabrikam, subscription ${SUB}: `
        + 'eligible authorizations take users and groups only',
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
  });

  test('reports a service principal approver, naming the approver as the principal', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: alice
      role: Contributor
      eligible: { approvers: [leads, spn] }`));
    const findings = checkRule(LH109_EligibleServicePrincipal, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      principal: 'spn', role: 'Contributor',
      message: `approver "Pipeline" (spn) of the eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization of "Alice" (alice) in customer fabrikam, subscription ${SUB} `
        + 'is a service principal: approvers must be users or groups',
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
  });

  test('says nothing when the input does not record principal types', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: spn, role: Contributor, eligible: { approvers: [spn] } }`));
    const untyped = (p: Principal): Principal => ({ id: p.id, ...(p.displayName !== undefined && { displayName: p.displayName }) });
    const imported: Plan = {
      ...plan,
      delegations: plan.delegations.map((d) => ({
        ...d,
        authorizations: d.authorizations.map((a) => ({
          ...a, principal: untyped(a.principal),
          ...(a.eligible && { eligible: { ...a.eligible, approvers: a.eligible.approvers.map(untyped) } }),
        })),
      })),
    };
    expect(checkRule(LH109_EligibleServicePrincipal, imported)).toEqual([]);
  });

  test('compliant: users and groups eligible and approving; service principals active', () => {
    const plan = planFrom(manifestWith(`    - { principal: spn, role: Contributor }
    - { principal: alice, role: Contributor, eligible: { approvers: [leads] } }`));
    expect(checkRule(LH109_EligibleServicePrincipal, plan)).toEqual([]);
  });
});
