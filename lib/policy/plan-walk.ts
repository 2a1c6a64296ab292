import { Authorization, Delegation, isEligible, Plan, Principal } from '../model/plan';

/** One authorization of one delegation, with the delegation it belongs to. */
export interface AuthorizationInDelegation {
  readonly delegation: Delegation;
  readonly authorization: Authorization;
}

/** Walks already made, per Plan: most rules walk every authorization, 300,000 of them at 10,000 customers. */
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

/** One principal's authorizations in one delegation, in manifest order. */
export interface PrincipalInDelegation {
  readonly principal: Principal;
  readonly authorizations: readonly Authorization[];
}

/** The principals of a delegation's authorizations, grouped by object id (case-insensitive), first use first. */
export function principalsOf(delegation: Delegation): PrincipalInDelegation[] {
  const byId = new Map<string, { principal: Principal; authorizations: Authorization[] }>();
  for (const authorization of delegation.authorizations) {
    const id = authorization.principal.id.toLowerCase();
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { principal: authorization.principal, authorizations: [] }));
    entry.authorizations.push(authorization);
  }
  return [...byId.values()];
}

/** The Plan's principals by lower-case object id (the first entry wins when an id is listed twice). */
export function principalsById(plan: Plan): Map<string, Principal> {
  const byId = new Map<string, Principal>();
  for (const principal of plan.principals) {
    const id = principal.id.toLowerCase();
    if (!byId.has(id)) byId.set(id, principal);
  }
  return byId;
}

/** What makes two authorizations of one definition the same grant: active/eligible, principal id and role id. */
export function grantKey(authorization: Authorization): string {
  return `${isEligible(authorization) ? 'eligible' : 'active'}|${authorization.principal.id.trim().toLowerCase()}|${authorization.role.id.trim().toLowerCase()}`;
}

// Per authorization list (often shared by many delegations): the how-many-th time each authorization's grant
// appears in it. Computed once per list, so numbering stays linear.
const occurrences = new WeakMap<readonly Authorization[], Map<Authorization, number>>();

/** 1 for the first authorization of its grant in the delegation, 2 for a repeat of it (LH112's duplicate), ... */
export function grantOccurrence(delegation: Delegation, authorization: Authorization): number {
  const list = delegation.authorizations;
  let numbers = occurrences.get(list);
  if (!numbers) {
    numbers = new Map();
    const counts = new Map<string, number>();
    for (const each of list) {
      const key = grantKey(each);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (!numbers.has(each)) numbers.set(each, n);
    }
    occurrences.set(list, numbers);
  }
  return numbers.get(authorization) ?? 1;
}
