import { Authorization, Delegation, isEligible, Plan, Principal, RoleRef } from '../model/plan';

/*
 * How findings name Plan elements, in one place so that every rule words them alike: what people recognise
 * first (display names, role names), then what they search for (keys, GUIDs).
 */

/** Principal key when the input has keys (manifests), else the object id. */
export function principalLabel(principal: Principal): string {
  return principal.key ?? principal.id;
}

/** `"Ops Engineers" (ops)`, or `"ops"` when the display name adds nothing. */
export function describePrincipal(principal: Principal): string {
  const label = principalLabel(principal);
  return principal.displayName && principal.displayName !== label ? `"${principal.displayName}" (${label})` : `"${label}"`;
}

/** Role name when the catalog knows it, else the GUID. */
export function roleLabel(role: RoleRef): string {
  return role.name ?? role.id;
}

/** `Owner (8e3af657-…)` when the catalog knows the name, else the bare GUID. */
export function roleText(role: RoleRef): string {
  return role.name ? `${role.name} (${role.id})` : role.id;
}

/** Roles as messages list them: `Reader, Contributor (eligible)`. */
export function describeGrants(authorizations: readonly Authorization[]): string {
  return authorizations.map((a) => `${roleLabel(a.role)}${isEligible(a) ? ' (eligible)' : ''}`).join(', ');
}

/** `granted` or `granted as eligible`. */
export function grantText(authorization: Authorization): string {
  return isEligible(authorization) ? 'granted as eligible' : 'granted';
}

/** How many names a message lists before it says "and N more" (a 10,000-customer list helps nobody). */
export const MAX_LISTED = 20;

/** `a, b, c`, or the first MAX_LISTED names and `and N more`. */
export function listNames(names: readonly string[], max = MAX_LISTED): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Code-unit order, so results do not depend on the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface DelegationNames {
  /** Per customer, its subscriptions with more than one delegation: their messages name the offer too. */
  readonly shared: ReadonlyMap<string, ReadonlySet<string>>;
  /** The n-th delegation of one customer, subscription and offer (n > 1 only: a duplicate, reported by LH117). */
  readonly repeat: ReadonlyMap<Delegation, number>;
}

const names = new WeakMap<readonly Delegation[], DelegationNames>();

function delegationNames(plan: Plan): DelegationNames {
  let cached = names.get(plan.delegations);
  if (cached) return cached;
  const shared = new Map<string, Set<string>>();
  const repeat = new Map<Delegation, number>();
  // customer -> subscription -> offer -> how many delegations so far
  const seen = new Map<string, Map<string, Map<string, number>>>();
  for (const delegation of plan.delegations) {
    let subscriptions = seen.get(delegation.customer);
    if (!subscriptions) seen.set(delegation.customer, (subscriptions = new Map()));
    const subscription = delegation.subscriptionId.toLowerCase();
    let offers = subscriptions.get(subscription);
    if (!offers) subscriptions.set(subscription, (offers = new Map()));
    else {
      let sharedHere = shared.get(delegation.customer);
      if (!sharedHere) shared.set(delegation.customer, (sharedHere = new Set()));
      sharedHere.add(subscription);
    }
    const n = (offers.get(delegation.offer) ?? 0) + 1;
    offers.set(delegation.offer, n);
    if (n > 1) repeat.set(delegation, n);
  }
  cached = { shared, repeat };
  names.set(plan.delegations, cached);
  return cached;
}

/**
 * `customer fabrikam, subscription 8888…`, naming the offer as well where the subscription has several
 * delegations (`…, offer managed-ops`), and the ordinal of a repeated one (`…, offer managed-ops (2nd entry)`),
 * so that two findings of one rule never read the same.
 */
export function where(plan: Plan, delegation: Delegation, options: { readonly offerNamed?: boolean } = {}): string {
  const { shared, repeat } = delegationNames(plan);
  const base = `customer ${delegation.customer}, ${subscriptionText(delegation.subscriptionId)}`;
  const n = repeat.get(delegation);
  const entry = n === undefined ? '' : ` (${ordinal(n)} entry)`;
  // A message that names the offer itself (`offer x in customer ...`) needs only the ordinal of a repeat.
  if (options.offerNamed) return `${base}${entry}`;
  if (shared.get(delegation.customer)?.has(delegation.subscriptionId.toLowerCase()) !== true) return base;
  return `${base}, offer ${delegation.offer}${entry}`;
}

/**
 * `subscription 8888…`, or, for the Plan's unknown subscription (''), what to do about it: an ARM template does not say
 * where it is deployed, and `--subscription` tells.
 */
export function subscriptionText(subscriptionId: string): string {
  return subscriptionId === '' ? 'an unknown subscription (an ARM template does not name it: pass --subscription)' : `subscription ${subscriptionId}`;
}

/** The ordinal of a repeated delegation (`2` for the second of one customer, subscription and offer), or 1. */
export function delegationOrdinal(plan: Plan, delegation: Delegation): number {
  return delegationNames(plan).repeat.get(delegation) ?? 1;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
