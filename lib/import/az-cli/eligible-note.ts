import { InputNote, Plan } from '../../model/plan';
import { SourceDocument } from '../../source/source-document';

/** The REST API version whose registration definitions have `eligibleAuthorizations` (LIGHTHOUSE.md §1.3: the latest stable). */
export const COMPLETE_EXPORT_API_VERSION = '2022-10-01';

/**
 * `az rest` for an export with eligible authorizations: every registration assignment of one subscription with its
 * definition expanded, REST API 2022-10-01. Single quotes: `$expand...` is literal in bash, zsh and PowerShell alike.
 */
export function completeExportCommand(subscriptionId: string): string {
  return `az rest --method get --url '/subscriptions/${subscriptionId}/providers/Microsoft.ManagedServices/registrationAssignments?api-version=${COMPLETE_EXPORT_API_VERSION}&$expandRegistrationDefinition=true'`;
}

/**
 * A note for an az CLI export that shows no eligible (just-in-time) authorizations at all: `az managedservices` reads
 * registration definitions with an API version whose schema has no `eligibleAuthorizations`, so an export made with
 * it cannot show them, and a check, diff or import of it would report access that may well exist as missing. The
 * note says so and gives the `az rest` command for a complete export (which this importer reads too).
 */
export function eligibleAuthorizationsNote(plan: Plan, source: SourceDocument): InputNote | undefined {
  if (plan.delegations.length === 0 || plan.delegations.some((d) => d.authorizations.some((a) => a.eligible !== undefined))) return undefined;
  const subscriptions = [...new Set(plan.delegations.map((d) => d.subscriptionId).filter((id) => id !== ''))];
  const example = subscriptions[0] ?? '<subscription id>';
  return {
    message: 'the export shows no eligible (just-in-time) authorizations: `az managedservices` reads registration definitions with an API version '
      + 'that has no eligibleAuthorizations, so an export made with it cannot show them, and any there are count as missing here',
    fix: `for a complete export run \`${completeExportCommand(example)} > live.json\``
      + (subscriptions.length > 1 ? ` once per subscription (${subscriptions.length} in this export) and collect the outputs into one array (\`jq -s . sub-*.json > live.json\`)` : '')
      + `; it lists the subscription's assignments with their definitions (api-version ${COMPLETE_EXPORT_API_VERSION})`,
    location: source.locate([]),
  };
}
