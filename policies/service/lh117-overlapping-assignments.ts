import { formatLocation } from '../../lib/model/location';
import { DelegatedScope, Delegation } from '../../lib/model/plan';
import { where } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { groupBy } from '../../lib/util/group-by';

interface Assignment {
  readonly delegation: Delegation;
  readonly scope: DelegatedScope;
  /** Lower-cased scope id without a trailing slash: ARM ids compare case-insensitively. */
  readonly key: string;
}

/**
 * Two assignments of the same offer on overlapping scopes of one subscription: the same scope twice, or the
 * subscription and one of its resource groups. Grouped by subscription + offer, so linear in the assignments.
 */
export const LH117_OverlappingAssignments: Rule = {
  id: 'LH117',
  pack: 'service',
  title: 'Two assignments of the same offer on overlapping scopes',
  defaultLevel: 'error',
  rationale:
    'A scope cannot hold two registration assignments of the same offer (mspOfferName): "Another registration assignment '
    + 'present at this scope ... Multiple registration assignments are not allowed." Assigning an offer to a subscription '
    + 'and also to one of its resource groups is the same mistake one level down (derived): both assignments come from one '
    + 'registration definition per subscription and offer, and the subscription assignment already covers the resource group.',
  fix: 'Delegate each scope once per offer: either the whole subscription or some of its resource groups, in one delegation entry.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/onboard-customer',
  source: 'azure-docs:articles/lighthouse/how-to/onboard-customer.md@2023-05-04 ; Azure/Azure-Lighthouse-samples#85',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    // Delegations by subscription and offer first; scope keys only where two assignments could overlap.
    const byGroup = groupBy(plan.delegations, (d) => `${d.subscriptionId.toLowerCase()}\u0000${d.offer}`);
    for (const delegations of byGroup.values()) {
      if (delegations.length === 1 && delegations[0].scopes.length < 2) continue;
      const assignments = delegations.flatMap((delegation) => delegation.scopes.map((scope): Assignment => ({ delegation, scope, key: scopeKey(scope.id) })));
      if (assignments.length < 2) continue;
      const subscriptionKey = `/subscriptions/${assignments[0].delegation.subscriptionId.toLowerCase()}`;
      const wholeSubscription = assignments.find((a) => a.key === subscriptionKey);
      const seen = new Map<string, Assignment>();
      for (const assignment of assignments) {
        const { delegation, scope } = assignment;
        const earlier = seen.get(assignment.key);
        if (earlier) {
          yield finding(assignment,
            `offer ${delegation.offer} is assigned twice to scope ${scope.id} in ${where(plan, delegation, { offerNamed: true })}${firstAt(earlier)}: `
            + 'a scope takes one registration assignment per offer', 'twice');
          continue;
        }
        seen.set(assignment.key, assignment);
        if (wholeSubscription && assignment !== wholeSubscription && assignment.key.startsWith(`${subscriptionKey}/`)) {
          yield finding(assignment,
            `offer ${delegation.offer} is assigned to ${scope.id} and to its whole subscription in ${where(plan, delegation, { offerNamed: true })}${firstAt(wholeSubscription, 'subscription assignment')}: `
            + 'the subscription assignment already covers the resource group; delegate one or the other', 'overlap');
        }
      }
    }
  },
};

function scopeKey(id: string): string {
  const lower = id.toLowerCase();
  return lower.endsWith('/') ? lower.replace(/\/+$/, '') : lower;
}

function firstAt(assignment: Assignment, what = 'first'): string {
  const location = assignment.scope.source ?? assignment.delegation.source;
  return location ? ` (${what} at ${formatLocation(location)})` : '';
}

function finding({ delegation, scope }: Assignment, message: string, aspect: string): FindingDraft {
  return { message, subject: { kind: 'delegation', delegation, scope }, aspect };
}
