import { Rule } from '../../lib/policy/rule';
import { LH101_OwnerRole } from './lh101-owner-role';
import { LH102_NotBuiltInRole } from './lh102-not-built-in-role';
import { LH103_DataActionsRole } from './lh103-data-actions-role';
import { LH104_RestrictedActionsRole } from './lh104-restricted-actions-role';
import { LH105_UaaWithoutDelegatedRoles } from './lh105-uaa-without-delegated-roles';
import { LH106_DelegatedRolesNotUaa } from './lh106-delegated-roles-not-uaa';
import { LH107_DelegatedRoleNotAllowed } from './lh107-delegated-role-not-allowed';
import { LH108_EligiblePrivilegedRole } from './lh108-eligible-privileged-role';
import { LH109_EligibleServicePrincipal } from './lh109-eligible-service-principal';
import { LH110_ActivationDuration } from './lh110-activation-duration';
import { LH111_TooManyApprovers } from './lh111-too-many-approvers';
import { LH112_DuplicateAuthorization } from './lh112-duplicate-authorization';
import { LH113_SameTenant } from './lh113-same-tenant';
import { LH114_NoActiveAuthorization } from './lh114-no-active-authorization';
import { LH115_MalformedId } from './lh115-malformed-id';
import { LH116_IncompletePlan } from './lh116-incomplete-plan';
import { LH117_OverlappingAssignments } from './lh117-overlapping-assignments';
import { LH118_EligibleNationalCloud } from './lh118-eligible-national-cloud';
import { LH119_EligiblePolicyMismatch } from './lh119-eligible-policy-mismatch';
import { LH120_ApiVersion } from './lh120-api-version';

export {
  LH101_OwnerRole, LH102_NotBuiltInRole, LH103_DataActionsRole, LH104_RestrictedActionsRole, LH105_UaaWithoutDelegatedRoles,
  LH106_DelegatedRolesNotUaa, LH107_DelegatedRoleNotAllowed, LH108_EligiblePrivilegedRole, LH109_EligibleServicePrincipal,
  LH110_ActivationDuration, LH111_TooManyApprovers, LH112_DuplicateAuthorization, LH113_SameTenant, LH114_NoActiveAuthorization,
  LH115_MalformedId, LH116_IncompletePlan, LH117_OverlappingAssignments, LH118_EligibleNationalCloud, LH119_EligiblePolicyMismatch, LH120_ApiVersion,
};

/** The `service` pack: what Azure Lighthouse rejects at deploy time (LH101..LH120), in id order. */
export const SERVICE_RULES: readonly Rule[] = Object.freeze([
  LH101_OwnerRole,
  LH102_NotBuiltInRole,
  LH103_DataActionsRole,
  LH104_RestrictedActionsRole,
  LH105_UaaWithoutDelegatedRoles,
  LH106_DelegatedRolesNotUaa,
  LH107_DelegatedRoleNotAllowed,
  LH108_EligiblePrivilegedRole,
  LH109_EligibleServicePrincipal,
  LH110_ActivationDuration,
  LH111_TooManyApprovers,
  LH112_DuplicateAuthorization,
  LH113_SameTenant,
  LH114_NoActiveAuthorization,
  LH115_MalformedId,
  LH116_IncompletePlan,
  LH117_OverlappingAssignments,
  LH118_EligibleNationalCloud,
  LH119_EligiblePolicyMismatch,
  LH120_ApiVersion,
]);
