import { Authorization, Delegation, isEligible, Plan, Principal } from '../model/plan';
import { groupBy } from '../util/group-by';

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
  return principalsIn(delegation.authorizations);
}

/** The principals of an authorization list, grouped by object id (case-insensitive), first use first. */
export function principalsIn(list: readonly Authorization[]): PrincipalInDelegation[] {
  const byId = new Map<string, { principal: Principal; authorizations: Authorization[] }>();
  for (const authorization of list) {
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

/**
 * `compute` once per distinct authorization list, as a function of the delegation. A manifest gives every
 * delegation of an offer one shared list (lib/manifest/resolve), so what a rule derives from the authorizations
 * alone is derived once per offer, not once per customer subscription (30,000 times at 10,000 customers).
 */
export function perAuthorizationList<T>(compute: (authorizations: readonly Authorization[]) => T): (delegation: Delegation) => T {
  const of = perList(compute);
  return (delegation) => of(delegation.authorizations);
}

/** `compute` once per distinct authorization list (by identity), as a function of the list. */
export function perList<T>(compute: (authorizations: readonly Authorization[]) => T): (list: readonly Authorization[]) => T {
  const results = new Map<readonly Authorization[], T>();
  // Consecutive delegations (one customer's subscriptions) mostly share a list: the last answer is checked first.
  let lastList: readonly Authorization[] | undefined;
  let lastResult: T | undefined;
  return (list) => {
    if (list === lastList) return lastResult!;
    let result: T;
    if (results.has(list)) result = results.get(list)!;
    else results.set(list, (result = compute(list)));
    lastList = list;
    lastResult = result;
    return result;
  };
}

/** Per Plan: its delegations by authorization list. */
const byList = new WeakMap<readonly Delegation[], ReadonlyMap<readonly Authorization[], readonly Delegation[]>>();

/**
 * The Plan's delegations grouped by authorization list (by identity): lists in order of first use, delegations in
 * Plan order. Built once per Plan.
 */
export function delegationsByList(plan: Plan): ReadonlyMap<readonly Authorization[], readonly Delegation[]> {
  let groups = byList.get(plan.delegations);
  if (!groups) byList.set(plan.delegations, (groups = groupBy(plan.delegations, (d) => d.authorizations)));
  return groups;
}

/**
 * `find(list)` once per distinct authorization list, and each delegation of a list where it found something, with
 * what it found: a rule about authorization lists costs one step per list where it finds nothing (the usual case),
 * not one per delegation. Lists in order of first use, delegations in Plan order: a rule's findings about one
 * delegation keep their order, and every rule's findings are sorted afterwards.
 */
export function* delegationsWithFinds<T>(plan: Plan, find: (list: readonly Authorization[]) => readonly T[]): Generator<readonly [Delegation, readonly T[]]> {
  for (const [list, delegations] of delegationsByList(plan)) {
    const found = find(list);
    if (found.length === 0) continue;
    for (const delegation of delegations) yield [delegation, found];
  }
}

/**
 * The authorizations (with their delegations, as `delegationsWithFinds` orders them) for which `test` holds.
 * `test` judges an authorization on its own: it runs once per distinct authorization list and entry.
 */
export function* authorizationsWhere(plan: Plan, test: (authorization: Authorization) => boolean): Generator<AuthorizationInDelegation> {
  for (const [delegation, matches] of delegationsWithFinds(plan, (list) => list.filter(test))) {
    for (const authorization of matches) yield { delegation, authorization };
  }
}
