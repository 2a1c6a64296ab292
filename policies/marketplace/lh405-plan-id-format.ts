import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** Partner Center's plan id: at most 50 characters of lower-case letters, digits, `-` and `_`. */
export const PLAN_ID = /^[a-z0-9_-]{1,50}$/;

/** LH405: a Marketplace plan id (`plan.name`) that Partner Center does not accept. */
export const LH405_PlanIdFormat: Rule = {
  id: 'LH405',
  pack: 'marketplace',
  title: 'Plan id not 50 or fewer lower-case letters, digits, "-" or "_"',
  defaultLevel: 'error',
  rationale:
    'The plan id (`plan.name` of a registration definition) is the plan\'s id in Partner Center: at most 50 characters of '
    + 'lower-case letters, digits, hyphens and underscores, visible to customers, and immutable once the plan is published '
    + '(LH403 reports a changed plan id against the baseline).',
  fix: 'Write the plan id as in Partner Center: lower-case letters, digits, "-" and "_", at most 50 characters (e.g. standard or gold_2026).',
  helpUri: 'https://learn.microsoft.com/azure/marketplace/create-managed-service-offer-plans',
  source: 'azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const offer of plan.offers) {
      if (!offer.plan || PLAN_ID.test(offer.plan.name)) continue;
      const id = offer.plan.name;
      const why = id.length > 50 ? `is ${id.length} characters long` : 'has characters other than lower-case letters, digits, "-" and "_"';
      yield {
        message: `Plan id ${JSON.stringify(id)} of offer ${offer.key} ${why}: Partner Center plan ids are at most 50 lower-case letters, digits, "-" and "_"`,
        subject: { kind: 'offer', offer },
        ...((offer.plan.source ?? offer.source) && { location: offer.plan.source ?? offer.source }),
      };
    }
  },
};
