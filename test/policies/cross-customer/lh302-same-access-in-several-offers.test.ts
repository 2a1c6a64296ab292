import { LH302_SameAccessInSeveralOffers } from '../../../policies/cross-customer/lh302-same-access-in-several-offers';
import { FILE, checkRule, planFrom } from '../../policy/helpers';

const YAML = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: MSP }
principals:
  ops: { id: 33333333-3333-3333-3333-333333333333, displayName: Ops, type: group }
  noc: { id: 22222222-2222-2222-2222-222222222222, displayName: NOC, type: group }
offers:
  managed:
    name: Managed
    authorizations: [base]
  security:
    name: Security
    authorizations: [sec]
authorizationSets:
  base:
    - { principal: ops, role: Reader }
    - { principal: noc, role: Reader }
  sec:
    - { principal: ops, role: Security Reader }
    - principal: ops
      role: Reader
      eligible: { maxActivation: PT1H }
customers:
  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: security, subscription: 88888888-8888-8888-8888-888888888888 }
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }
  northwind:
    displayName: Northwind
    tenantId: 99999999-9999-9999-9999-999999999999
    delegations:
      - { offer: managed, subscription: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa }
`;

describe('LH302 The same principal and role in several offers of one provider', () => {
  it('reports one finding per principal + role spread over several offers, listing the offers', () => {
    const findings = checkRule(LH302_SameAccessInSeveralOffers, planFrom(YAML));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH302', level: 'warning', customer: 'fabrikam', principal: 'ops', role: 'Reader',
      // The first delegation walked is fabrikam's security offer: its (eligible) Reader entry.
      location: { file: FILE, line: 18, column: 7, path: 'authorizationSets.sec[1]' },
    });
    expect(findings[0].message).toBe(
      '"Ops" (ops) gets Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7) from 2 offers of managing tenant 11111111-1111-1111-1111-111111111111 in customer fabrikam (managed, security): removing one of their delegations can remove the access the others grant');
  });

  it('keeps managing tenants apart', () => {
    const plan = planFrom(YAML);
    const delegations = plan.delegations.map((d) => d.offer === 'security' ? { ...d, managingTenantId: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb' } : d);
    expect(checkRule(LH302_SameAccessInSeveralOffers, { ...plan, delegations })).toEqual([]);
  });

  it('keeps customer tenants apart: the removal side effect happens inside one customer tenant', () => {
    // northwind gets only `managed`; give fabrikam only `security`: no tenant holds both offers any more.
    const yaml = YAML.replace('      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }\n', '');
    expect(checkRule(LH302_SameAccessInSeveralOffers, planFrom(yaml))).toEqual([]);
  });

  it('accepts one offer used by several customers and different roles in different offers', () => {
    const yaml = YAML.replace(/    - principal: ops\n      role: Reader\n      eligible: \{ maxActivation: PT1H \}\n/, '');
    expect(checkRule(LH302_SameAccessInSeveralOffers, planFrom(yaml))).toEqual([]);
  });
});
