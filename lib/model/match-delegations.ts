import { Delegation } from '../model/plan';

/** A delegation of the old Plan and the one of the new Plan that is the same registration definition. */
export interface DelegationPair {
  readonly before: Delegation;
  readonly after: Delegation;
}

export interface DelegationMatch {
  readonly pairs: readonly DelegationPair[];
  readonly removed: readonly Delegation[];
  readonly added: readonly Delegation[];
}

/**
 * Pairs the delegations of two Plans that stand for the same registration definition, in three passes so that
 * both Plans may come from any input kind:
 * 1. subscription and definition id: the name Azure knows the definition by, whatever the keys (a manifest against
 *    a deployed export, whose keys are derived differently; several definitions of one offer in a subscription, as
 *    Microsoft's multi-rg template deploys them and a manifest keeps them with definitionId);
 * 2. customer key, subscription and offer key (two versions of one manifest: a renamed offer title or a changed
 *    managing tenant changes the derived id, and is the same delegation, changed);
 * 3. customer tenant, subscription and offer title (inputs that keep neither keys nor ids, e.g. templates without
 *    a fixed definition name).
 * What no pass pairs was removed or added. Linear: every pass is a Map lookup per delegation.
 */
export function matchDelegations(before: readonly Delegation[], after: readonly Delegation[]): DelegationMatch {
  const passes: Array<(d: Delegation) => string | undefined> = [
    (d) => (d.definitionId === '' ? undefined : `${d.subscriptionId.toLowerCase()}\u0000${d.definitionId.toLowerCase()}`),
    (d) => `${d.customer}\u0000${d.subscriptionId.toLowerCase()}\u0000${d.offer}`,
    (d) => (d.customerTenantId === '' || d.subscriptionId === '' ? undefined : `${d.customerTenantId.toLowerCase()}\u0000${d.subscriptionId.toLowerCase()}\u0000${d.name}`),
  ];
  let left = [...before];
  let right = [...after];
  const pairs: DelegationPair[] = [];
  for (const keyOf of passes) {
    const waiting = new Map<string, Delegation[]>();
    for (const d of right) {
      const key = keyOf(d);
      if (key === undefined) continue;
      const list = waiting.get(key);
      if (list) list.push(d);
      else waiting.set(key, [d]);
    }
    const taken = new Set<Delegation>();
    const unmatched: Delegation[] = [];
    for (const d of left) {
      const key = keyOf(d);
      const candidate = key === undefined ? undefined : waiting.get(key)?.shift();
      if (candidate) {
        pairs.push({ before: d, after: candidate });
        taken.add(candidate);
      } else unmatched.push(d);
    }
    left = unmatched;
    right = right.filter((d) => !taken.has(d));
  }
  return { pairs, removed: left, added: right };
}
