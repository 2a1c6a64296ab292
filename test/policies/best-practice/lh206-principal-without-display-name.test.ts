import { LH206_PrincipalWithoutDisplayName } from '../../../policies/best-practice/lh206-principal-without-display-name';
import { FILE, checkRule, manifestWith, planFrom, TWO_CUSTOMERS } from '../../policy/helpers';

const NAMELESS = '66666666-6666-6666-6666-666666666666';

describe('LH206 Principal without a display name', () => {
  it('reports a principal without a display name once, at its principals entry, naming where it is used', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: nameless, role: Reader }
    - { principal: nameless, role: Managed Services Registration assignment Delete Role }
    - { principal: ops, role: Contributor, eligible: { approvers: [nameless] } }`);
    const findings = checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH206', level: 'info', customer: 'fabrikam', principal: 'nameless',
      location: { file: FILE, line: 7, column: 3, path: 'principals.nameless' },
    });
    expect(findings[0].message).toBe(
      `Principal "nameless" (${NAMELESS}) has no display name (used in customer fabrikam): the customer sees a bare object id`);
  });

  it('once per principal, not per customer and subscription: three principals on three delegations are three findings', () => {
    const yaml = manifestWith(`    - { principal: nameless, role: Reader }
    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads] } }`, { customers: TWO_CUSTOMERS })
      .replace('displayName: Ops, ', '').replace('displayName: Leads, ', '');
    const findings = checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml));
    // In file order of the principals entries, where each finding points.
    expect(findings.map((f) => f.principal)).toEqual(['ops', 'leads', 'nameless']);
    expect(findings.map((f) => f.message.slice(0, f.message.indexOf(' has no'))).join('; '))
      .toBe(`Principal "ops" (22222222-2222-2222-2222-222222222222); Approver "leads" (55555555-5555-5555-5555-555555555555); Principal "nameless" (${NAMELESS})`);
    expect(findings.every((f) => f.message.includes('(used in customers fabrikam, northwind)'))).toBe(true);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
    // Across customers the finding is plan-wide in reports, with the customers as data.
    expect(findings[0]).toMatchObject({ customers: ['fabrikam', 'northwind'] });
    expect(findings[0].customer).toBeUndefined();
  });

  it('reports an approver without a display name', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads, nameless] } }`);
    const findings = checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(`Approver "nameless" (${NAMELESS}) has no display name (used in customer fabrikam): the customer sees a bare object id`);
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
    expect(findings[0].message).toBe('Principal "22222222-2222-2222-2222-222222222222" has no display name (used in customer fabrikam): the customer sees a bare object id');
    expect(findings[0].location).toEqual({ file: FILE, line: 14, column: 7, path: 'authorizationSets.main[0]' });
  });

  it('accepts principals and approvers that all have display names', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [leads] } }`);
    expect(checkRule(LH206_PrincipalWithoutDisplayName, planFrom(yaml))).toEqual([]);
  });
});
