import { Authorization, Principal } from '../../model/plan';
import { JsonObject, JsonValue } from './types';

// Built property by property rather than with conditional spreads: export builds one of these per
// authorization per subscription (24,000 at 1,000 customers), and the spreads were its largest cost.

/**
 * The `authorizations[]` / `eligibleAuthorizations[]` entries of a registration definition (API 2022-10-01),
 * in the REST spec's property order. Optional properties are left out rather than written empty: an absent
 * display name, no delegated roles (anything but User Access Administrator), no approvers.
 */
export function activeAuthorizationValue(authorization: Authorization): JsonObject {
  const value = principalFields(authorization.principal);
  value.roleDefinitionId = authorization.role.id;
  if (authorization.delegatedRoles.length > 0) value.delegatedRoleDefinitionIds = authorization.delegatedRoles.map((r) => r.id);
  return value;
}

/** EligibleAuthorization has no delegatedRoleDefinitionIds (the service rejects them with JIT; LH108 reports the input). */
export function eligibleAuthorizationValue(authorization: Authorization): JsonObject {
  const policy = authorization.eligible!;
  const justInTimeAccessPolicy: Record<string, JsonValue> = {
    multiFactorAuthProvider: policy.requireMfa ? 'Azure' : 'None',
    maximumActivationDuration: policy.maximumActivationDuration,
  };
  if (policy.approvers.length > 0) justInTimeAccessPolicy.managedByTenantApprovers = policy.approvers.map(principalFields);
  const value = principalFields(authorization.principal);
  value.roleDefinitionId = authorization.role.id;
  value.justInTimeAccessPolicy = justInTimeAccessPolicy;
  return value;
}

function principalFields(principal: Principal): Record<string, JsonValue> {
  const value: Record<string, JsonValue> = { principalId: principal.id };
  if (principal.displayName !== undefined) value.principalIdDisplayName = principal.displayName;
  return value;
}
