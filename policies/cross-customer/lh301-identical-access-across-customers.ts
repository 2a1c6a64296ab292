import { SourceLocation } from '../../lib/model/location';
import { isEligible, Principal } from '../../lib/model/plan';
import { compareStrings, describePrincipal, listNames, roleLabel } from '../../lib/policy/describe';
import { countParameter } from '../../lib/policy/parameters';
import { authorizations, principalsById } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

interface Grant {
  readonly label: string;
  readonly eligible: boolean;
  /** First appearance in the Plan, so messages list roles in manifest order. */
  readonly order: number;
}

interface PrincipalAccess {
  readonly principal: Principal;
  readonly firstSource?: SourceLocation;
  /** Customer key -> grant keys (`<role id>:active|eligible`). */
  readonly byCustomer: Map<string, Set<string>>;
}

/** LH301's parameter. */
export const MINIMUM_CUSTOMERS = countParameter('minimumCustomers', 'How many customers with identical access make a finding.', 2, 2);

interface Grant {
  readonly label: string;
  readonly eligible: boolean;
  /** First appearance in the Plan, so messages list roles in manifest order. */
  readonly order: number;
}

interface PrincipalAccess {
  readonly principal: Principal;
  readonly firstSource?: SourceLocation;
  /** Customer key -> grant keys (`<role id>:active|eligible`). */
  readonly byCustomer: Map<string, Set<string>>;
}

/**
 * LH301: a principal with the same access on several customers makes every one of them reachable through
 * one compromised principal. Per principal, each customer's access signature is the set of (role,
 * active|eligible) over all its delegations; customers sharing a signature form a group, and a group of at
 * least `minimumCustomers` yields one finding. Linear: one pass over the authorizations, Map grouping.
 */
export const LH301_IdenticalAccessAcrossCustomers: Rule = {
  id: 'LH301',
  pack: 'cross-customer',
  title: 'A principal receives identical access on several customers',
  defaultLevel: 'warning',
  rationale:
    'A principal that holds the same roles on many customers is a single point of compromise: whoever controls it reaches every one of those estates. Least privilege per customer (separate groups per customer or per customer tier, deeper access only where needed) limits what one compromise exposes.',
  fix: 'Use a separate group per customer (or per small set of customers) for the access that matters, make privileged roles eligible, or suppress the finding for principals whose shared access is intended (e.g. a read-only NOC), with the reason.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/recommended-security-practices',
  source: 'azure-docs:articles/lighthouse/concepts/recommended-security-practices.md@2022-11-28',
  parameters: [MINIMUM_CUSTOMERS],
  *check({ plan, parameter }: RuleContext): Iterable<FindingDraft> {
    // "Several" customers: a threshold of 0 or 1 would report every principal that has any access.
    const minimum = Math.max(2, parameter(MINIMUM_CUSTOMERS));
    const grants = new Map<string, Grant>();
    const access = new Map<string, PrincipalAccess>();
    for (const { delegation, authorization } of authorizations(plan)) {
      const principalId = authorization.principal.id.toLowerCase();
      const eligible = isEligible(authorization);
      const grantKey = `${authorization.role.id.toLowerCase()}:${eligible ? 'eligible' : 'active'}`;
      if (!grants.has(grantKey)) grants.set(grantKey, { label: roleLabel(authorization.role), eligible, order: grants.size });
      let entry = access.get(principalId);
      if (!entry) {
        entry = { principal: authorization.principal, ...(authorization.source && { firstSource: authorization.source }), byCustomer: new Map() };
        access.set(principalId, entry);
      }
      let customerGrants = entry.byCustomer.get(delegation.customer);
      if (!customerGrants) entry.byCustomer.set(delegation.customer, (customerGrants = new Set()));
      customerGrants.add(grantKey);
    }

    const known = principalsById(plan);
    for (const [principalId, entry] of access) {
      if (entry.byCustomer.size < minimum) continue;
      const groups = new Map<string, { keys: string[]; customers: string[] }>();
      for (const [customer, customerGrants] of entry.byCustomer) {
        const keys = [...customerGrants].sort(compareStrings);
        const signature = keys.join(',');
        let group = groups.get(signature);
        if (!group) groups.set(signature, (group = { keys, customers: [] }));
        group.customers.push(customer);
      }
      const principal = known.get(principalId) ?? entry.principal;
      const location = principal.source ?? entry.firstSource;
      for (const { keys, customers } of groups.values()) {
        if (customers.length < minimum) continue;
        customers.sort(compareStrings);
        const ordered = keys.map((key) => grants.get(key)!).sort((a, b) => a.order - b.order);
        const active = ordered.filter((g) => !g.eligible).map((g) => g.label);
        const eligible = ordered.filter((g) => g.eligible).map((g) => g.label);
        yield {
          message: `${describePrincipal(principal)} has the same access on ${customers.length} customers (${listNames(customers)}): ${active.length > 0 ? active.join(', ') : 'no active role'} (eligible: ${eligible.length > 0 ? eligible.join(', ') : 'none'}) — one compromised principal reaches every one of them`,
          subject: { kind: 'principal', principal, customers },
          ...(location && { location }),
        };
      }
    }
  },
};
