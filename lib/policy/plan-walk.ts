import { Authorization, Delegation, Plan, Principal } from '../model/plan';
import { RoleRef } from '../model/plan';
import { FindingDraft } from './rule';

/** One authorization of one delegation, with the delegation it belongs to. */
export interface AuthorizationInDelegation {
  readonly delegation: Delegation;
  readonly authorization: Authorization;
}

export function* authorizations(plan: Plan): Generator<AuthorizationInDelegation> {
  for (const delegation of plan.delegations) {
    for (const authorization of delegation.authorizations) yield { delegation, authorization };
  }
}

/** Principal key when the input has keys (manifests), else the object id. */
export function principalLabel(principal: Principal): string {
  return principal.key ?? principal.id;
}

/** Role name when the catalog knows it, else the GUID. */
export function roleLabel(role: RoleRef): string {
  return role.name ?? role.id;
}

/** `"Ops Engineers" (ops)` for messages: what people recognise first, then what they search for. */
export function describePrincipal(principal: Principal): string {
  const label = principalLabel(principal);
  return principal.displayName && principal.displayName !== label ? `"${principal.displayName}" (${label})` : `"${label}"`;
}

/** The fields every per-authorization finding carries: where it is and whom it concerns. */
export function authorizationFinding(
  { delegation, authorization }: AuthorizationInDelegation, message: string, location = authorization.source,
): FindingDraft {
  return {
    message,
    ...(location && { location }),
    customer: delegation.customer,
    subscription: delegation.subscriptionId,
    principal: principalLabel(authorization.principal),
    role: roleLabel(authorization.role),
  };
}

/** The fields of a per-delegation finding (a registration definition as a whole). */
export function delegationFinding(delegation: Delegation, message: string, location = delegation.source): FindingDraft {
  return {
    message,
    ...(location && { location }),
    customer: delegation.customer,
    subscription: delegation.subscriptionId,
    discriminator: delegation.offer,
  };
}
