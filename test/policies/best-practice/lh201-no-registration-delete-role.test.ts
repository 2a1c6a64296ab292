import { LH201_NoRegistrationDeleteRole } from '../../../policies/best-practice/lh201-no-registration-delete-role';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

const SUBSCRIPTION = '88888888-8888-8888-8888-888888888888';

describe('LH201 No authorization with Managed Services Registration assignment Delete Role', () => {
  it('warns per delegation when no active authorization grants the Delete Role', () => {
    const findings = checkRule(LH201_NoRegistrationDeleteRole, planFrom(manifestWith('    - { principal: ops, role: Reader }')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH201', level: 'warning', customer: 'fabrikam', subscription: SUBSCRIPTION,
      location: { file: FILE, line: 20, column: 9, path: 'customers.fabrikam.delegations[0]' },
    });
    expect(findings[0].message).toBe(
      `Offer managed in customer fabrikam, subscription ${SUBSCRIPTION} has no active authorization with Managed Services Registration assignment Delete Role (91c1777a-f3dc-4fae-b103-61d183457e46): the provider cannot remove its own access, only the customer can`);
  });

  it('does not count an eligible Delete Role, and reports each customer using the set', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - principal: ops
      role: Managed Services Registration assignment Delete Role
      eligible: { maxActivation: PT1H }`, {
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: ${SUBSCRIPTION} }
  northwind:
    displayName: Northwind
    tenantId: 99999999-9999-9999-9999-999999999999
    delegations:
      - { offer: managed, subscription: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa }`,
    });
    const findings = checkRule(LH201_NoRegistrationDeleteRole, planFrom(yaml));
    expect(findings.map((f) => [f.customer, f.location?.line])).toEqual([['fabrikam', 23], ['northwind', 28]]);
  });

  it('accepts a definition with an active Delete Role authorization', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: 91c1777a-f3dc-4fae-b103-61d183457e46 }`);
    expect(checkRule(LH201_NoRegistrationDeleteRole, planFrom(yaml))).toEqual([]);
  });
});
