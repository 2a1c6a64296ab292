import { isGuid } from '../../lib/model/guid';
import { RoleRef } from '../../lib/model/plan';
import { BuiltInRole, RoleCatalog } from '../../lib/roles/catalog';
import { WELL_KNOWN_ROLES } from '../../lib/roles/restricted-actions';

/**
 * Role predicates shared by the service rules, so that "why is this role not allowed" is decided in one place.
 * Which rule reports which problem, so that one problem never yields two findings:
 * - not a built-in role: LH102, wherever the role appears (active, eligible, delegated);
 * - DataActions / NotDataActions: LH103, wherever the role appears (the service rejects the definition in all
 *   three cases; Azure/Azure-Lighthouse-samples#137 is the delegated case);
 * - Owner: LH101 (active, eligible), LH107 (delegated);
 * - restricted Microsoft.Authorization actions: LH104 (active, eligible; User Access Administrator excepted),
 *   LH107 (delegated, where User Access Administrator is itself not allowed);
 * - User Access Administrator: LH105 / LH108 (active / eligible), LH107 (delegated).
 */

/** The catalog entry of a role reference, or undefined when it is not a built-in role. */
export function builtInRole(roles: RoleCatalog, ref: RoleRef): BuiltInRole | undefined {
  return roles.byId(ref.id);
}

function normalizedId(ref: RoleRef): string {
  return ref.id.trim().toLowerCase();
}

export function isOwner(ref: RoleRef): boolean {
  return normalizedId(ref) === WELL_KNOWN_ROLES.owner;
}

export function isUserAccessAdministrator(ref: RoleRef): boolean {
  return normalizedId(ref) === WELL_KNOWN_ROLES.userAccessAdministrator;
}

/** A role reference that is a well-formed GUID missing from the catalog (a custom or removed role). */
export function isUnknownRoleGuid(roles: RoleCatalog, ref: RoleRef): boolean {
  return isGuid(ref.id) && builtInRole(roles, ref) === undefined;
}

/** `DataActions`, `NotDataActions`, both, or undefined when the role has neither (catalog flags). */
export function dataActionKinds(role: BuiltInRole | undefined): string | undefined {
  if (!role) return undefined;
  if (role.dataActions && role.notDataActions) return 'DataActions and NotDataActions';
  if (role.dataActions) return 'DataActions';
  if (role.notDataActions) return 'NotDataActions';
  return undefined;
}

/**
 * Why a delegated role (`delegatedRoleDefinitionIds`) is not allowed, leaving out what LH102 (not built-in)
 * and LH103 (DataActions / NotDataActions) report: Owner, User Access Administrator, restricted
 * Microsoft.Authorization actions. Empty when LH107 has nothing to say.
 */
export function delegatedRoleProblems(roles: RoleCatalog, ref: RoleRef): string[] {
  if (isOwner(ref)) return ['Owner cannot be a delegated role'];
  if (isUserAccessAdministrator(ref)) return ['User Access Administrator cannot be a delegated role'];
  const restricted = builtInRole(roles, ref)?.restrictedActions ?? [];
  return restricted.length > 0 ? [`it contains the restricted action${restricted.length > 1 ? 's' : ''} ${restricted.join(', ')}`] : [];
}
