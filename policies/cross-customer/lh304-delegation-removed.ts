import { Delegation } from '../../lib/model/plan';
import { matchDelegations } from '../../lib/model/match-delegations';
import { compareStrings, where } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { groupBy } from '../../lib/util/group-by';

/**
 * LH304 (with --baseline): a customer or delegation of the baseline that the checked input no longer has. Terraform
 * destroys a delegation removed from a stack that still exists; a customer removed altogether loses its stack, and
 * nothing destroys what that stack deployed.
 */
export const LH304_DelegationRemoved: Rule = {
  id: 'LH304',
  pack: 'cross-customer',
  title: 'A customer or delegation removed since the baseline',
  defaultLevel: 'warning',
  rationale:
    'Removing a delegation from the manifest removes it from Azure only when Terraform applies the stack that held it. A '
    + 'customer removed altogether is no longer synthesized: no stack is left to apply, so its registration definitions and '
    + 'assignments stay live and the provider keeps its access. Only principals with Managed Services Registration Assignment '
    + 'Delete Role, or the customer, can remove a delegation by hand.',
  fix: 'Before merging the removal, destroy the customer\'s stack (`cdktf destroy <stack>` or `terraform destroy` in cdktf.out/stacks/<stack>), '
    + 'or ask the customer to remove the offer under Service providers; for a removed delegation, apply the customer\'s stack.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/remove-delegation',
  source: 'azure-docs:articles/lighthouse/how-to/remove-delegation.md@2025-09-22',
  *check({ plan, baseline }: RuleContext): Iterable<FindingDraft> {
    if (!baseline) return;
    const { removed } = matchDelegations(baseline.delegations, plan.delegations);
    if (removed.length === 0) return;
    const remaining = new Map(plan.customers.map((c) => [c.key, c]));
    const stillDelegated = new Set(plan.delegations.map((d) => d.customer));
    const location = plan.managingTenant?.source;
    for (const [customer, delegations] of groupBy(removed, (d) => d.customer)) {
      if (!stillDelegated.has(customer)) {
        yield {
          message: `Customer ${customer} had ${count(delegations)} in the baseline and has none now: its stack is no longer synthesized, so nothing removes `
            + `${listOffers(delegations)} from Azure. Destroy the stack (cdktf destroy ${customer}) before merging, or the provider keeps its access`,
          subject: { kind: 'delegation', delegation: delegations[0] },
          ...(location && { location }),
          aspect: 'customer',
        };
        continue;
      }
      const customerSource = remaining.get(customer)?.source ?? location;
      for (const delegation of delegations) {
        yield {
          message: `Offer ${delegation.offer} in ${where(baseline, delegation, { offerNamed: true })} was removed since the baseline: `
            + `apply the customer's stack so that Terraform destroys it, or the delegation stays live`,
          subject: { kind: 'delegation', delegation },
          ...(customerSource && { location: customerSource }),
        };
      }
    }
  },
};

function count(delegations: readonly Delegation[]): string {
  return `${delegations.length} delegation${delegations.length === 1 ? '' : 's'}`;
}

function listOffers(delegations: readonly Delegation[]): string {
  const offers = [...new Set(delegations.map((d) => d.offer))].sort(compareStrings);
  return `the delegation${delegations.length === 1 ? '' : 's'} of offer${offers.length === 1 ? '' : 's'} ${offers.join(', ')}`;
}
