import { isGuid } from '../../model/guid';
import { Authorization, RoleRef } from '../../model/plan';
import { DEFAULT_MAX_ACTIVATION } from '../../model/scopes';
import { RoleCatalog } from '../../roles/catalog';
import { AuthorizationModel, todo, Value, ZERO_GUID } from './model';
import { PrincipalTable } from './principals';

/** `eligible.maxActivation` as the manifest schema takes it (days, hours, minutes, seconds). */
const MAX_ACTIVATION = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** One authorization as a manifest entry: principal by key, roles by built-in name where that reads back to the same GUID. */
export function authorizationModel(authorization: Authorization, principals: PrincipalTable, roles: RoleCatalog): AuthorizationModel {
  const delegated = uniqueValues(authorization.delegatedRoles.map((role) => roleValue(role, roles)));
  const eligible = authorization.eligible;
  // Principal before approvers: the order keys are handed out in is the order of `principals`.
  const principal = principals.keyOf(authorization.principal);
  const approvers = eligible ? [...new Set(eligible.approvers.map((approver) => principals.keyOf(approver)))] : [];
  return {
    principal,
    role: roleValue(authorization.role, roles),
    ...(delegated.length > 0 && { delegatedRoles: delegated }),
    ...(eligible && {
      eligible: {
        maxActivation: MAX_ACTIVATION.test(eligible.maximumActivationDuration)
          ? { value: eligible.maximumActivationDuration }
          : todo(DEFAULT_MAX_ACTIVATION, `the source's maximum activation duration ${JSON.stringify(eligible.maximumActivationDuration)} is not an ISO 8601 duration the manifest takes; ${DEFAULT_MAX_ACTIVATION} (the default) is written instead: set the intended one (PT30M to PT8H)`),
        requireMfa: eligible.requireMfa,
        ...(approvers.length > 0 && { approvers }),
      },
    }),
  };
}

/**
 * A role as the manifest names it: the built-in name when the catalog knows the GUID and the name resolves back
 * to it (names are what people read), else the GUID (the resolver keeps GUIDs it does not know, LH102 reports them).
 */
export function roleValue(role: RoleRef, roles: RoleCatalog): Value {
  if (!isGuid(role.id)) {
    return todo(ZERO_GUID, `role ${JSON.stringify(role.id)}${role.name ? ` (${role.name})` : ''} in the source is not a role GUID: replace with the built-in role's name or GUID`);
  }
  if (role.id === ZERO_GUID) return todo(ZERO_GUID, 'the source has the all-zero GUID as the role, a placeholder: replace with the built-in role\'s name or GUID');
  const known = roles.byId(role.id);
  return { value: known && roles.byName(known.name)?.id === known.id ? known.name : role.id.toLowerCase() };
}

/** Delegated roles and approvers are sets in the schema (`uniqueItems`). */
function uniqueValues(values: readonly Value[]): Value[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.value) && (seen.add(v.value), true));
}
