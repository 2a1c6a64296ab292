import { backendProblems } from '../model/backend';
import { InputError, InputErrors } from '../model/errors';
import { isGuid } from '../model/guid';
import { registrationDefinitionGuid, stackName } from '../model/ids';
import {
  Authorization, BackendSettings, Customer, DEFAULT_LOCAL_STATE_PATH, DEFAULT_SETTINGS, DelegatedScope, Delegation, MarketplacePlan, Offer, Plan,
  Principal, RoleRef, Settings, Suppression,
} from '../model/plan';
import { DEFAULT_MAX_ACTIVATION, DEFAULT_REQUIRE_MFA, delegatedScopes } from '../model/scopes';
import { RoleCatalog } from '../roles/catalog';
import { didYouMean } from '../util/closest';
import { AuthorizationEntry, BackendEntry, LighthouseManifest, MarketplacePlanEntry, SettingsEntry } from './generated/manifest-types';
import { SourceLocation } from '../model/location';
import { MAX_ERRORS } from '../source/schema-validation';
import { PathSegment, SourceDocument } from '../source/source-document';

/**
 * Turns a schema-valid manifest into a Plan: resolves principal, authorization-set and offer keys and role
 * names, derives definition and assignment GUIDs, and keeps every element's source location.
 * Collects every unresolved reference before throwing, so one run reports them all.
 */
export function resolveManifest(manifest: LighthouseManifest, source: SourceDocument, roles: RoleCatalog): Plan {
  return new Resolver(manifest, source, roles).plan();
}

class Resolver {
  private readonly errors: InputError[] = [];
  private readonly principals = new Map<string, Principal>();
  private readonly sets = new Map<string, Authorization[]>();
  /** One authorization list per distinct combination of sets (see authorizationList). */
  private readonly lists = new Map<string, readonly Authorization[]>();
  private readonly customerKeys = new Set<string>();

  constructor(private readonly m: LighthouseManifest, private readonly source: SourceDocument, private readonly roles: RoleCatalog) {}

  plan(): Plan {
    const managingTenant = {
      id: this.m.managingTenant.id.toLowerCase(),
      ...(this.m.managingTenant.name !== undefined && { name: this.m.managingTenant.name }),
      source: this.at(['managingTenant']),
    };
    for (const [key, entry] of Object.entries(this.m.principals)) {
      this.principals.set(key, {
        key, id: entry!.id.toLowerCase(), type: entry!.type,
        ...(entry!.displayName !== undefined && { displayName: entry!.displayName }),
        source: this.source.locate(['principals', key], true),
      });
    }
    for (const [key, entries] of Object.entries(this.m.authorizationSets)) {
      this.sets.set(key, entries!.map((entry, i) => this.authorization(entry, key, ['authorizationSets', key, i])));
    }
    const offers = Object.entries(this.m.offers).map(([key, entry]): Offer => {
      const path = ['offers', key];
      entry!.authorizations.forEach((set, i) => this.requireSet(set, [...path, 'authorizations', i]));
      return {
        key, name: entry!.name, authorizationSets: [...entry!.authorizations],
        ...(entry!.description !== undefined && { description: entry!.description }),
        ...(entry!.plan && { plan: this.marketplacePlan(entry!.plan, [...path, 'plan']) }),
        source: this.source.locate(path, true),
      };
    });
    const offersByKey = new Map(offers.map((offer) => [offer.key, offer]));
    const customers: Customer[] = [];
    const delegations: Delegation[] = [];
    for (const [key, entry] of Object.entries(this.m.customers)) {
      const customer: Customer = { key, displayName: entry!.displayName, tenantId: entry!.tenantId.toLowerCase(), source: this.source.locate(['customers', key], true) };
      customers.push(customer);
      this.customerKeys.add(key);
      entry!.delegations.forEach((delegation, i) => {
        const path: PathSegment[] = ['customers', key, 'delegations', i];
        const offer = offersByKey.get(delegation.offer);
        if (!offer) {
          this.unknown('offer', delegation.offer, offersByKey.keys(), [...path, 'offer'], 'offers');
          return;
        }
        const setKeys = delegation.authorizations ?? offer.authorizationSets;
        if (delegation.authorizations) delegation.authorizations.forEach((set, j) => this.requireSet(set, [...path, 'authorizations', j]));
        const subscriptionId = delegation.subscription.toLowerCase();
        const definitionId = registrationDefinitionGuid(managingTenant.id, customer.tenantId, subscriptionId, offer.key);
        delegations.push({
          customer: key, offer: offer.key, managingTenantId: managingTenant.id, customerTenantId: customer.tenantId, subscriptionId,
          name: offer.name,
          ...(offer.description !== undefined && { description: offer.description }),
          definitionId,
          authorizations: this.authorizationList(setKeys),
          ...(offer.plan && { plan: offer.plan }),
          scopes: this.scopes(subscriptionId, definitionId, delegation.resourceGroups, path),
          source: this.at(path),
        });
      });
    }
    const suppressions = (this.m.suppressions ?? []).map((entry, i) => this.suppression(entry, ['suppressions', i]));
    const settings = this.settings(this.m.settings);
    this.requireSafeState(settings.backend, new Set(delegations.map((d) => stackName(d.customer))).size);
    if (this.errors.length > 0) throw new InputErrors(this.errors);
    return {
      file: this.source.file, managingTenant, principals: [...this.principals.values()], customers, offers, delegations, suppressions, settings,
    };
  }

  /** State that synth would delete or that several customer stacks would share (lib/model/backend.ts). */
  private requireSafeState(backend: BackendSettings, stackCount: number): void {
    for (const { field, problem, fix } of backendProblems(backend, stackCount)) {
      this.errors.push(InputError.at(this.source.locate(['settings', 'backend', field]), problem, fix));
    }
  }

  private at(path: readonly PathSegment[]) {
    return this.source.locate(path);
  }

  private authorization(entry: AuthorizationEntry, set: string, path: PathSegment[]): Authorization {
    const principal = this.principal(entry.principal, [...path, 'principal']);
    const eligible = entry.eligible && {
      maximumActivationDuration: entry.eligible.maxActivation ?? DEFAULT_MAX_ACTIVATION,
      requireMfa: entry.eligible.requireMfa ?? DEFAULT_REQUIRE_MFA,
      approvers: (entry.eligible.approvers ?? []).map((key, i) => this.principal(key, [...path, 'eligible', 'approvers', i])),
    };
    return {
      principal,
      role: this.role(entry.role, [...path, 'role']),
      delegatedRoles: (entry.delegatedRoles ?? []).map((role, i) => this.role(role, [...path, 'delegatedRoles', i])),
      ...(eligible && { eligible }),
      authorizationSet: set,
      source: this.at(path),
    };
  }

  /**
   * The authorizations of these sets, one shared list for every delegation that names the same sets: rules judge a
   * list once, not once per customer subscription, and 100,000 customers do not hold 300,000 copies of it.
   */
  private authorizationList(setKeys: readonly string[]): readonly Authorization[] {
    const key = setKeys.join('\u0000');
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = setKeys.flatMap((set) => this.sets.get(set) ?? [])));
    return list;
  }

  private principal(key: string, path: PathSegment[]): Principal {
    const principal = this.principals.get(key);
    if (principal) return principal;
    this.unknown('principal', key, this.principals.keys(), path, 'principals');
    return { key, id: '00000000-0000-0000-0000-000000000000' };
  }

  private role(nameOrId: string, path: PathSegment[]): RoleRef {
    const source = this.at(path);
    const role = this.roles.resolve(nameOrId);
    if (role) return { id: role.id, name: role.name, source };
    // A GUID outside the catalog is kept: the policy layer reports it (LH102) with the rest of the findings.
    if (isGuid(nameOrId)) return { id: nameOrId.toLowerCase(), source };
    const suggestions = this.roles.suggest(nameOrId);
    this.errors.push(InputError.at(source, `unknown role ${JSON.stringify(nameOrId)}: not an Azure built-in role name`,
      `${suggestions.length > 0 ? `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}? ` : ''}use a built-in role name or its GUID (\`az role definition list --query "[].roleName"\`; --roles takes a fresh dump)`));
    return { id: '00000000-0000-0000-0000-000000000000', name: nameOrId, source };
  }

  private requireSet(key: string, path: PathSegment[]): void {
    if (!this.sets.has(key)) this.unknown('authorization set', key, this.sets.keys(), path, 'authorizationSets');
  }

  /**
   * An unknown reference, with the closest known keys and the first few of them. The suggestions cost a pass over
   * every key, so only the first MAX_ERRORS references get them: a file with a million principals and as many typos
   * must not take quadratic time to say so.
   */
  private unknown(what: string, key: string, known: Iterable<string>, path: PathSegment[], section: string): void {
    const names = this.errors.length < MAX_ERRORS ? [...known] : [];
    const hint = didYouMean(key, names);
    this.errors.push(InputError.at(this.at(path), `unknown ${what} ${JSON.stringify(key)}`,
      `${hint ? `${hint} ` : ''}use a key defined under ${section}${names.length > 0 ? ` (${names.slice(0, 10).join(', ')}${names.length > 10 ? ', ...' : ''})` : ''}`));
  }

  private marketplacePlan(entry: MarketplacePlanEntry, path: PathSegment[]): MarketplacePlan {
    return { name: entry.name, publisher: entry.publisher, product: entry.product, version: entry.version, source: this.at(path) };
  }

  private scopes(subscriptionId: string, definitionId: string, resourceGroups: readonly string[] | undefined, path: PathSegment[]): DelegatedScope[] {
    const scopes = delegatedScopes(subscriptionId, definitionId, resourceGroups);
    scopes.forEach((scope, i) => {
      // Fresh objects: the location is added to them rather than copying each (one per assignment, 300,000+ in a large estate).
      (scope as { source?: SourceLocation }).source = this.at(resourceGroups ? [...path, 'resourceGroups', i] : [...path, 'subscription']);
    });
    return scopes;
  }

  private suppression(entry: NonNullable<LighthouseManifest['suppressions']>[number], path: PathSegment[]): Suppression {
    if (entry.customer !== undefined && !this.customerKeys.has(entry.customer)) {
      this.unknown('customer', entry.customer, this.customerKeys, [...path, 'customer'], 'customers');
    }
    if (entry.principal !== undefined && !this.principals.has(entry.principal)) {
      this.unknown('principal', entry.principal, this.principals.keys(), [...path, 'principal'], 'principals');
    }
    return {
      rule: entry.rule, reason: entry.reason,
      ...(entry.customer !== undefined && { customer: entry.customer }),
      ...(entry.subscription !== undefined && { subscription: entry.subscription.toLowerCase() }),
      ...(entry.principal !== undefined && { principal: entry.principal }),
      source: this.at(path),
    };
  }

  private settings(entry: SettingsEntry | undefined): Settings {
    return {
      cloud: entry?.cloud ?? DEFAULT_SETTINGS.cloud,
      backend: entry?.backend ? { ...backendSettings(entry.backend), source: this.at(['settings', 'backend']) } : DEFAULT_SETTINGS.backend,
      registerResourceProvider: entry?.registerResourceProvider ?? DEFAULT_SETTINGS.registerResourceProvider,
    };
  }
}

function backendSettings(entry: BackendEntry): BackendSettings {
  switch (entry.type) {
    case 'local':
      return { type: 'local', path: entry.path ?? DEFAULT_LOCAL_STATE_PATH };
    case 'azurerm':
      return {
        type: 'azurerm', resourceGroupName: entry.resourceGroupName, storageAccountName: entry.storageAccountName,
        containerName: entry.containerName, key: entry.key ?? 'lighthouse/{stack}.tfstate',
        ...(entry.subscriptionId !== undefined && { subscriptionId: entry.subscriptionId.toLowerCase() }),
        ...(entry.tenantId !== undefined && { tenantId: entry.tenantId.toLowerCase() }),
        useAzureadAuth: entry.useAzureadAuth ?? true, useOidc: entry.useOidc ?? false,
      };
    case 'cloud':
      return {
        type: 'cloud', organization: entry.organization, workspace: entry.workspace ?? 'lighthouse-{stack}',
        ...(entry.hostname !== undefined && { hostname: entry.hostname }),
        ...(entry.project !== undefined && { project: entry.project }),
      };
  }
}
