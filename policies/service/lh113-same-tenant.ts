import { where } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** A delegation whose managing tenant is the customer tenant itself. */
export const LH113_SameTenant: Rule = {
  id: 'LH113',
  pack: 'service',
  title: 'Managing tenant equals the customer tenant',
  defaultLevel: 'error',
  rationale: 'managedByTenantId must differ from the customer (managed) tenant: a tenant cannot delegate its own subscriptions to itself, and the deployment fails.',
  fix: 'Check the tenant ids: managingTenant.id is the MSP\'s tenant, customers.<key>.tenantId the customer\'s.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/onboard-customer',
  source: 'azure-docs:articles/lighthouse/how-to/onboard-customer.md@2023-05-04',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const delegation of plan.delegations) {
      const managing = delegation.managingTenantId;
      const customer = delegation.customerTenantId;
      // '' is an unknown tenant (an imported template does not say whose subscription it is deployed to).
      if (managing === '' || customer === '') continue;
      if (managing.trim().toLowerCase() !== customer.trim().toLowerCase()) continue;
      yield {
        message: `offer ${delegation.offer} in ${where(plan, delegation, { offerNamed: true })} is delegated by tenant ${customer} to itself: the managing tenant must differ from the customer tenant`,
        subject: { kind: 'delegation', delegation },
      };
    }
  },
};
