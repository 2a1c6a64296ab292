import { LH206_PrincipalWithoutDisplayName } from '../../../policies/best-practice/lh206-principal-without-display-name';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';
const NAMELESS = '66666666-6666-6666-6666-666666666666';

describe('LH206 Principal without a display name', () => {
  it('reports a principal without a display name once per delegation, at its principals entry', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: nameless, role: Reader }
    - { principal: nameless, role: Managed Services Registration assignment Delete Role }
    - { principal: ops, role: Contributor, eligible: { approvers: [nameless] } }`);
    const findings = checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH206', level: 'info', customer: 'fabrikam', subscription: SUBSCRIPTION, principal: 'nameless',
      location: { file: FILE, line: 7, column: 3, path: 'principals.nameless' },
    });
    expect(findings[0].message).toBe(
      `Principal "nameless" (${NAMELESS}) in customer fabrikam, subscription ${SUBSCRIPTION} has no display name: the customer sees a bare object id`);
  });

  it('reports an approver without a display name', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads, nameless] } }`);
    const findings = checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`Approver "nameless" (${NAMELESS}) in customer fabrikam`);
    expect(findings[0].location).toEqual({ file: FILE, line: 7, column: 3, path: 'principals.nameless' });
  });

  it('falls back to the authorization for imported principals without a source', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }'));
    const delegation = plan.delegations[0];
    const authorization = delegation.authorizations[0];
    const imported = { id: authorization.principal.id };
    const modified = { ...plan, delegations: [{ ...delegation, authorizations: [{ ...authorization, principal: imported }] }] };
    const findings = checkRule(LH206_PrincipalWithoutDisplayName, modified);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Principal "22222222-2222-2222-2222-222222222222" in customer fabrikam');
    expect(findings[0].location).toEqual({ file: FILE, line: 14, column: 7, path: 'authorizationSets.main[0]' });
  });

  it('accepts principals and approvers that all have display names', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads] } }`);
    expect(checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml))).toEqual([]);
  });
});
