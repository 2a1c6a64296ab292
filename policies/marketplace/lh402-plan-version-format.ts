import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { PLAN_VERSION } from './offer-authorizations';

/** LH402: a plan (manifest) version must be `n.n.n`, digits only. */
export const LH402_PlanVersionFormat: Rule = {
  id: 'LH402',
  pack: 'marketplace',
  title: 'Plan version not in n.n.n form',
  defaultLevel: 'error',
  rationale:
    'Partner Center takes the version of a Managed Service plan\'s manifest in n.n.n form (e.g. 1.2.5) and requires a higher one for every new manifest; the ARM `plan.version` must match it.',
  fix: 'Write the version as three dot-separated numbers, e.g. 1.0.0, matching the plan\'s manifest version in Partner Center.',
  helpUri: 'https://learn.microsoft.com/azure/marketplace/create-managed-service-offer-plans',
  source: 'azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const offer of plan.offers) {
      if (!offer.plan) continue;
      const version = offer.plan.version;
      if (typeof version === 'string' && PLAN_VERSION.test(version)) continue;
      const location = offer.plan.source ?? offer.source;
      yield {
        message: `Plan version ${JSON.stringify(version ?? '')} of offer ${offer.key} (plan ${offer.plan.name}) is not in n.n.n form: use three dot-separated numbers such as 1.0.0`,
        ...(location && { location }),
        subject: { kind: 'offer', offer },
      };
    }
  },
};
