import { registrationAssignmentGuid, resourceGroupScopeId, subscriptionScopeId } from './ids';
import { DelegatedScope } from './plan';

/** Defaults of an eligible authorization's just-in-time policy, shared by the manifest and the constructs. */
export const DEFAULT_MAX_ACTIVATION = 'PT8H';
export const DEFAULT_REQUIRE_MFA = true;

/**
 * The scopes one registration definition is assigned to: the whole subscription when no resource groups
 * are named, otherwise each resource group; assignment names derive from the definition and the scope.
 */
export function delegatedScopes(subscriptionId: string, definitionId: string, resourceGroups?: readonly string[]): DelegatedScope[] {
  if (resourceGroups === undefined) {
    const id = subscriptionScopeId(subscriptionId);
    return [{ kind: 'subscription', id, assignmentName: registrationAssignmentGuid(definitionId, id) }];
  }
  return resourceGroups.map((resourceGroup) => {
    const id = resourceGroupScopeId(subscriptionId, resourceGroup);
    return { kind: 'resourceGroup', id, resourceGroup, assignmentName: registrationAssignmentGuid(definitionId, id) };
  });
}
