import { Authorization, AuthorizationSet, Delegation, Offer, Plan } from './plan';

/**
 * What Partner Center (and a reviewer) sees of an authorization: principal and its display name, role, assignable
 * roles, access with its just-in-time policy. Two lists with the same fingerprints grant the same.
 */
export function authorizationFingerprint(a: Authorization): string {
  return JSON.stringify([
    a.principal.id.toLowerCase(), a.principal.displayName ?? null, a.role.id.toLowerCase(), a.delegatedRoles.map((r) => r.id.toLowerCase()),
    a.eligible ? [a.eligible.maximumActivationDuration, a.eligible.requireMfa, a.eligible.approvers.map((p) => p.id.toLowerCase())] : null,
  ]);
}

function listFingerprint(authorizations: readonly Authorization[]): string {
  return authorizations.map(authorizationFingerprint).join('\n');
}

/**
 * Authorization sets for an input that has none (ARM, Terraform, az CLI): per offer, one set per distinct
 * authorization list of its delegations, keyed after the offer (`managed`, `managed-2`, ...), marked `derived`;
 * the offer's own set is that of its first delegation. Shared by every importer, so imports and manifests reach
 * the rules, Partner Center and the manifest writer in one shape.
 */
export function deriveAuthorizationSets(delegations: ReadonlyArray<Omit<Delegation, 'authorizationSets'>>, offers: readonly Offer[]):
{ delegations: Delegation[]; offers: Offer[]; authorizationSets: AuthorizationSet[] } {
  const used = new Set<string>();
  const sets: AuthorizationSet[] = [];
  const byOffer = new Map<string, Map<string, string>>();
  const firstSet = new Map<string, string>();
  const withSets = delegations.map((delegation): Delegation => {
    let known = byOffer.get(delegation.offer);
    if (!known) byOffer.set(delegation.offer, (known = new Map()));
    const fingerprint = listFingerprint(delegation.authorizations);
    let key = known.get(fingerprint);
    if (key === undefined) {
      key = delegation.offer;
      for (let n = 2; used.has(key); n++) key = `${delegation.offer}-${n}`;
      used.add(key);
      known.set(fingerprint, key);
      sets.push({ key, authorizations: delegation.authorizations, derived: true, ...(delegation.source && { source: delegation.source }) });
    }
    if (!firstSet.has(delegation.offer)) firstSet.set(delegation.offer, key);
    return { ...delegation, authorizationSets: [key] };
  });
  const withOfferSets = offers.map((offer): Offer => {
    const key = firstSet.get(offer.key);
    return offer.authorizationSets.length > 0 || key === undefined ? offer : { ...offer, authorizationSets: [key] };
  });
  return { delegations: withSets, offers: withOfferSets, authorizationSets: sets };
}

/** The authorizations an offer grants as Partner Center publishes them, with where they came from. */
export interface OfferAuthorizations {
  /** Its sets' authorizations, in order. */
  readonly authorizations: readonly Authorization[];
  /** The sets, in order; empty when the offer names none the Plan has (a hand-built Plan). */
  readonly sets: readonly AuthorizationSet[];
  /** Delegations of the offer whose authorizations differ from these (a per-delegation override). */
  readonly overridden: readonly Delegation[];
}

/** Per Plan: sets by key and delegations by offer, built once (a lookup per offer would make exports quadratic). */
const indexes = new WeakMap<Plan, { sets: Map<string, AuthorizationSet>; delegations: Map<string, Delegation[]> }>();

function indexOf(plan: Plan) {
  let index = indexes.get(plan);
  if (!index) {
    const delegations = new Map<string, Delegation[]>();
    for (const d of plan.delegations) {
      const list = delegations.get(d.offer);
      if (list) list.push(d);
      else delegations.set(d.offer, [d]);
    }
    index = { sets: new Map(plan.authorizationSets.map((s) => [s.key, s])), delegations };
    indexes.set(plan, index);
  }
  return index;
}

/**
 * The authorizations of an offer: a Marketplace plan belongs to the offer, not to a customer (every buyer gets the
 * same access), so they are those of the offer's authorization sets.
 */
export function offerAuthorizations(plan: Plan, offer: Offer): OfferAuthorizations {
  const { sets: byKey, delegations } = indexOf(plan);
  const sets = offer.authorizationSets.map((key) => byKey.get(key)).filter((s): s is AuthorizationSet => s !== undefined);
  const authorizations = sets.flatMap((s) => s.authorizations);
  const fingerprint = listFingerprint(authorizations);
  const overridden = (delegations.get(offer.key) ?? []).filter((d) => listFingerprint(d.authorizations) !== fingerprint);
  return { authorizations, sets, overridden };
}
