import { LH304_DelegationRemoved } from '../../../policies/cross-customer/lh304-delegation-removed';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const TWO = `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }
      - { offer: managed, subscription: 99999999-9999-9999-9999-999999999999 }
  contoso:
    displayName: Contoso
    tenantId: aaaaaaaa-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: bbbbbbbb-8888-8888-8888-888888888888 }`;
const ONE = `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }`;
const set = '    - { principal: ops, role: Reader }';

describe('LH304 A customer or delegation removed since the baseline', () => {
  it('reports a removed customer once (destroy its stack first) and a removed delegation of a remaining customer', () => {
    const findings = checkRule(LH304_DelegationRemoved, planFrom(manifestWith(set, { customers: ONE })), { baseline: planFrom(manifestWith(set, { customers: TWO })) });
    expect(findings.map((f) => [f.ruleId, f.level, f.customer, f.subscription])).toEqual([
      ['LH304', 'warning', 'contoso', 'bbbbbbbb-8888-8888-8888-888888888888'],
      ['LH304', 'warning', 'fabrikam', '99999999-9999-9999-9999-999999999999'],
    ]);
    expect(findings[0].message).toBe('Customer contoso had 1 delegation in the baseline and has none now: its stack is no longer synthesized, so nothing removes the delegation of offer managed from Azure. Destroy the stack (cdktf destroy contoso) before merging, or the provider keeps its access');
    expect(findings[0].location).toMatchObject({ file: FILE, path: 'managingTenant' });
    expect(findings[1].message).toBe('Offer managed in customer fabrikam, subscription 99999999-9999-9999-9999-999999999999 was removed since the baseline: apply the customer\'s stack so that Terraform destroys it, or the delegation stays live');
    expect(findings[1].location).toMatchObject({ file: FILE, path: 'customers.fabrikam' });
  });

  it('is silent without a baseline, for an unchanged input, and when delegations were only added', () => {
    const now = planFrom(manifestWith(set, { customers: TWO }));
    expect(checkRule(LH304_DelegationRemoved, now)).toEqual([]);
    expect(checkRule(LH304_DelegationRemoved, now, { baseline: planFrom(manifestWith(set, { customers: TWO })) })).toEqual([]);
    expect(checkRule(LH304_DelegationRemoved, now, { baseline: planFrom(manifestWith(set, { customers: ONE })) })).toEqual([]);
  });

  it('does not take a renamed offer title or a changed set for a removal', () => {
    const before = planFrom(manifestWith(set, { customers: TWO }));
    const after = planFrom(manifestWith('    - { principal: leads, role: Reader }', { customers: TWO }).replace('name: Managed', 'name: Managed Ops'));
    expect(checkRule(LH304_DelegationRemoved, after, { baseline: before })).toEqual([]);
  });
});
