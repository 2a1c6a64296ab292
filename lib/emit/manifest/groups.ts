import { isGuid } from '../../model/guid';
import { sanitizeKey } from '../../model/ids';
import { MarketplacePlan, Offer, Plan } from '../../model/plan';
import { KeyAllocator, keepableKey, keyFromId, keyFromText } from './keys';

/** A manifest offer: what the Plan's delegations of one offer key have in common (name, description, plan). */
export interface OfferGroup {
  readonly key: string;
  readonly name: string;
  readonly description?: string;
  readonly plan?: MarketplacePlan;
  /** The Plan offer's authorization sets (only for the offer the Plan declares under this key). */
  readonly planSets: readonly string[];
}

/** A manifest customer: the Plan's delegations of one customer key and customer tenant. */
export interface CustomerGroup {
  readonly key: string;
  readonly planKey: string;
  readonly displayName: string;
  readonly tenantId: string;
}

export interface Groups<G> {
  readonly groups: readonly G[];
  /** The group of each Plan delegation, index-aligned with `plan.delegations`. */
  readonly ofDelegation: readonly G[];
}

/**
 * Manifest offers. In a manifest every delegation of an offer has the offer's name, description and plan; an
 * import may give one offer key several of them, which the manifest can only keep as several offers (the first
 * keeps the key, the others get `-2`, ...). Declared offers come first, in the Plan's order.
 */
export function offerGroups(plan: Plan): Groups<OfferGroup> {
  const draft = new Map<string, { planKey: string; name: string; description?: string; plan?: MarketplacePlan; planSets: readonly string[] }>();
  const add = (planKey: string, name: string, description: string | undefined, marketplace: MarketplacePlan | undefined, declared?: Offer) => {
    const identity = JSON.stringify([planKey, name, description ?? null, marketplace ? [marketplace.publisher, marketplace.product, marketplace.name, marketplace.version] : null]);
    if (!draft.has(identity)) {
      draft.set(identity, {
        planKey, name, ...(description !== undefined && { description }), ...(marketplace && { plan: marketplace }),
        planSets: declared?.authorizationSets ?? [],
      });
    }
    return identity;
  };
  for (const offer of plan.offers) add(offer.key, offer.name, offer.description, offer.plan, offer);
  const identities = plan.delegations.map((d) => add(d.offer, d.name, d.description, d.plan));
  const keys = allocate([...draft.values()], new KeyAllocator(), (g) => g.planKey, (g) => keyFor([g.planKey, g.name], 'offer', ''));
  const groups = new Map([...draft].map(([identity, g], i): [string, OfferGroup] => {
    const { planKey: _planKey, ...rest } = g;
    return [identity, { key: keys[i], ...rest }];
  }));
  return { groups: [...groups.values()], ofDelegation: identities.map((identity) => groups.get(identity)!) };
}

/**
 * Manifest customers, in the order their delegations appear. A customer key whose delegations name several
 * customer tenants becomes one customer per tenant. Keys must stay distinct as stack names (sanitizeKey).
 */
export function customerGroups(plan: Plan): Groups<CustomerGroup> {
  const names = new Map(plan.customers.map((c) => [c.key, c.displayName]));
  const draft = new Map<string, { planKey: string; displayName: string; tenantId: string }>();
  const identities = plan.delegations.map((d) => {
    const identity = JSON.stringify([d.customer, d.customerTenantId.toLowerCase()]);
    if (!draft.has(identity)) draft.set(identity, { planKey: d.customer, displayName: names.get(d.customer) ?? '', tenantId: d.customerTenantId });
    return identity;
  });
  const list = [...draft.values()];
  const keys = allocate(list, new KeyAllocator(sanitizeKey), (g) => g.planKey, (g) => keyFor([g.planKey, g.displayName], 'customer', g.tenantId));
  const groups = new Map([...draft.keys()].map((identity, i): [string, CustomerGroup] => [identity, { key: keys[i], ...list[i] }]));
  return { groups: [...groups.values()], ofDelegation: identities.map((identity) => groups.get(identity)!) };
}

/**
 * Keys for groups: first every group whose Plan key is a valid manifest key keeps it (the first such group per
 * key), so that no made-up key takes one the input has; then the others get a key from `derive`, made unique.
 */
function allocate<G>(groups: readonly G[], keys: KeyAllocator, planKey: (g: G) => string, derive: (g: G) => string): string[] {
  const out: string[] = new Array(groups.length);
  const kept = new Set<string>();
  groups.forEach((g, i) => {
    const key = planKey(g);
    if (keepableKey(key) && !kept.has(key)) {
      kept.add(key);
      out[i] = keys.claim(key);
    }
  });
  groups.forEach((g, i) => {
    if (out[i] === undefined) out[i] = keys.claim(derive(g));
  });
  return out;
}

/** The first candidate text that makes a key (GUIDs do not: they make poor names), else `<kind>-<first 8 of id>`. */
function keyFor(candidates: ReadonlyArray<string | undefined>, kind: string, id: string): string {
  for (const text of candidates) {
    if (text === undefined || isGuid(text.trim())) continue;
    const key = keyFromText(text, kind);
    if (key !== undefined) return key;
  }
  return id === '' ? kind : keyFromId(id, kind);
}
