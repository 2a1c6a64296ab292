import { LH303_ManagingTenantNotAllowed } from '../../../policies/cross-customer/lh303-managing-tenant-not-allowed';
import { FILE, checkRule, manifestWith, planFrom, TWO_CUSTOMERS } from '../../policy/helpers';

const TENANT = '11111111-1111-1111-1111-111111111111';
const OTHER = 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';
const plan = () => planFrom(manifestWith('    - { principal: ops, role: Reader }', { customers: TWO_CUSTOMERS }));

describe("LH303 Managing tenant not in the policy's allowed list", () => {
  it('reports a managing tenant outside allowedManagingTenants once, at managingTenant', () => {
    const findings = checkRule(LH303_ManagingTenantNotAllowed, plan(), { parameters: { allowedManagingTenants: [OTHER.toUpperCase()] } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH303', level: 'error', customers: ['fabrikam', 'northwind'], subject: { kind: 'managingTenant', tenantId: TENANT },
      location: { file: FILE, line: 1, column: 17, path: 'managingTenant' },
    });
    expect(findings[0].message).toBe(
      `Managing tenant ${TENANT} (MSP) is not in the policy's allowedManagingTenants (${OTHER}) but manages 3 delegations of customers fabrikam, northwind`);
  });

  it('reports each distinct tenant of an import that mixes tenants, at its first delegation', () => {
    const base = plan();
    const { managingTenant: _omitted, ...rest } = base;
    const delegations = base.delegations.map((d, i) => i === 2 ? { ...d, managingTenantId: OTHER } : d);
    const findings = checkRule(LH303_ManagingTenantNotAllowed, { ...rest, delegations }, { parameters: { allowedManagingTenants: ['cccccccc-cccc-cccc-cccc-cccccccccccc'] } });
    expect(findings.map((f) => [f.subject.kind === 'managingTenant' && f.subject.tenantId, f.location?.path])).toEqual([
      [TENANT, 'customers.fabrikam.delegations[0]'],
      [OTHER, 'customers.northwind.delegations[0]'],
    ]);
    expect(findings[1].message).toBe(
      `Managing tenant ${OTHER} is not in the policy's allowedManagingTenants (cccccccc-cccc-cccc-cccc-cccccccccccc) but manages 1 delegation of customer northwind`);
  });

  it('accepts an allowed tenant (any case) and stays silent when the list is empty', () => {
    expect(checkRule(LH303_ManagingTenantNotAllowed, plan(), { parameters: { allowedManagingTenants: [OTHER, ` ${TENANT.toUpperCase()} `] } })).toEqual([]);
    expect(checkRule(LH303_ManagingTenantNotAllowed, plan(), { parameters: { allowedManagingTenants: [] } })).toEqual([]);
  });
});
