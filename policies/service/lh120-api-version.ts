import { ELIGIBLE_AUTHORIZATIONS_API_VERSION, LATEST_MANAGED_SERVICES_API_VERSION, compareApiVersions, isKnownManagedServicesApiVersion } from '../../lib/model/api-versions';
import { ApiVersion, DelegatedScope, isEligible } from '../../lib/model/plan';
import { where } from '../../lib/policy/describe';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/**
 * LH120: an api-version Microsoft.ManagedServices does not have, or one older than 2020-02-01-preview on a definition
 * with eligible authorizations or on an assignment of one. Only inputs that say (ARM templates) are checked; each
 * resource is reported at its apiVersion.
 */
export const LH120_ApiVersion: Rule = {
  id: 'LH120',
  pack: 'service',
  title: 'An api-version that does not exist, or too old for eligible authorizations',
  defaultLevel: 'error',
  rationale:
    'Azure Resource Manager rejects a Microsoft.ManagedServices resource whose api-version the provider does not have (stable: '
    + '2019-06-01, 2019-09-01, 2022-10-01; previews 2018-06-01 to 2022-01-01). Eligible authorizations exist only from '
    + '2020-02-01-preview on: a registration definition with eligibleAuthorizations, and every assignment of such a definition, '
    + 'deployed with an older version fail ("managed services operations with eligible authorizations only allowed with api-version '
    + 'greater and equal to \'2020-02-01-preview\'").',
  fix: `Deploy the registration definition and its assignments with apiVersion "${LATEST_MANAGED_SERVICES_API_VERSION}" (what \`lighthouse-iac arm\` writes).`,
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'specs:.../stable/2022-10-01/managedservices.json ; hashicorp/terraform-provider-azurerm#20108 ; azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    for (const delegation of plan.delegations) {
      const eligible = delegation.authorizations.some(isEligible);
      const problem = (version: ApiVersion): string | undefined => {
        if (!isKnownManagedServicesApiVersion(version.value)) return 'is not an api-version of Microsoft.ManagedServices';
        if (eligible && compareApiVersions(version.value, ELIGIBLE_AUTHORIZATIONS_API_VERSION) < 0) {
          return `is older than ${ELIGIBLE_AUTHORIZATIONS_API_VERSION}, the first that takes eligible authorizations, which this definition has`;
        }
        return undefined;
      };
      const at = where(plan, delegation, { offerNamed: true });
      if (delegation.apiVersion) {
        const why = problem(delegation.apiVersion);
        if (why) {
          yield {
            message: `the registration definition of offer ${delegation.offer} in ${at} uses api-version ${JSON.stringify(delegation.apiVersion.value)}, which ${why}`,
            subject: { kind: 'delegation', delegation },
            ...(delegation.apiVersion.source && { location: delegation.apiVersion.source }),
          };
        }
      }
      for (const scope of delegation.scopes) {
        const why = scope.apiVersion && problem(scope.apiVersion);
        if (!why) continue;
        yield {
          message: `the registration assignment of offer ${delegation.offer} to ${scopeName(scope)} in ${at} uses api-version ${JSON.stringify(scope.apiVersion!.value)}, which ${why}`,
          subject: { kind: 'delegation', delegation, scope },
          ...(scope.apiVersion!.source && { location: scope.apiVersion!.source }),
        };
      }
    }
  },
};

function scopeName(scope: DelegatedScope): string {
  return scope.kind === 'resourceGroup' ? `resource group ${scope.resourceGroup ?? scope.id}` : 'the subscription';
}
