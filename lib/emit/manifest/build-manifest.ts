import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../../model/errors';
import { isGuid } from '../../model/guid';
import { DEFAULT_SETTINGS, Plan, Settings } from '../../model/plan';
import {
  CustomerEntry, DelegationEntry, LighthouseManifest, ManagingTenant, MarketplacePlanEntry, OfferEntry, SettingsEntry, SuppressionEntry,
} from '../../manifest/generated/manifest-types';
import { RoleCatalog } from '../../roles/catalog';
import { authorizationSets } from './authorization-sets';
import { customerDelegations, DelegationInput } from './delegations';
import { Comment, commentMap, Commented, guidValue, ManifestDraft, plain, todo, under } from './draft';
import { CustomerGroup, customerGroups, offerGroups } from './groups';
import { PrincipalTable } from './principals';

/**
 * A Plan as a manifest: keys for principals, sets, offers and customers; roles by name; the source's definition and
 * assignment names where the manifest would derive others; and a TODO comment wherever the Plan lacks a value the
 * manifest requires (unknown tenant or subscription, a placeholder id), with a value that keeps the file
 * schema-valid and that `check` reports (the all-zero GUID: LH115), or where it leaves a value out (an unknown
 * principal type, which LH210 reports). Throws InputError for what a manifest cannot say at all (no delegations, a
 * delegation without authorizations, several managing tenants).
 */
export function buildManifest(plan: Plan, roles: RoleCatalog): ManifestDraft {
  requireExpressible(plan);
  const notes: string[] = [];
  const comments: Comment[] = [];
  const take = <T>(path: ReadonlyArray<string | number>, value: Commented<T>): T => {
    comments.push(...under(path, value.comments));
    return value.value;
  };
  const managingTenantId = managingTenantOf(plan);
  const managingTenant: ManagingTenant = {
    id: take(['managingTenant', 'id'], guidValue(managingTenantId, 'the source does not say which managing tenant', 'your (the managing) tenant id')),
    ...(plan.managingTenant?.name?.trim() && { name: plan.managingTenant.name }),
  };
  const principals = new PrincipalTable(plan.principals);
  const offers = offerGroups(plan);
  const customers = customerGroups(plan);
  const sets = authorizationSets(plan, offers, principals, roles);

  const offerEntries: Record<string, OfferEntry> = {};
  for (const offer of offers.groups) {
    const authorizations = sets.offerSets.get(offer.key);
    if (!authorizations) {
      notes.push(`Offer ${offer.key} (${offer.name}) is left out: no delegation uses it, so the source does not say what it grants.`);
      continue;
    }
    const path = ['offers', offer.key];
    const plan = offer.plan && {
      publisher: take([...path, 'plan', 'publisher'], required(offer.plan.publisher, 'Marketplace publisher id')),
      product: take([...path, 'plan', 'product'], required(offer.plan.product, 'Marketplace offer id')),
      name: take([...path, 'plan', 'name'], required(offer.plan.name, 'Marketplace plan id')),
      version: take([...path, 'plan', 'version'], required(offer.plan.version, 'plan version (n.n.n)')),
    } satisfies MarketplacePlanEntry;
    offerEntries[offer.key] = {
      name: take([...path, 'name'], offer.name.trim() ? plain(offer.name) : todo(offer.key, 'the source gives no offer name (registrationDefinitionName): name the offer')),
      ...(offer.description?.trim() && { description: offer.description }),
      authorizations: [...authorizations] as OfferEntry['authorizations'],
      ...(plan && { plan }),
    };
  }

  const inputs = new Map<CustomerGroup, DelegationInput[]>(customers.groups.map((group) => [group, []]));
  plan.delegations.forEach((delegation, i) => {
    const offer = offers.ofDelegation[i].key;
    const own = sets.delegationSets[i];
    inputs.get(customers.ofDelegation[i])!.push({ delegation, offer, ...(!isDeepStrictEqual(own, sets.offerSets.get(offer)) && { authorizations: own }) });
  });
  const customerEntries: Record<string, CustomerEntry> = {};
  let pinned = 0;
  for (const group of customers.groups) {
    const path = ['customers', group.key];
    const tenantId = take([...path, 'tenantId'], guidValue(group.tenantId, 'the source does not say which customer tenant', "the customer's tenant id"));
    const displayName = take([...path, 'displayName'], group.displayName.trim() ? plain(group.displayName) : todo(group.key, 'the source gives no customer name: name the customer'));
    const delegations = customerDelegations(inputs.get(group)!, managingTenant.id, tenantId);
    pinned += delegations.pinned;
    customerEntries[group.key] = {
      displayName,
      tenantId,
      delegations: delegations.entries.map((entry, i) => take([...path, 'delegations', i], entry)) as [DelegationEntry, ...DelegationEntry[]],
    };
  }
  if (pinned > 0) {
    notes.push(`definitionId, assignmentName and assignmentNames keep ids the source has deployed where this tool would derive others (${pinned} delegation${pinned === 1 ? '' : 's'}):`,
      'synth and arm reuse them, so a deploy updates those delegations in place; `lighthouse-iac synth --adopt <live export>` imports them into Terraform state.');
  }
  for (const note of plan.notes ?? []) notes.push(`${note.message}: ${note.fix}`);
  const delegated = new Set(plan.delegations.map((d) => d.customer));
  const unused = plan.customers.filter((c) => !delegated.has(c.key));
  if (unused.length > 0) notes.push(`Left out, without delegations in the source: customer ${unused.map((c) => c.key).join(', ')}.`);

  const principalSection = principals.section();
  comments.push(...under(['principals'], principalSection.comments));
  const authorizationSetEntries: Record<string, unknown> = {};
  for (const set of sets.sets) authorizationSetEntries[set.key] = set.entries.map((entry, i) => take(['authorizationSets', set.key, i], entry));
  const suppressionEntries = suppressions(plan, principals, customers.groups, notes);
  const manifest: LighthouseManifest = {
    managingTenant,
    principals: principalSection.principals,
    authorizationSets: authorizationSetEntries as LighthouseManifest['authorizationSets'],
    offers: offerEntries,
    customers: customerEntries,
    ...(suppressionEntries.length > 0 && { suppressions: suppressionEntries }),
    settings: settingsEntry(plan.settings),
  };
  return { source: plan.file, notes, manifest, comments: commentMap(comments) };
}

function requireExpressible(plan: Plan): void {
  if (plan.delegations.length === 0) {
    throw new InputError('the input holds no delegation (registration definition with an assignment): a manifest needs at least one customer delegation',
      'import a template, Terraform configuration or az CLI export that assigns the definition to a subscription or resource group', { file: plan.file });
  }
  const empty = plan.delegations.find((d) => d.authorizations.length === 0);
  if (empty) {
    throw new InputError(`the registration definition ${JSON.stringify(empty.name)} (customer ${empty.customer}) has no authorizations: a manifest needs at least one per offer`,
      'add the authorizations to the source (Azure rejects a definition without an active authorization too)', empty.source ?? { file: plan.file });
  }
}

/** The one managing tenant of the delegations; a manifest cannot express several. */
function managingTenantOf(plan: Plan): string {
  const ids = new Map<string, string>();
  for (const d of plan.delegations) if (!ids.has(d.managingTenantId.toLowerCase())) ids.set(d.managingTenantId.toLowerCase(), d.managingTenantId);
  if (ids.size > 1) {
    throw new InputError(`the input delegates to ${ids.size} managing tenants (${[...ids.values()].join(', ')}): a manifest describes the delegations of one`,
      'import one managing tenant at a time, e.g. `az managedservices definition list --query "[?properties.managedByTenantId==\'<tenant id>\']"`', { file: plan.file });
  }
  return [...ids.values()][0] ?? plan.managingTenant?.id ?? '';
}

function required(value: string, what: string): Commented<string> {
  return value.trim() ? plain(value) : todo('TODO', `the source gives no ${what}: fill it in`);
}

/** Suppressions whose customer and principal exist under the new keys; others are left out (never widened). */
function suppressions(plan: Plan, principals: PrincipalTable, customers: readonly CustomerGroup[], notes: string[]): SuppressionEntry[] {
  const out: SuppressionEntry[] = [];
  const keys = new Map<string, string>();
  for (const c of customers) if (!keys.has(c.planKey)) keys.set(c.planKey, c.key);
  for (const s of plan.suppressions) {
    const customer = s.customer === undefined ? undefined : keys.get(s.customer);
    const principal = s.principal === undefined ? undefined : principals.keyForLabel(s.principal);
    const problem = !/^LH[1-9][0-9]{2}$/.test(s.rule) ? `rule ${JSON.stringify(s.rule)} is not a rule id`
      : s.reason.length < 10 ? 'its reason is shorter than 10 characters'
        : s.customer !== undefined && customer === undefined ? `customer ${s.customer} is not in the manifest`
          : s.principal !== undefined && principal === undefined ? `principal ${s.principal} is not in the manifest`
            : s.subscription !== undefined && !isGuid(s.subscription) ? `subscription ${JSON.stringify(s.subscription)} is not a GUID` : undefined;
    if (problem) {
      notes.push(`Suppression of ${s.rule} left out: ${problem}.`);
      continue;
    }
    // In the order people read them: what is suppressed, for whom and where, then why.
    out.push({
      rule: s.rule,
      ...(principal !== undefined && { principal }),
      ...(customer !== undefined && { customer }),
      ...(s.subscription !== undefined && { subscription: s.subscription.toLowerCase() }),
      reason: s.reason,
    });
  }
  return out;
}

/** `settings`: the cloud always (eligible access depends on it, LH118), the rest when not the default. */
function settingsEntry(settings: Settings): SettingsEntry {
  const { source: _where, ...backend } = settings.backend;
  return {
    cloud: settings.cloud,
    ...(!isDeepStrictEqual(backend, DEFAULT_SETTINGS.backend) && { backend }),
    ...(settings.registerResourceProvider && { registerResourceProvider: true }),
  };
}
