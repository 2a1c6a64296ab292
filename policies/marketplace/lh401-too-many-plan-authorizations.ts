import { isEligible } from '../../lib/model/plan';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { offerAuthorizations } from '../../lib/model/authorization-sets';

/** Partner Center's limit on authorizations per plan, active and eligible together (azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12). */
export const MAX_PLAN_AUTHORIZATIONS = 20;

/** LH401: a Marketplace plan takes at most 20 authorizations (active + eligible). */
export const LH401_TooManyPlanAuthorizations: Rule = {
  id: 'LH401',
  pack: 'marketplace',
  title: 'More than 20 authorizations in a plan',
  defaultLevel: 'error',
  rationale:
    'The technical configuration of a Managed Service plan in Partner Center accepts up to 20 authorizations (active and eligible together); a plan with more cannot be published.',
  fix: 'Grant roles to groups instead of several individual principals, drop authorizations the plan does not need, or split the offer into several plans; deeper per-customer access can go through ARM onboarding instead.',
  helpUri: 'https://learn.microsoft.com/azure/marketplace/create-managed-service-offer-plans',
  source: 'azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const offer of plan.offers) {
      if (!offer.plan) continue;
      const list = offerAuthorizations(plan, offer).authorizations;
      if (list.length <= MAX_PLAN_AUTHORIZATIONS) continue;
      const eligible = list.filter(isEligible).length;
      const location = offer.plan.source ?? offer.source;
      yield {
        message: `Offer ${offer.key} is published as Marketplace plan ${offer.plan.name} with ${list.length} authorizations (${list.length - eligible} active, ${eligible} eligible): a plan takes at most ${MAX_PLAN_AUTHORIZATIONS}`,
        ...(location && { location }),
        subject: { kind: 'offer', offer },
      };
    }
  },
};
