import { SourceLocation } from '../../lib/model/location';
import { Authorization, isEligible, Principal } from '../../lib/model/plan';
import { compareStrings, describePrincipal, listNames, roleLabel } from '../../lib/policy/describe';
import { countParameter } from '../../lib/policy/parameters';
import { perList, principalsById } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

interface Grant {
  readonly label: string;
  readonly eligible: boolean;
  /** First appearance in the Plan, so messages list roles in manifest order. */
  readonly order: number;
}

/** A principal as the walk over the Plan first meets it. */
interface PrincipalUse {
  readonly principal: Principal;
  readonly firstSource?: SourceLocation;
}

/** LH301's parameter. */
export const MINIMUM_CUSTOMERS = countParameter('minimumCustomers', 'How many customers with identical access make a finding.', 2, 2);

/**
 * LH301: a principal with the same access on several customers makes every one of them reachable through
 * one compromised principal. Per principal, each customer's access signature is the set of (role,
 * active|eligible) over all its delegations; customers sharing a signature form a group, and a group of at
 * least `minimumCustomers` yields one finding. Linear: one pass over the delegations; what depends on the
 * authorizations alone is worked out once per distinct list, a customer's signatures once per combination of lists.
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
    // What each distinct authorization list grants each principal (grant keys `<role id>:active|eligible`), first use
    // first. Lists are shared (every delegation of an offer), so all per-authorization work happens once per list.
    const grantsOf = perList((list) => {
      const byPrincipal = new Map<string, PrincipalUse & { keys: Set<string> }>();
      for (const authorization of list) {
        const principalId = authorization.principal.id.toLowerCase();
        const eligible = isEligible(authorization);
        const grantKey = `${authorization.role.id.toLowerCase()}:${eligible ? 'eligible' : 'active'}`;
        if (!grants.has(grantKey)) grants.set(grantKey, { label: roleLabel(authorization.role), eligible, order: grants.size });
        let entry = byPrincipal.get(principalId);
        if (!entry) byPrincipal.set(principalId, (entry = { principal: authorization.principal, ...(authorization.source && { firstSource: authorization.source }), keys: new Set() }));
        entry.keys.add(grantKey);
      }
      return byPrincipal;
    });
    // Principals in the order the walk meets them (only the first use of a list can add one), and each customer's
    // distinct lists.
    const principals = new Map<string, PrincipalUse>();
    const listIds = new Map<readonly Authorization[], number>();
    const customerLists = new Map<string, Array<readonly Authorization[]>>();
    for (const delegation of plan.delegations) {
      const list = delegation.authorizations;
      if (!listIds.has(list)) {
        listIds.set(list, listIds.size);
        for (const [principalId, use] of grantsOf(list)) if (!principals.has(principalId)) principals.set(principalId, use);
      }
      let lists = customerLists.get(delegation.customer);
      if (!lists) customerLists.set(delegation.customer, (lists = []));
      if (!lists.includes(list)) lists.push(list);
    }
    // A customer's access signature per principal depends only on its combination of lists: computed once per
    // combination; then per principal, signature -> customers.
    const combinations = new Map<string, Map<string, string>>();
    const keysOf = new Map<string, string[]>();
    const customersOf = new Map<string, Map<string, string[]>>();
    for (const [customer, lists] of customerLists) {
      const id = lists.map((list) => listIds.get(list)).join(',');
      let signatures = combinations.get(id);
      if (!signatures) combinations.set(id, (signatures = combinationSignatures(lists.map(grantsOf), keysOf)));
      for (const [principalId, signature] of signatures) {
        let groups = customersOf.get(principalId);
        if (!groups) customersOf.set(principalId, (groups = new Map()));
        let customers = groups.get(signature);
        if (!customers) groups.set(signature, (customers = []));
        customers.push(customer);
      }
    }

    const known = principalsById(plan);
    for (const [principalId, use] of principals) {
      const groups = customersOf.get(principalId)!;
      let reached = 0;
      for (const customers of groups.values()) reached += customers.length;
      if (reached < minimum) continue;
      const principal = known.get(principalId) ?? use.principal;
      const location = principal.source ?? use.firstSource;
      for (const [signature, customers] of groups) {
        if (customers.length < minimum) continue;
        customers.sort(compareStrings);
        const ordered = keysOf.get(signature)!.map((key) => grants.get(key)!).sort((a, b) => a.order - b.order);
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

/** Per principal of a combination of lists: the sorted union of its grant keys, joined (its signature); `keysOf` learns each signature's keys. */
function combinationSignatures(lists: ReadonlyArray<ReadonlyMap<string, { readonly keys: ReadonlySet<string> }>>, keysOf: Map<string, string[]>): Map<string, string> {
  const union = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const [principalId, { keys }] of list) {
      let all = union.get(principalId);
      if (!all) union.set(principalId, (all = new Set()));
      for (const key of keys) all.add(key);
    }
  }
  const signatures = new Map<string, string>();
  for (const [principalId, all] of union) {
    const keys = [...all].sort(compareStrings);
    const signature = keys.join(',');
    if (!keysOf.has(signature)) keysOf.set(signature, keys);
    signatures.set(principalId, signature);
  }
  return signatures;
}
