import { ELIGIBLE_AUTHORIZATIONS_API_VERSION, LATEST_MANAGED_SERVICES_API_VERSION, compareApiVersions, isKnownManagedServicesApiVersion } from '../../lib/model/api-versions';
import { ApiVersion, isEligible } from '../../lib/model/plan';
import { where } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/**
 * LH209 (info): api-versions that work but are older than 2022-10-01 (Microsoft's sample templates use 2019-06-01 to
 * 2020-02-01-preview). One finding per delegation, at its first old version; what LH120 rejects is LH120's.
 */
export const LH209_OldApiVersion: Rule = {
  id: 'LH209',
  pack: 'best-practice',
  title: 'An api-version older than 2022-10-01',
  defaultLevel: 'info',
  rationale:
    `${LATEST_MANAGED_SERVICES_API_VERSION} is the latest stable Microsoft.ManagedServices api-version, used by terraform-provider-azurerm, the SDKs `
    + 'and this tool\'s ARM export. Older versions still deploy, but preview versions are not supported for production and the '
    + 'older stable ones lack newer properties (such as eligible authorizations before 2020-02-01-preview).',
  fix: `Set apiVersion "${LATEST_MANAGED_SERVICES_API_VERSION}" on the registration definition and its assignments, or export the templates with \`lighthouse-iac arm\`.`,
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'specs:.../stable/2022-10-01/managedservices.json ; azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const delegation of plan.delegations) {
      const eligible = delegation.authorizations.some(isEligible);
      // What works: a known version, new enough for the definition's content (LH120 reports the rest).
      const old = (version: ApiVersion | undefined): version is ApiVersion => version !== undefined
        && isKnownManagedServicesApiVersion(version.value)
        && compareApiVersions(version.value, LATEST_MANAGED_SERVICES_API_VERSION) < 0
        && !(eligible && compareApiVersions(version.value, ELIGIBLE_AUTHORIZATIONS_API_VERSION) < 0);
      const resources = [
        ...(old(delegation.apiVersion) ? [{ what: 'definition', version: delegation.apiVersion }] : []),
        ...delegation.scopes.filter((s) => old(s.apiVersion)).map((s) => ({ what: `assignment to ${s.kind === 'resourceGroup' ? s.resourceGroup : 'the subscription'}`, version: s.apiVersion! })),
      ];
      if (resources.length === 0) continue;
      const versions = [...new Set(resources.map((r) => r.version.value))].join(', ');
      yield {
        message: `offer ${delegation.offer} in ${where(plan, delegation, { offerNamed: true })} is deployed with api-version ${versions} `
          + `(${resources.map((r) => r.what).join(', ')}): it works, but ${LATEST_MANAGED_SERVICES_API_VERSION} is the current stable version`,
        subject: { kind: 'delegation', delegation },
        ...(resources[0].version.source && { location: resources[0].version.source }),
      };
    }
  },
};
