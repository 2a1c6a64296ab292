import { Delegation } from '../../lib/model/plan';
import { compareStrings, describePrincipal, listNames, roleText } from '../../lib/policy/describe';
import { AuthorizationInDelegation, perAuthorizationList } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { groupBy } from '../../lib/util/group-by';

/**
 * LH302: the same principal + role pair in several offers of one managing tenant. Removing one of their
 * delegations can remove the access the others grant (azure-docs:articles/lighthouse/how-to/remove-delegation.md). That happens inside one customer
 * tenant (a removal deletes the pair's role assignments there), so the groups are per customer tenant,
 * managing tenant, principal id and role id; one finding per group that spans more than one offer.
 */
export const LH302_SameAccessInSeveralOffers: Rule = {
  id: 'LH302',
  pack: 'cross-customer',
  title: 'The same principal and role in several offers of one provider',
  defaultLevel: 'warning',
  rationale:
    'When the same principalId and roleDefinitionId pair appears in several delegations from one provider, removing one of those delegations can remove the access granted by the others, which then have to be onboarded again.',
  fix: 'Grant each principal + role pair in one offer only (e.g. move shared read access into one base offer), or accept the finding knowing that removing one offer from a customer requires re-onboarding the others.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/remove-delegation',
  source: 'azure-docs:articles/lighthouse/how-to/remove-delegation.md@2025-09-22',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    // One customer tenant at a time: the groups never span tenants, and small per-tenant maps keep this
    // linear and light at 10,000 customers (one map over every tenant held 300,000 long keys at once).
    const byTenant = groupBy(plan.delegations, (d) => d.customerTenantId.toLowerCase());
    // `principal|role` of each entry, once per distinct authorization list.
    const keysOf = perAuthorizationList((list) => list.map((a) => `${a.principal.id.toLowerCase()}|${a.role.id.toLowerCase()}`));
    for (const delegations of byTenant.values()) {
      // One offer (the usual case) cannot give the same access twice.
      if (delegations.every((d) => d.offer === delegations[0].offer)) continue;
      yield* tenantFindings(delegations, keysOf);
    }
  },
};

interface Group { readonly first: AuthorizationInDelegation; readonly offers: Set<string> }

function* tenantFindings(delegations: readonly Delegation[], keysOf: (delegation: Delegation) => readonly string[]): Generator<FindingDraft> {
  // Per managing tenant, per principal and role; `order` keeps the groups in the order they were first seen.
  const byManaging = new Map<string, Map<string, Group>>();
  const order: Group[] = [];
  for (const delegation of delegations) {
    const managing = delegation.managingTenantId.toLowerCase();
    let groups = byManaging.get(managing);
    if (!groups) byManaging.set(managing, (groups = new Map()));
    const keys = keysOf(delegation);
    delegation.authorizations.forEach((authorization, i) => {
      let group = groups!.get(keys[i]);
      if (!group) {
        groups!.set(keys[i], (group = { first: { delegation, authorization }, offers: new Set() }));
        order.push(group);
      }
      group.offers.add(delegation.offer);
    });
  }
  for (const { first, offers } of order) {
    if (offers.size < 2) continue;
    const { delegation, authorization } = first;
    const names = [...offers].sort(compareStrings);
    yield {
      message: `${describePrincipal(authorization.principal)} gets ${roleText(authorization.role)} from ${names.length} offers of managing tenant ${delegation.managingTenantId} in customer ${delegation.customer} (${listNames(names)}): removing one of their delegations can remove the access the others grant`,
      subject: { kind: 'principal', principal: authorization.principal, customers: [delegation.customer], role: authorization.role },
      ...(authorization.source && { location: authorization.source }),
      aspect: delegation.managingTenantId.toLowerCase(),
    };
  }
}
