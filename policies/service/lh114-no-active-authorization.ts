import { Authorization, isEligible } from '../../lib/model/plan';
import { where } from '../../lib/policy/describe';
import { delegationsWithFinds } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** A registration definition with no active (permanent) authorization. */
export const LH114_NoActiveAuthorization: Rule = {
  id: 'LH114',
  pack: 'service',
  title: 'A definition with no active authorization',
  defaultLevel: 'error',
  rationale:
    'authorizations (the permanent grants) is required and needs at least one entry; eligible authorizations come on top '
    + 'of it. Partner Center likewise requires at least one Active authorization per plan.',
  fix: 'Add an active authorization, e.g. Reader for the principals that must see the customer, or Managed Services Registration assignment Delete Role.',
  helpUri: 'https://learn.microsoft.com/azure/marketplace/create-managed-service-offer-plans',
  source: 'specs:.../2022-10-01 ; azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const onlyEligible = (list: readonly Authorization[]) => (list.some((authorization) => !isEligible(authorization)) ? [] : [list]);
    for (const [delegation] of delegationsWithFinds(plan, onlyEligible)) {
      const all = delegation.authorizations;
      const eligible = all.length;
      yield {
        message: `offer ${delegation.offer} in ${where(plan, delegation, { offerNamed: true })} has no active authorization${eligible > 0 ? ` (only ${eligible} eligible)` : ''}: `
          + 'a registration definition needs at least one permanent authorization',
        subject: { kind: 'delegation', delegation },
      };
    }
  },
};
