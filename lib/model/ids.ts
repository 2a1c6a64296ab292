import { armGuid } from './guid';

/**
 * Deterministic identity (DESIGN.md, "Deterministic identity"): names are derived, never random, so synth
 * is byte-identical run to run and a re-deploy updates a delegation instead of replacing it.
 * GUIDs are lower-cased first so that the same tenant written in another case is the same delegation.
 */
export function registrationDefinitionGuid(
  managingTenantId: string, customerTenantId: string, subscriptionId: string, offerKey: string,
): string {
  return armGuid(managingTenantId.toLowerCase(), customerTenantId.toLowerCase(), subscriptionId.toLowerCase(), offerKey);
}

export function registrationAssignmentGuid(definitionGuid: string, scopeId: string): string {
  return armGuid(definitionGuid.toLowerCase(), scopeId.toLowerCase());
}

export function subscriptionScopeId(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId.toLowerCase()}`;
}

export function resourceGroupScopeId(subscriptionId: string, resourceGroup: string): string {
  return `${subscriptionScopeId(subscriptionId)}/resourceGroups/${resourceGroup}`;
}

export function registrationDefinitionResourceId(subscriptionId: string, definitionGuid: string): string {
  return `${subscriptionScopeId(subscriptionId)}/providers/Microsoft.ManagedServices/registrationDefinitions/${definitionGuid}`;
}

/** Construct ids and stack names come from manifest keys: `[a-z0-9-]`, no leading/trailing/double dashes. */
export function sanitizeKey(key: string): string {
  const cleaned = key.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}
