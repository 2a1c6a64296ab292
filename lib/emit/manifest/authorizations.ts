import { isGuid } from '../../model/guid';
import { Authorization, Principal, RoleRef } from '../../model/plan';
import { DEFAULT_MAX_ACTIVATION } from '../../model/scopes';
import { AuthorizationEntry, EligibleEntry } from '../../manifest/generated/manifest-types';
import { RoleCatalog } from '../../roles/catalog';
import { Comment, Commented, plain, todo, under, ZERO_GUID } from './draft';

/** `eligible.maxActivation` as the manifest schema takes it (days, hours, minutes, seconds). */
const MAX_ACTIVATION = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** How principals are named in entries: PrincipalTable.keyOf (which adds the principal), or an identity to compare entries by. */
export type PrincipalKeys = (principal: Principal) => string;

/** One authorization as a manifest entry: principal by key, roles by built-in name where that reads back to the same GUID. */
export function authorizationEntry(authorization: Authorization, keyOf: PrincipalKeys, roles: RoleCatalog): Commented<AuthorizationEntry> {
  const comments: Comment[] = [];
  const take = <T>(path: ReadonlyArray<string | number>, value: Commented<T>): T => {
    comments.push(...under(path, value.comments));
    return value.value;
  };
  const delegated = uniqueValues(authorization.delegatedRoles.map((role) => roleValue(role, roles)));
  const eligible = authorization.eligible;
  // Principal before approvers: the order keys are handed out in is the order of `principals`.
  const principal = keyOf(authorization.principal);
  const approvers = eligible ? [...new Set(eligible.approvers.map(keyOf))] : [];
  const entry: AuthorizationEntry = {
    principal,
    role: take(['role'], roleValue(authorization.role, roles)),
    ...(delegated.length > 0 && { delegatedRoles: delegated.map((role, i) => take(['delegatedRoles', i], role)) as AuthorizationEntry['delegatedRoles'] }),
  };
  if (eligible) {
    const maxActivation = MAX_ACTIVATION.test(eligible.maximumActivationDuration)
      ? plain(eligible.maximumActivationDuration)
      : todo(DEFAULT_MAX_ACTIVATION, `the source's maximum activation duration ${JSON.stringify(eligible.maximumActivationDuration)} is not an ISO 8601 duration the manifest takes; ${DEFAULT_MAX_ACTIVATION} (the default) is written instead: set the intended one (PT30M to PT8H)`);
    const jit: EligibleEntry = {
      maxActivation: take(['eligible', 'maxActivation'], maxActivation),
      requireMfa: eligible.requireMfa,
      ...(approvers.length > 0 && { approvers }),
    };
    entry.eligible = jit;
  }
  return { value: entry, comments };
}

/**
 * A role as the manifest names it: the built-in name when the catalog knows the GUID and the name resolves back
 * to it (names are what people read), else the GUID (the resolver keeps GUIDs it does not know, LH102 reports them).
 */
export function roleValue(role: RoleRef, roles: RoleCatalog): Commented<string> {
  if (!isGuid(role.id)) {
    return todo(ZERO_GUID, `role ${JSON.stringify(role.id)}${role.name ? ` (${role.name})` : ''} in the source is not a role GUID: replace with the built-in role's name or GUID`);
  }
  if (role.id === ZERO_GUID) return todo(ZERO_GUID, 'the source has the all-zero GUID as the role, a placeholder: replace with the built-in role\'s name or GUID');
  const known = roles.byId(role.id);
  return plain(known && roles.byName(known.name)?.id === known.id ? known.name : role.id.toLowerCase());
}

/** Delegated roles and approvers are sets in the schema (`uniqueItems`). */
function uniqueValues(values: ReadonlyArray<Commented<string>>): Array<Commented<string>> {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.value) && (seen.add(v.value), true));
}
