import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../../model/errors';
import { isGuid } from '../../model/guid';
import { DEFAULT_SETTINGS, Plan, Settings } from '../../model/plan';
import { RoleCatalog } from '../../roles/catalog';
import { authorizationSets } from './authorization-sets';
import { customerDelegations, DelegationInput } from './delegations';
import { CustomerGroup, customerGroups, offerGroups } from './groups';
import { CustomerModel, guidValue, ManifestModel, OfferModel, SuppressionModel, todo, Value } from './model';
import { PrincipalTable } from './principals';

/**
 * A Plan as a manifest: keys for principals, sets, offers and customers; roles by name; and a TODO comment
 * wherever the Plan lacks a value the manifest requires (unknown tenant or subscription, a placeholder id, a
 * principal type), with a value that keeps the file schema-valid and that `check` reports (the all-zero GUID:
 * LH115). Throws InputError for what a manifest cannot say at all (no delegations, a delegation without
 * authorizations, several managing tenants).
 */
export function buildManifest(plan: Plan, roles: RoleCatalog): ManifestModel {
  requireExpressible(plan);
  const notes: string[] = [];
  const managingTenantId = managingTenantOf(plan);
  const managingTenant = {
    id: guidValue(managingTenantId, 'the source does not say which managing tenant', 'your (the managing) tenant id'),
    ...(plan.managingTenant?.name?.trim() && { name: plan.managingTenant.name }),
  };
  const principals = new PrincipalTable(plan.principals);
  const offers = offerGroups(plan);
  const customers = customerGroups(plan);
  const sets = authorizationSets({
    offers: offers.groups.map((o) => ({ key: o.key, planSets: o.planSets })),
    delegations: plan.delegations.map((delegation, i) => ({ delegation, offer: offers.ofDelegation[i].key })),
  }, principals, roles);

  const offerModels: OfferModel[] = [];
  for (const offer of offers.groups) {
    const authorizations = sets.offerSets.get(offer.key);
    if (!authorizations) {
      notes.push(`Offer ${offer.key} (${offer.name}) is left out: no delegation uses it, so the source does not say what it grants.`);
      continue;
    }
    offerModels.push({
      key: offer.key,
      name: offer.name.trim() ? { value: offer.name } : todo(offer.key, 'the source gives no offer name (registrationDefinitionName): name the offer'),
      ...(offer.description?.trim() && { description: offer.description }),
      authorizations,
      ...(offer.plan && {
        plan: {
          publisher: required(offer.plan.publisher, 'Marketplace publisher id'),
          product: required(offer.plan.product, 'Marketplace offer id'),
          name: required(offer.plan.name, 'Marketplace plan id'),
          version: required(offer.plan.version, 'plan version (n.n.n)'),
        },
      }),
    });
  }

  const inputs = new Map<CustomerGroup, DelegationInput[]>(customers.groups.map((group) => [group, []]));
  plan.delegations.forEach((delegation, i) => {
    const offer = offers.ofDelegation[i].key;
    const own = sets.delegationSets[i];
    inputs.get(customers.ofDelegation[i])!.push({ delegation, offer, ...(!isDeepStrictEqual(own, sets.offerSets.get(offer)) && { authorizations: own }) });
  });
  const customerModels = customers.groups.map((group): CustomerModel => {
    const tenantId = guidValue(group.tenantId, 'the source does not say which customer tenant', "the customer's tenant id");
    return {
      key: group.key,
      displayName: group.displayName.trim() ? { value: group.displayName } : todo(group.key, 'the source gives no customer name: name the customer'),
      tenantId,
      delegations: customerDelegations(inputs.get(group)!, managingTenant.id.value, tenantId.value),
    };
  });
  const delegated = new Set(plan.delegations.map((d) => d.customer));
  const unused = plan.customers.filter((c) => !delegated.has(c.key));
  if (unused.length > 0) notes.push(`Left out, without delegations in the source: customer ${unused.map((c) => c.key).join(', ')}.`);

  return {
    source: plan.file,
    notes,
    managingTenant,
    principals: principals.entries(),
    authorizationSets: sets.sets,
    offers: offerModels,
    customers: customerModels,
    suppressions: suppressions(plan, principals, customers.groups, notes),
    settings: settingsEntry(plan.settings),
  };
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

function required(value: string, what: string): Value {
  return value.trim() ? { value } : todo('TODO', `the source gives no ${what}: fill it in`);
}

/** Suppressions whose customer and principal exist under the new keys; others are left out (never widened). */
function suppressions(plan: Plan, principals: PrincipalTable, customers: readonly CustomerGroup[], notes: string[]): SuppressionModel[] {
  const out: SuppressionModel[] = [];
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
    out.push({
      rule: s.rule, reason: s.reason,
      ...(customer !== undefined && { customer }),
      ...(s.subscription !== undefined && { subscription: s.subscription.toLowerCase() }),
      ...(principal !== undefined && { principal }),
    });
  }
  return out;
}

/** `settings`: the cloud always (eligible access depends on it, LH118), the rest when not the default. */
function settingsEntry(settings: Settings): Record<string, unknown> {
  const { source: _where, ...backend } = settings.backend;
  return {
    cloud: settings.cloud,
    ...(!isDeepStrictEqual(backend, DEFAULT_SETTINGS.backend) && { backend }),
    ...(settings.registerResourceProvider && { registerResourceProvider: true }),
  };
}
