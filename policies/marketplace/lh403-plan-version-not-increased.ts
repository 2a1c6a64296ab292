import { Offer } from '../../lib/model/plan';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { offerAuthorizations } from '../../lib/model/authorization-sets';
import { PLAN_VERSION, compareVersions, normalizeAuthorization } from './offer-authorizations';

/**
 * LH403: when a plan's authorizations change, Partner Center needs a new manifest with a higher version.
 * Compares each offer with a plan against the same offer (by key) in the baseline (`check --baseline`);
 * silent without a baseline.
 */
export const LH403_PlanVersionNotIncreased: Rule = {
  id: 'LH403',
  pack: 'marketplace',
  title: 'Authorizations changed but plan version not increased',
  defaultLevel: 'error',
  rationale:
    'Changed authorizations of a Managed Service plan are published as a new manifest whose version must be higher than the previous one; customers then accept the update. Deploying changed authorizations under an unchanged plan version leaves the ARM delegation and the published plan out of step.',
  fix: 'Increase plan.version (n.n.n) of the offer, and publish the new manifest in Partner Center.',
  helpUri: 'https://learn.microsoft.com/azure/marketplace/create-managed-service-offer-plans',
  source: 'azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12',
  *check({ plan, baseline }: RuleContext): Iterable<FindingDraft> {
    if (!baseline) return;
    const previousOffers = new Map<string, Offer>();
    for (const offer of baseline.offers) if (offer.plan && !previousOffers.has(offer.key)) previousOffers.set(offer.key, offer);
    if (previousOffers.size === 0) return;
    for (const offer of plan.offers) {
      const previous = previousOffers.get(offer.key);
      if (!offer.plan || !previous?.plan) continue;
      const location = offer.plan.source ?? offer.source;
      if (offer.plan.name !== previous.plan.name) {
        // LH405's rationale: a published plan's id never changes; a new id is a new plan.
        yield {
          message: `Offer ${offer.key} changed its plan id since the baseline (${JSON.stringify(previous.plan.name)} -> ${JSON.stringify(offer.plan.name)}): a published plan's id is immutable; keep the id, or publish the new id as a new plan`,
          ...(location && { location }),
          subject: { kind: 'offer', offer },
          aspect: 'plan-id',
        };
      }
      const now = new Set(offerAuthorizations(plan, offer).authorizations.map(normalizeAuthorization));
      const before = new Set(offerAuthorizations(baseline, previous).authorizations.map(normalizeAuthorization));
      let added = 0;
      let removed = 0;
      for (const entry of now) if (!before.has(entry)) added++;
      for (const entry of before) if (!now.has(entry)) removed++;
      if (added === 0 && removed === 0) continue;
      const version = offer.plan.version;
      const previousVersion = previous.plan.version;
      const increased = PLAN_VERSION.test(version) && PLAN_VERSION.test(previousVersion)
        ? compareVersions(version, previousVersion) > 0
        : version.trim() !== previousVersion.trim();
      if (increased) continue;
      yield {
        message: `Offer ${offer.key} changed its plan's authorizations since the baseline (${added} added, ${removed} removed) but plan version ${version} is not greater than the baseline's ${previousVersion}: increase it and publish a new manifest`,
        ...(location && { location }),
        subject: { kind: 'offer', offer },
      };
    }
  },
};
