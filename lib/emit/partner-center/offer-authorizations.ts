import { Authorization, Delegation, Offer, Plan } from '../../model/plan';
import { groupBy } from '../../util/group-by';

/** Where a plan's authorizations were taken from, so the sheet can say it. */
export type AuthorizationSource =
  /** A delegation that uses exactly the offer's authorization sets (no per-delegation override). */
  | { readonly kind: 'delegation'; readonly delegation: Delegation }
  /** Each of the offer's sets as found in the first delegation (of any offer) that uses it. */
  | { readonly kind: 'sets' }
  /** The Plan records no sets (imports): the offer's first delegation. */
  | { readonly kind: 'first-delegation'; readonly delegation: Delegation }
  /** Nothing in the Plan holds the offer's authorizations. */
  | { readonly kind: 'none' };

export interface OfferAuthorizations {
  readonly authorizations: readonly Authorization[];
  readonly source: AuthorizationSource;
  /** Delegations of the offer whose authorizations differ from the plan's (per-delegation overrides). */
  readonly overridden: readonly Delegation[];
}

/**
 * The authorizations a Marketplace plan publishes. A plan's manifest belongs to the offer, not to a customer
 * (every buyer gets the same access), so they come from the offer's own authorization sets. The Plan keeps
 * authorizations per delegation only, and a delegation may override the offer's sets; so, in order:
 * 1. the first delegation of the offer whose authorizations come from exactly the offer's sets, in order;
 * 2. else each of the offer's sets as found in the first delegation of any offer that uses it;
 * 3. else (a Plan without sets, from an import) the offer's first delegation;
 * 4. else nothing (the offer is not used and its sets appear nowhere).
 */
export function offerAuthorizations(plan: Plan, offer: Offer): OfferAuthorizations {
  const own = delegationsByOffer(plan).get(offer.key) ?? [];
  const chosen = choose(plan, offer, own);
  const fingerprint = listFingerprint(chosen.authorizations);
  return { ...chosen, overridden: own.filter((d) => listFingerprint(d.authorizations) !== fingerprint) };
}

function choose(plan: Plan, offer: Offer, own: readonly Delegation[]): Omit<OfferAuthorizations, 'overridden'> {
  const sets = offer.authorizationSets;
  if (sets.length > 0) {
    const exact = own.find((d) => sameKeys(setSequence(d.authorizations), sets));
    if (exact) return { authorizations: exact.authorizations, source: { kind: 'delegation', delegation: exact } };
    const found = setsFoundIn(plan.delegations);
    if (sets.every((set) => found.has(set))) return { authorizations: sets.flatMap((set) => found.get(set)!), source: { kind: 'sets' } };
  }
  if (own.length > 0) return { authorizations: own[0].authorizations, source: { kind: 'first-delegation', delegation: own[0] } };
  return { authorizations: [], source: { kind: 'none' } };
}

/** The sets a delegation's authorizations came from, in order (a set contributes one contiguous run). */
function setSequence(authorizations: readonly Authorization[]): Array<string | undefined> {
  const sequence: Array<string | undefined> = [];
  authorizations.forEach((a, i) => {
    if (i === 0 || authorizations[i - 1].authorizationSet !== a.authorizationSet) sequence.push(a.authorizationSet);
  });
  return sequence;
}

function sameKeys(a: ReadonlyArray<string | undefined>, b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Each set's entries as found in the first delegation that uses it. */
function setsFoundIn(delegations: readonly Delegation[]): Map<string, Authorization[]> {
  const found = new Map<string, Authorization[]>();
  for (const delegation of delegations) {
    const here = new Map<string, Authorization[]>();
    for (const authorization of delegation.authorizations) {
      const set = authorization.authorizationSet;
      if (set === undefined || found.has(set)) continue;
      let list = here.get(set);
      if (!list) here.set(set, (list = []));
      list.push(authorization);
    }
    for (const [set, list] of here) found.set(set, list);
  }
  return found;
}

/** What Partner Center would show of a list of authorizations: principal, role, assignable roles, access. */
function listFingerprint(authorizations: readonly Authorization[]): string {
  return JSON.stringify(authorizations.map((a) => [
    a.principal.id.toLowerCase(), a.principal.displayName ?? null, a.role.id.toLowerCase(), a.delegatedRoles.map((r) => r.id.toLowerCase()),
    a.eligible ? [a.eligible.maximumActivationDuration, a.eligible.requireMfa, a.eligible.approvers.map((p) => p.id.toLowerCase())] : null,
  ]));
}

/** Per Plan, its delegations by offer key (a filter per offer would make the export quadratic in offers). */
const byOffer = new WeakMap<Plan, Map<string, Delegation[]>>();

function delegationsByOffer(plan: Plan): Map<string, Delegation[]> {
  let groups = byOffer.get(plan);
  if (!groups) byOffer.set(plan, (groups = groupBy(plan.delegations, (d) => d.offer)));
  return groups;
}
