import { listNames, principalLabel } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { offerAuthorizations } from '../../lib/model/authorization-sets';
import { describeMarketplacePlan } from './offer-authorizations';

/**
 * LH404 (info): every principal in a Marketplace plan gets the same access on every customer that buys
 * it. The Plan does not record whether the plan is public or private, so every offer with a plan gets
 * one reminder.
 */
export const LH404_PublicPlanSameAccess: Rule = {
  id: 'LH404',
  pack: 'marketplace',
  title: 'Public plan: every principal gets the same access on every customer that buys it',
  defaultLevel: 'info',
  rationale:
    'Every user, group and service principal in a plan\'s manifest gets the same permissions on every customer that buys the plan; per-customer principals need a private plan per customer (or ARM onboarding). Public plans can never become private, and private plans do not support subscriptions established through a CSP reseller.',
  fix: 'Keep the public plan to minimal access and use a private plan per customer (or ARM templates) for deeper, per-customer access; keep a public or ARM path for CSP reseller customers. Turn the rule off (or suppress it) once that is the design.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/publish-managed-services-offers',
  source: 'azure-docs:articles/lighthouse/how-to/publish-managed-services-offers.md@2026-01-16',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const offer of plan.offers) {
      if (!offer.plan) continue;
      const principals = [...new Set(offerAuthorizations(plan, offer).authorizations.map((a) => principalLabel(a.principal)))];
      const listed = principals.length === 0 ? ''
        : ` (${listNames(principals)})`;
      const location = offer.plan.source ?? offer.source;
      yield {
        message: `Offer ${offer.key} is sold as Marketplace plan ${describeMarketplacePlan(offer)}: if the plan is public, every principal in it${listed} gets the same access on every customer that buys it; a private plan per customer (or ARM onboarding) is the alternative, but private plans do not support CSP reseller subscriptions`,
        ...(location && { location }),
        subject: { kind: 'offer', offer },
      };
    }
  },
};
