import { Authorization, Principal } from '../../model/plan';
import { JsonObject } from './types';

/**
 * The `authorizations[]` / `eligibleAuthorizations[]` entries of a registration definition (API 2022-10-01),
 * in the REST spec's property order. Optional properties are left out rather than written empty: an absent
 * display name, no delegated roles (anything but User Access Administrator), no approvers.
 */
export function activeAuthorizationValue(authorization: Authorization): JsonObject {
  return {
    ...principalFields(authorization.principal),
    roleDefinitionId: authorization.role.id,
    ...(authorization.delegatedRoles.length > 0 && { delegatedRoleDefinitionIds: authorization.delegatedRoles.map((r) => r.id) }),
  };
}

/** EligibleAuthorization has no delegatedRoleDefinitionIds (the service rejects them with JIT; LH108 reports the input). */
export function eligibleAuthorizationValue(authorization: Authorization): JsonObject {
  const policy = authorization.eligible!;
  return {
    ...principalFields(authorization.principal),
    roleDefinitionId: authorization.role.id,
    justInTimeAccessPolicy: {
      multiFactorAuthProvider: policy.requireMfa ? 'Azure' : 'None',
      maximumActivationDuration: policy.maximumActivationDuration,
      ...(policy.approvers.length > 0 && { managedByTenantApprovers: policy.approvers.map(principalFields) }),
    },
  };
}

function principalFields(principal: Principal): { principalId: string; principalIdDisplayName?: string } {
  return {
    principalId: principal.id,
    ...(principal.displayName !== undefined && { principalIdDisplayName: principal.displayName }),
  };
}
