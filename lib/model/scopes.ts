import { registrationAssignmentGuid, resourceGroupScopeId, subscriptionScopeId } from './ids';
import { DelegatedScope } from './plan';

/** Defaults of an eligible authorization's just-in-time policy, shared by the manifest and the constructs. */
export const DEFAULT_MAX_ACTIVATION = 'PT8H';
export const DEFAULT_REQUIRE_MFA = true;

/**
 * The scopes one registration definition is assigned to: the whole subscription when no resource groups
 * are named, otherwise each resource group; assignment names derive from the definition and the scope, except
 * those `pinned` keeps (an adopted, already deployed assignment), keyed by lower-cased resource group ('' for the
 * subscription).
 */
export function delegatedScopes(
  subscriptionId: string, definitionId: string, resourceGroups?: readonly string[], pinned?: ReadonlyMap<string, string>,
): DelegatedScope[] {
  const name = (key: string, id: string) => pinned?.get(key) ?? registrationAssignmentGuid(definitionId, id);
  if (resourceGroups === undefined) {
    const id = subscriptionScopeId(subscriptionId);
    return [{ kind: 'subscription', id, assignmentName: name('', id) }];
  }
  return resourceGroups.map((resourceGroup) => {
    const id = resourceGroupScopeId(subscriptionId, resourceGroup);
    return { kind: 'resourceGroup', id, resourceGroup, assignmentName: name(resourceGroup.toLowerCase(), id) };
  });
}
