import { Authorization, AuthorizationSet, Delegation, Plan } from '../../model/plan';
import { AuthorizationEntry } from '../../manifest/generated/manifest-types';
import { RoleCatalog } from '../../roles/catalog';
import { authorizationEntry } from './authorizations';
import { Commented } from './draft';
import { Groups, OfferGroup } from './groups';
import { KeyAllocator, keepableKey, keyFromText } from './keys';
import { principalIdentity, PrincipalTable } from './principals';

export interface WrittenSet {
  readonly key: string;
  readonly entries: ReadonlyArray<Commented<AuthorizationEntry>>;
}

export interface SetsResult {
  /** In output order: each offer's sets, then those of its delegations, offer by offer; then sets nothing uses. */
  readonly sets: readonly WrittenSet[];
  /** The offer's own sets (`offers.<key>.authorizations`) by manifest offer key; absent when nothing in the Plan says what they hold. */
  readonly offerSets: ReadonlyMap<string, readonly string[]>;
  /** The sets each delegation's authorizations come from, index-aligned with `plan.delegations`. */
  readonly delegationSets: ReadonlyArray<readonly string[]>;
}

/**
 * The manifest's authorization sets are the Plan's (`plan.authorizationSets`, named by offers and delegations): a
 * manifest's own sets with their keys, or the sets an importer derived (`derived`), which are named after the
 * manifest offer that uses them (`managed-ops`, `managed-ops-2`, ...). A Plan whose delegations do not hold what
 * their sets hold (built by other code, or changed after it was made) gets sets derived from its delegations
 * instead, the way importers derive them: the manifest must grant what the delegations grant.
 */
export function authorizationSets(plan: Plan, offers: Groups<OfferGroup>, principals: PrincipalTable, roles: RoleCatalog): SetsResult {
  // Principals the Plan does not list get their keys in the order the delegations use them (principal, then approvers).
  for (const a of plan.delegations.flatMap((d) => d.authorizations)) [a.principal, ...(a.eligible?.approvers ?? [])].forEach(principals.keyOf);
  const source = consistentSets(plan, roles) ?? derivedSets(plan, roles);
  const { sets, delegationSets: planKeys } = source;

  // Output order and keys: offer by offer, the offer's sets, then the sets its delegations use.
  const order: AuthorizationSet[] = [];
  const firstOffer = new Map<string, OfferGroup>();
  const place = (key: string, offer: OfferGroup | undefined) => {
    const set = sets.get(key);
    if (!set || firstOffer.has(key)) return;
    firstOffer.set(key, offer!);
    order.push(set);
  };
  for (const offer of offers.groups) {
    offer.planSets.forEach((key) => place(key, offer));
    plan.delegations.forEach((_, i) => {
      if (offers.ofDelegation[i] === offer) planKeys[i].forEach((key) => place(key, offer));
    });
  }
  const unused = [...sets.values()].filter((set) => !firstOffer.has(set.key));
  const keys = new KeyAllocator();
  const manifestKey = new Map<string, string>();
  // Keys the Plan has are claimed first, so that a key made up for a derived set never takes one.
  for (const set of [...order, ...unused]) if (!set.derived && keepableKey(set.key)) manifestKey.set(set.key, keys.claim(set.key));
  for (const set of [...order, ...unused]) {
    if (manifestKey.has(set.key)) continue;
    const base = set.derived && firstOffer.get(set.key) ? firstOffer.get(set.key)!.key : keyFromText(set.key, 'set') ?? 'set';
    manifestKey.set(set.key, keys.claim(base));
  }
  const rename = (list: readonly string[]) => list.map((key) => manifestKey.get(key)!);

  const offerSets = new Map<string, readonly string[]>();
  for (const offer of offers.groups) {
    if (offer.planSets.length > 0 && offer.planSets.every((key) => sets.has(key))) offerSets.set(offer.key, rename(offer.planSets));
    else {
      const first = offers.ofDelegation.indexOf(offer);
      if (first >= 0) offerSets.set(offer.key, rename(planKeys[first]));
    }
  }
  return {
    sets: [...order, ...unused].map((set) => ({ key: manifestKey.get(set.key)!, entries: set.authorizations.map((a) => authorizationEntry(a, principals.keyOf, roles)) })),
    offerSets,
    delegationSets: planKeys.map(rename),
  };
}

interface SourceSets {
  readonly sets: ReadonlyMap<string, AuthorizationSet>;
  readonly delegationSets: ReadonlyArray<readonly string[]>;
}

/**
 * The Plan's own sets, when every delegation's authorizations are exactly its sets' authorizations in order (as the
 * manifest would write them: same principal keys, roles, just-in-time policies); else undefined.
 */
function consistentSets(plan: Plan, roles: RoleCatalog): SourceSets | undefined {
  const sets = new Map(plan.authorizationSets.map((set) => [set.key, set]));
  const written = new Map<string, string[]>();
  const entriesOf = (set: AuthorizationSet) => {
    let list = written.get(set.key);
    if (!list) written.set(set.key, (list = set.authorizations.map((a) => entryText(a, roles))));
    return list;
  };
  const consistent = plan.delegations.every((delegation: Delegation) => {
    if (delegation.authorizationSets.length === 0 || new Set(delegation.authorizationSets).size !== delegation.authorizationSets.length) return false;
    const expected: string[] = [];
    for (const key of delegation.authorizationSets) {
      const set = sets.get(key);
      if (!set || set.authorizations.length === 0) return false;
      expected.push(...entriesOf(set));
    }
    const actual = delegation.authorizations.map((a) => entryText(a, roles));
    return actual.length === expected.length && actual.every((entry, j) => entry === expected[j]);
  });
  return consistent ? { sets, delegationSets: plan.delegations.map((d) => d.authorizationSets) } : undefined;
}

/** An authorization as the manifest writes it, with principals by identity: equal texts are equal entries. */
function entryText(authorization: Authorization, roles: RoleCatalog): string {
  return JSON.stringify(authorizationEntry(authorization, principalIdentity, roles).value);
}

/**
 * Sets derived from the delegations, as every importer derives them (lib/model/authorization-sets): per offer, one set
 * per distinct authorization list, marked `derived` (the manifest names them after the offer). Lists are told apart
 * as the manifest writes them, principal keys and types included.
 */
function derivedSets(plan: Plan, roles: RoleCatalog): SourceSets {
  const sets = new Map<string, AuthorizationSet>();
  const byList = new Map<string, string>();
  const delegationSets = plan.delegations.map((delegation) => {
    const list = `${delegation.offer}\u0000${JSON.stringify(delegation.authorizations.map((a) => entryText(a, roles)))}`;
    let key = byList.get(list);
    if (key === undefined) {
      key = `${delegation.offer}\u0000${sets.size}`;
      byList.set(list, key);
      sets.set(key, { key, authorizations: delegation.authorizations, derived: true });
    }
    return [key];
  });
  return { sets, delegationSets };
}
