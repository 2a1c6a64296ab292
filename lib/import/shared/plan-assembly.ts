import { sanitizeKey } from '../../model/ids';
import { SourceLocation } from '../../model/location';
import { deriveAuthorizationSets } from '../../model/authorization-sets';
import { Customer, DEFAULT_SETTINGS, Delegation, ManagingTenant, Offer, Plan, Principal, RoleRef, Settings } from '../../model/plan';
import { RoleCatalog } from '../../roles/catalog';

/**
 * What an importer reads for one registration definition before it is placed in a Plan: everything of a
 * Delegation except the customer key (decided per file: option, stack name or file name, and per tenant).
 * Format-neutral; the Terraform and az CLI importers share it.
 */
export interface ImportedDelegation extends Omit<Delegation, 'customer' | 'offer' | 'authorizationSets'> {
  /** Offer key: the manifest's when the input records it (our cdk.tf.json), else derived from the offer name. */
  readonly offerKey: string;
  /** The customer tenant's display name when the input has one (az CLI: `manageeTenantName`). */
  readonly customerTenantName?: string;
  readonly managingTenantSource?: SourceLocation;
}

export interface AssemblyInput {
  readonly file: string;
  /** Customer key for the file's customer tenant (option, stack name or file name). */
  readonly customerKey: string;
  /**
   * `customerKey` is only the file's name (no --customer, nothing in the input): the customer tenant's name, when the
   * input gives one, makes the better key (`manageeTenantName` "Wide World Importers" -> wide-world-importers).
   * @default false
   */
  readonly customerKeyIsFileName?: boolean;
  readonly delegations: readonly ImportedDelegation[];
  readonly settings?: Settings;
}

/**
 * Builds the Plan around imported delegations: one customer per customer tenant (several tenants in one
 * file get keys from their names or ids), one offer per offer key, principals once each by object id
 * (first display name wins), the managing tenant when every delegation names the same one.
 */
export function assemblePlan(input: AssemblyInput): Plan {
  const customerKeys = customersByTenant(input);
  const customers: Customer[] = [];
  for (const [tenantId, entry] of customerKeys) {
    customers.push({ key: entry.key, displayName: entry.displayName, tenantId, ...(entry.source && { source: entry.source }) });
  }
  const offerKeys = new OfferKeys();
  const read: Array<Omit<Delegation, 'authorizationSets'>> = input.delegations.map(({ offerKey, customerTenantName: _name, managingTenantSource: _source, ...rest }) => ({
    customer: customerKeys.get(rest.customerTenantId)!.key,
    offer: offerKeys.key(offerKey, rest.name, rest.managingTenantId),
    ...rest,
  }));
  const offers = new Map<string, Offer>();
  for (const delegation of read) {
    if (offers.has(delegation.offer)) continue;
    offers.set(delegation.offer, {
      key: delegation.offer,
      name: delegation.name,
      ...(delegation.description !== undefined && { description: delegation.description }),
      authorizationSets: [],
      ...(delegation.plan && { plan: delegation.plan }),
      ...(delegation.source && { source: delegation.source }),
    });
  }
  const { delegations, offers: withSets, authorizationSets } = deriveAuthorizationSets(read, [...offers.values()]);
  return {
    file: input.file,
    ...managingTenant(input.delegations),
    principals: principalsOf(delegations),
    customers,
    offers: withSets,
    authorizationSets,
    delegations,
    suppressions: [],
    settings: input.settings ?? DEFAULT_SETTINGS,
  };
}

/** A role reference with the catalog's name when the GUID is a known built-in role. */
export function roleRef(roles: RoleCatalog, id: string, source?: SourceLocation): RoleRef {
  const normalized = id.trim().toLowerCase();
  const role = roles.byId(normalized);
  return { id: normalized, ...(role && { name: role.name }), ...(source && { source }) };
}

export function principal(id: string, displayName: string | undefined, source?: SourceLocation): Principal {
  return { id: id.trim().toLowerCase(), ...(displayName !== undefined && displayName !== '' && { displayName }), ...(source && { source }) };
}

interface CustomerEntry {
  readonly key: string;
  readonly displayName: string;
  readonly source?: SourceLocation;
}

function customersByTenant(input: AssemblyInput): Map<string, CustomerEntry> {
  const tenants = new Map<string, ImportedDelegation>();
  for (const delegation of input.delegations) if (!tenants.has(delegation.customerTenantId)) tenants.set(delegation.customerTenantId, delegation);
  const result = new Map<string, CustomerEntry>();
  if (tenants.size <= 1) {
    const [tenant, first] = tenants.entries().next().value ?? ['', undefined];
    // A name with no letter or digit of [a-z0-9] would sanitize to a meaningless key: the file's name is better then.
    const name = input.customerKeyIsFileName ? first?.customerTenantName : undefined;
    const key = name !== undefined && /[a-z0-9]/i.test(name) ? sanitizeKey(name) : input.customerKey;
    result.set(tenant, { key, displayName: first?.customerTenantName ?? key, ...(first?.source && { source: first.source }) });
    return result;
  }
  // Several customer tenants in one file (an az CLI export from the managing tenant, a multi-provider
  // configuration): one customer each, keyed by tenant name or id so keys stay stable between runs.
  const used = new Set<string>();
  for (const [tenant, first] of tenants) {
    const base = first.customerTenantName ? sanitizeKey(first.customerTenantName) : sanitizeKey(`${input.customerKey}-${tenant || 'unknown-tenant'}`);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    result.set(tenant, { key, displayName: first.customerTenantName ?? key, ...(first.source && { source: first.source }) });
  }
  return result;
}

/**
 * An offer is its name and managing tenant (what Azure tells offers apart by: the same offer name from another
 * provider is another offer): each gets one key wherever it recurs, and two that want the same key (names that
 * sanitize alike, one name from two managing tenants) get `-2`, `-3` in order of appearance.
 */
class OfferKeys {
  private readonly owners = new Map<string, string>();
  private readonly keys = new Map<string, string>();

  key(wanted: string, name: string, managingTenantId: string): string {
    const identity = `${name}\u0000${managingTenantId.toLowerCase()}`;
    const known = this.keys.get(`${wanted}\u0000${identity}`);
    if (known !== undefined) return known;
    let key = wanted;
    for (let n = 2; this.owners.has(key) && this.owners.get(key) !== identity; n++) key = `${wanted}-${n}`;
    this.owners.set(key, identity);
    this.keys.set(`${wanted}\u0000${identity}`, key);
    return key;
  }
}

function managingTenant(delegations: readonly ImportedDelegation[]): { managingTenant?: ManagingTenant } {
  const ids = new Set(delegations.map((d) => d.managingTenantId));
  if (ids.size !== 1) return {};
  const [first] = delegations;
  return { managingTenant: { id: first.managingTenantId, ...(first.managingTenantSource && { source: first.managingTenantSource }) } };
}

function principalsOf(delegations: readonly Delegation[]): Principal[] {
  const byId = new Map<string, Principal>();
  const add = (p: Principal) => {
    const known = byId.get(p.id);
    if (!known) byId.set(p.id, p);
    else if (known.displayName === undefined && p.displayName !== undefined) byId.set(p.id, { ...known, displayName: p.displayName });
  };
  for (const delegation of delegations) {
    for (const authorization of delegation.authorizations) {
      add(authorization.principal);
      for (const approver of authorization.eligible?.approvers ?? []) add(approver);
    }
  }
  return [...byId.values()];
}
