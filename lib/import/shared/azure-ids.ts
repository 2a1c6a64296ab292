import { resourceGroupScopeId, subscriptionScopeId } from '../../model/ids';
import { SourceLocation } from '../../model/location';
import { DelegatedScope } from '../../model/plan';

/**
 * Azure resource ids as Terraform attributes and the REST API write them (format-neutral: the az CLI
 * importer uses these too). Segment names are case-insensitive in ARM; GUIDs are lower-cased here.
 */

export interface ParsedScope {
  readonly subscriptionId: string;
  readonly resourceGroup?: string;
}

/** `/subscriptions/<id>` or `/subscriptions/<id>/resourceGroups/<name>`; undefined for anything else. */
export function parseScope(id: string): ParsedScope | undefined {
  const match = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?\/?$/i.exec(id.trim());
  if (!match) return undefined;
  return { subscriptionId: match[1].toLowerCase(), ...(match[2] !== undefined && { resourceGroup: match[2] }) };
}

export interface ParsedDefinitionId {
  readonly subscriptionId: string;
  readonly definitionId: string;
}

/** `/subscriptions/<sub>/providers/Microsoft.ManagedServices/registrationDefinitions/<guid>`. */
export function parseDefinitionResourceId(id: string): ParsedDefinitionId | undefined {
  const match = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ManagedServices\/registrationDefinitions\/([^/]+)\/?$/i.exec(id.trim());
  return match ? { subscriptionId: match[1].toLowerCase(), definitionId: match[2].toLowerCase() } : undefined;
}

export interface ParsedAssignmentId extends ParsedScope {
  readonly assignmentName: string;
}

/** `<scope>/providers/Microsoft.ManagedServices/registrationAssignments/<guid>` with a subscription or resource group scope. */
export function parseAssignmentResourceId(id: string): ParsedAssignmentId | undefined {
  const match = /^(.*)\/providers\/Microsoft\.ManagedServices\/registrationAssignments\/([^/]+)\/?$/i.exec(id.trim());
  const scope = match && parseScope(match[1]);
  return scope ? { ...scope, assignmentName: match![2].toLowerCase() } : undefined;
}

/** The Plan's scope entry, with the id built as the manifest builds it (lower-case subscription, RG as written). */
export function delegatedScope(scope: ParsedScope, assignmentName: string, source?: SourceLocation): DelegatedScope {
  const base = scope.resourceGroup === undefined
    ? { kind: 'subscription' as const, id: subscriptionScopeId(scope.subscriptionId) }
    : { kind: 'resourceGroup' as const, id: resourceGroupScopeId(scope.subscriptionId, scope.resourceGroup), resourceGroup: scope.resourceGroup };
  return { ...base, assignmentName: assignmentName.toLowerCase(), ...(source && { source }) };
}
