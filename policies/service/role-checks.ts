import { isGuid } from '../../lib/model/guid';
import { SourceLocation } from '../../lib/model/location';
import { Authorization, Delegation, RoleRef } from '../../lib/model/plan';
import { AuthorizationInDelegation, authorizationFinding, roleLabel } from '../../lib/policy/plan-walk';
import { FindingDraft } from '../../lib/policy/rule';
import { BuiltInRole, RoleCatalog } from '../../lib/roles/catalog';
import { WELL_KNOWN_ROLES } from '../../lib/roles/restricted-actions';

/**
 * Role predicates and wording shared by the service rules (LIGHTHOUSE.md §3.1), so that "why is this role
 * not allowed" is decided in one place. Which rule reports which problem, so that one problem never yields
 * two findings:
 * - not a built-in role: LH102, wherever the role appears (active, eligible, delegated);
 * - DataActions / NotDataActions: LH103, wherever the role appears (the service rejects the definition in all
 *   three cases; Azure/Azure-Lighthouse-samples#137 is the delegated case);
 * - Owner: LH101 (active, eligible), LH107 (delegated);
 * - restricted Microsoft.Authorization actions: LH104 (active, eligible; User Access Administrator excepted),
 *   LH107 (delegated, where User Access Administrator is itself not allowed);
 * - User Access Administrator: LH105 / LH108 (active / eligible), LH107 (delegated).
 */

/** The catalog entry of a role reference, or undefined when it is not a built-in role. Never throws. */
export function builtInRole(roles: RoleCatalog, ref: RoleRef | undefined): BuiltInRole | undefined {
  return typeof ref?.id === 'string' ? roles.byId(ref.id) : undefined;
}

function normalizedId(ref: RoleRef | undefined): string {
  return typeof ref?.id === 'string' ? ref.id.trim().toLowerCase() : '';
}

export function isOwner(ref: RoleRef | undefined): boolean {
  return normalizedId(ref) === WELL_KNOWN_ROLES.owner;
}

export function isUserAccessAdministrator(ref: RoleRef | undefined): boolean {
  return normalizedId(ref) === WELL_KNOWN_ROLES.userAccessAdministrator;
}

/** A role reference that is a well-formed GUID missing from the catalog (a custom or removed role). */
export function isUnknownRoleGuid(roles: RoleCatalog, ref: RoleRef | undefined): boolean {
  return isGuid(ref?.id) && builtInRole(roles, ref) === undefined;
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

/** `Owner (8e3af657-…)` when the catalog knows the name, else the bare id. */
export function roleText(ref: RoleRef | undefined): string {
  const id = typeof ref?.id === 'string' ? ref.id : '(no id)';
  return ref?.name ? `${ref.name} (${id})` : id;
}

/** `customer fabrikam, subscription 8888…`. */
export function whereText(delegation: Delegation): string {
  return `customer ${delegation.customer}, subscription ${delegation.subscriptionId}`;
}

export function isEligibleAuthorization(authorization: Authorization): boolean {
  return authorization.eligible !== undefined && authorization.eligible !== null;
}

/** `granted` or `granted as eligible`, for messages. */
export function grantText(authorization: Authorization): string {
  return isEligibleAuthorization(authorization) ? 'granted as eligible' : 'granted';
}

/** The delegated roles of an authorization; an empty list for inputs that leave the field out. */
export function delegatedRolesOf(authorization: Authorization): readonly RoleRef[] {
  return Array.isArray(authorization.delegatedRoles) ? authorization.delegatedRoles : [];
}

/** What makes two authorizations of one definition the same grant: active/eligible, principal id and role id. */
export function grantKey(authorization: Authorization): string {
  const principalId = typeof authorization.principal?.id === 'string' ? authorization.principal.id.trim().toLowerCase() : '';
  const roleId = typeof authorization.role?.id === 'string' ? authorization.role.id.trim().toLowerCase() : '';
  return `${isEligibleAuthorization(authorization) ? 'eligible' : 'active'}|${principalId}|${roleId}`;
}

// Per authorization list (often shared by many delegations): the how-many-th time each authorization's grant
// appears in it. Computed once per list, so numbering findings stays linear.
const occurrences = new WeakMap<readonly Authorization[], Map<Authorization, number>>();

function occurrence(authorizations: readonly Authorization[], authorization: Authorization): number {
  let numbers = occurrences.get(authorizations);
  if (!numbers) {
    numbers = new Map();
    const counts = new Map<string, number>();
    for (const each of authorizations) {
      const key = grantKey(each);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (!numbers.has(each)) numbers.set(each, n);
    }
    occurrences.set(authorizations, numbers);
  }
  return numbers.get(authorization) ?? 1;
}

/**
 * A per-authorization finding (location falls back to the authorization's source) whose fingerprint also tells
 * apart the offer, active/eligible, and a repeated grant (the second Owner entry of one definition is a finding
 * of its own, `#2`), so that no two findings of one rule share a fingerprint.
 */
export function authorizationDraft(item: AuthorizationInDelegation, message: string, location: SourceLocation | undefined, discriminator = ''): FindingDraft {
  const { delegation, authorization } = item;
  const kind = isEligibleAuthorization(authorization) ? 'eligible' : 'active';
  const n = Array.isArray(delegation.authorizations) ? occurrence(delegation.authorizations, authorization) : 1;
  return {
    ...authorizationFinding(item, message, location),
    discriminator: [delegation.offer, kind, discriminator, n > 1 ? `#${n}` : ''].filter((part) => part !== '').join(':'),
  };
}

/** A finding about a delegated role of an authorization: `role` names the delegated role. */
export function delegatedRoleDraft(item: AuthorizationInDelegation, delegated: RoleRef, message: string): FindingDraft {
  const location = delegated.source ?? item.authorization.role?.source ?? item.authorization.source;
  const parent = item.authorization.role ? roleLabel(item.authorization.role) : '';
  return { ...authorizationDraft(item, message, location, `delegated-by:${parent}`), role: roleLabel(delegated) };
}
