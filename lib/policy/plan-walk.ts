import { Authorization, Delegation, Plan, Principal } from '../model/plan';
import { RoleRef } from '../model/plan';
import { FindingDraft } from './rule';

/** One authorization of one delegation, with the delegation it belongs to. */
export interface AuthorizationInDelegation {
  readonly delegation: Delegation;
  readonly authorization: Authorization;
}

/** Walks already made, per Plan: sixteen rules walk every authorization, 300,000 of them at 10,000 customers. */
const walks = new WeakMap<Plan, { readonly delegations: readonly Delegation[]; readonly items: readonly AuthorizationInDelegation[] }>();

/**
 * Every authorization of the Plan with its delegation, in Plan order. Built once per Plan (Plans are not
 * changed after they are made; a Plan whose delegations array was replaced is walked again).
 */
export function authorizations(plan: Plan): readonly AuthorizationInDelegation[] {
  const cached = walks.get(plan);
  if (cached && cached.delegations === plan.delegations) return cached.items;
  const items: AuthorizationInDelegation[] = [];
  for (const delegation of plan.delegations) {
    for (const authorization of delegation.authorizations) items.push({ delegation, authorization });
  }
  walks.set(plan, { delegations: plan.delegations, items });
  return items;
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
