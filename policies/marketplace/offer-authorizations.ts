import { Authorization, Delegation, Offer, Plan } from '../../lib/model/plan';

/**
 * The authorizations a Marketplace plan publishes, per offer. A plan's manifest belongs to the offer, not
 * to a customer, so they come from the offer's authorization sets (their entries as found in any
 * delegation that uses the set); when the Plan does not record sets (imports), from the offer's first
 * delegation. Undefined when the Plan holds neither (an offer no delegation uses, with unused sets).
 */
export type OfferAuthorizations = (offer: Offer) => readonly Authorization[] | undefined;

/** One linear pass over the delegations; the returned lookup is cheap per offer. */
export function offerAuthorizationsOf(plan: Plan): OfferAuthorizations {
  const sets = new Map<string, Authorization[]>();
  const firstDelegation = new Map<string, Delegation>();
  for (const delegation of plan.delegations ?? []) {
    if (!firstDelegation.has(delegation.offer)) firstDelegation.set(delegation.offer, delegation);
    let found: Map<string, Authorization[]> | undefined;
    for (const authorization of delegation.authorizations ?? []) {
      const set = authorization.authorizationSet;
      if (set === undefined || sets.has(set)) continue;
      found ??= new Map();
      let list = found.get(set);
      if (!list) found.set(set, (list = []));
      list.push(authorization);
    }
    for (const [set, list] of found ?? []) sets.set(set, list);
  }
  return (offer) => {
    const keys = [...new Set(offer.authorizationSets ?? [])];
    if (keys.length > 0 && keys.every((key) => sets.has(key))) return keys.flatMap((key) => sets.get(key)!);
    return firstDelegation.get(offer.key)?.authorizations;
  };
}

/**
 * An authorization as Partner Center sees it, for comparing two versions of a plan: principal, role,
 * assignable (delegated) roles, and active or eligible with its just-in-time policy.
 */
export function normalizeAuthorization(authorization: Authorization): string {
  const principal = (authorization.principal?.id ?? '').toLowerCase();
  const role = (authorization.role?.id ?? '').toLowerCase();
  const delegated = (authorization.delegatedRoles ?? []).map((r) => (r?.id ?? '').toLowerCase()).sort().join(';');
  const eligible = authorization.eligible;
  const access = eligible === undefined
    ? 'active'
    : [
      'eligible',
      (eligible.maximumActivationDuration ?? '').trim().toUpperCase(),
      eligible.requireMfa === false ? 'no-mfa' : 'mfa',
      [...new Set((eligible.approvers ?? []).map((p) => (p?.id ?? '').toLowerCase()))].sort().join(';'),
    ].join(':');
  return [principal, role, delegated, access].join('|');
}

/** Plan versions Partner Center accepts: `n.n.n`, digits only. */
export const PLAN_VERSION = /^\d+\.\d+\.\d+$/;

/**
 * Compares two `n.n.n` versions numerically, component by component (without number precision limits):
 * negative when a < b, 0 when equal, positive when a > b.
 */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = (x[i] ?? '0').replace(/^0+(?=\d)/, '');
    const q = (y[i] ?? '0').replace(/^0+(?=\d)/, '');
    if (p.length !== q.length) return p.length - q.length;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** `standard (publisher contoso, product managed-ops, version 1.2.0)`. */
export function describeMarketplacePlan(offer: Offer): string {
  const plan = offer.plan;
  if (!plan) return '';
  return `${plan.name} (publisher ${plan.publisher}, product ${plan.product}, version ${plan.version})`;
}
