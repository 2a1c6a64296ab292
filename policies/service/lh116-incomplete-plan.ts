import { where } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

const FIELDS = ['name', 'publisher', 'product', 'version'] as const;

/** A Marketplace plan binding with a missing or empty name, publisher, product or version. */
export const LH116_IncompletePlan: Rule = {
  id: 'LH116',
  pack: 'service',
  title: 'Plan with a missing field (name, publisher, product, version)',
  defaultLevel: 'error',
  rationale:
    'When a registration definition carries a Marketplace `plan`, all four fields are required: name (plan id), publisher '
    + '(publisher id), product (offer id) and version (plan version); they must match the Marketplace offer.',
  fix: 'Fill in every field of the offer\'s `plan` from the Partner Center offer, or remove `plan` for an offer not sold through the Marketplace.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/publish-managed-services-offers',
  source: 'specs:.../2022-10-01 (`Plan.required`) ; samples:templates/marketplace-delegated-resource-management/marketplaceDelegatedResourceManagement.json',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const delegation of plan.delegations) {
      const marketplace = delegation.plan;
      if (marketplace === undefined) continue;
      const missing = FIELDS.filter((field) => marketplace[field].trim() === '');
      if (missing.length === 0) continue;
      yield {
        message: `the Marketplace plan of offer ${delegation.offer} in ${where(plan, delegation, { offerNamed: true })} has no ${missing.join(', ')}: a plan needs name, publisher, product and version`,
        subject: { kind: 'delegation', delegation },
        location: marketplace.source ?? delegation.source,
      };
    }
  },
};
