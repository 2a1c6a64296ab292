import { Delegation } from '../../lib/model/plan';
import { compareStrings, listNames } from '../../lib/policy/describe';
import { tenantsParameter } from '../../lib/policy/parameters';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** LH303's parameter: empty means LH303 has nothing to compare with and stays silent. */
export const ALLOWED_MANAGING_TENANTS = tenantsParameter('allowedManagingTenants',
  "Managing tenant ids allowed to onboard (mirrors the Azure Policy 'Allow managing tenant ids to onboard through Azure Lighthouse'); empty: the rule is silent.");

/**
 * LH303: the managing tenant of a delegation is not in the policy's `allowedManagingTenants`, mirroring
 * the built-in Azure Policy "Allow managing tenant ids to onboard through Azure Lighthouse"
 * (7a8a51a3-ad87-4def-96f3-65a1839242b6). Silent when the list is empty; one finding per distinct tenant.
 */
export const LH303_ManagingTenantNotAllowed: Rule = {
  id: 'LH303',
  pack: 'cross-customer',
  title: "Managing tenant not in the policy's allowed list",
  defaultLevel: 'error',
  rationale:
    'Customers restrict who may manage them with the built-in Azure Policy "Allow managing tenant ids to onboard through Azure Lighthouse" (deny effect on registration definitions whose managedByTenantId is not listed); the policy file\'s allowedManagingTenants mirrors that list, so a delegation from any other tenant is either a mistake (a test or wrong tenant id) or would be denied.',
  fix: 'Use one of the allowed managing tenant ids in managingTenant.id, or add the tenant to parameters.allowedManagingTenants in the policy file if it is legitimately yours.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/view-manage-service-providers',
  source: 'azure-docs:articles/lighthouse/how-to/view-manage-service-providers.md@2025-09-22',
  parameters: [ALLOWED_MANAGING_TENANTS],
  *check({ plan, parameter }: RuleContext): Iterable<FindingDraft> {
    const allowedList = parameter(ALLOWED_MANAGING_TENANTS).filter((t) => t.trim() !== '');
    if (allowedList.length === 0) return;
    const allowed = new Set(allowedList.map((t) => t.trim().toLowerCase()));
    const byTenant = new Map<string, { first: Delegation; customers: Set<string>; count: number }>();
    for (const delegation of plan.delegations) {
      const tenant = delegation.managingTenantId.trim().toLowerCase();
      if (allowed.has(tenant)) continue;
      let entry = byTenant.get(tenant);
      if (!entry) byTenant.set(tenant, (entry = { first: delegation, customers: new Set(), count: 0 }));
      entry.customers.add(delegation.customer);
      entry.count++;
    }
    const managing = plan.managingTenant;
    for (const [tenant, { first, customers, count }] of byTenant) {
      const isPlanTenant = managing !== undefined && managing.id.toLowerCase() === tenant;
      const name = isPlanTenant && managing.name ? ` (${managing.name})` : '';
      const location = (isPlanTenant ? managing.source : undefined) ?? first.source;
      const customerKeys = [...customers].sort(compareStrings);
      yield {
        message: `Managing tenant ${first.managingTenantId}${name} is not in the policy's allowedManagingTenants (${listNames([...allowed])}) but manages ${count} delegation${count === 1 ? '' : 's'} of customer${customerKeys.length === 1 ? '' : 's'} ${listNames(customerKeys)}`,
        subject: { kind: 'managingTenant', tenantId: tenant, customers: customerKeys },
        ...(location && { location }),
      };
    }
  },
};
