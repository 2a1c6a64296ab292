import { backendProblems } from '../model/backend';
import { DEFAULT_MAX_ERRORS, InputError, InputErrors } from '../model/errors';
import { isGuid } from '../model/guid';
import { registrationDefinitionGuid, stackName } from '../model/ids';
import {
  Authorization, BackendSettings, Customer, DEFAULT_LOCAL_STATE_PATH, DEFAULT_SETTINGS, DelegatedScope, Delegation, MarketplacePlan, Offer, Plan,
  Principal, RoleRef, Settings, Suppression,
} from '../model/plan';
import { DEFAULT_MAX_ACTIVATION, DEFAULT_REQUIRE_MFA, delegatedScopes } from '../model/scopes';
import { RoleCatalog } from '../roles/catalog';
import { didYouMean } from '../util/closest';
import {
  AuthorizationEntry, BackendEntry, CustomerEntry, DelegationEntry, LighthouseManifest, MarketplacePlanEntry, OfferEntry, PrincipalEntry, SettingsEntry,
  SuppressionEntry,
} from './generated/manifest-types';
import { SourceLocation } from '../model/location';
import { PathSegment, SourceDocument } from '../source/source-document';
import { entriesOf, itemsOf, ValidParts } from '../source/valid-parts';

/** Stands in for a GUID the schema rejected, so the rest of the file can still be resolved (and its errors reported). */
const INVALID_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * Turns a manifest into a Plan: resolves principal, authorization-set and offer keys and role names, derives
 * definition and assignment GUIDs (or keeps those a delegation pins: definitionId, assignmentName, assignmentNames),
 * and keeps every element's source location. Collects every unresolved reference before throwing, so one run
 * reports them all. On a file with schema errors, `valid` says which parts the schema accepted: only those are
 * resolved, and references to an entry the schema rejected are not reported again.
 */
export function resolveManifest(manifest: LighthouseManifest, source: SourceDocument, roles: RoleCatalog, valid: ValidParts = ValidParts.ALL): Plan {
  return new Resolver(manifest, source, roles, valid).plan();
}

class Resolver {
  private readonly errors: InputError[] = [];
  private readonly principals = new Map<string, Principal>();
  private readonly sets = new Map<string, Authorization[]>();
  /** One authorization list per distinct combination of sets (see authorizationList). */
  private readonly lists = new Map<string, readonly Authorization[]>();
  private readonly customerKeys = new Set<string>();
  /** Keys of entries the schema rejected: a reference to one is not "unknown" (the schema error says what is wrong). */
  private readonly rejected = { principals: new Set<string>(), authorizationSets: new Set<string>(), offers: new Set<string>() };

  constructor(
    private readonly m: LighthouseManifest, private readonly source: SourceDocument, private readonly roles: RoleCatalog, private readonly valid: ValidParts,
  ) {}

  plan(): Plan {
    const tenantValid = this.valid.isValid(['managingTenant']);
    const managingTenant = {
      id: tenantValid ? this.m.managingTenant.id.toLowerCase() : INVALID_GUID,
      ...(tenantValid && this.m.managingTenant.name !== undefined && { name: this.m.managingTenant.name }),
      source: this.at(['managingTenant']),
    };
    for (const [key, entry] of this.validEntries<PrincipalEntry>('principals')) {
      this.principals.set(key, {
        key, id: entry!.id.toLowerCase(),
        ...(entry!.type !== undefined && { type: entry!.type }),
        ...(entry!.displayName !== undefined && { displayName: entry!.displayName }),
        source: this.source.locate(['principals', key], true),
      });
    }
    for (const [key, entries] of entriesOf(this.m.authorizationSets)) {
      if (!Array.isArray(entries)) {
        this.rejected.authorizationSets.add(key);
        continue;
      }
      const authorizations: Authorization[] = [];
      entries.forEach((entry: AuthorizationEntry, i) => {
        const path = ['authorizationSets', key, i];
        if (this.valid.isValid(path)) authorizations.push(this.authorization(entry, key, path));
      });
      this.sets.set(key, authorizations);
    }
    const offers = this.validEntries<OfferEntry>('offers').map(([key, entry]): Offer => {
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
    for (const [key, value] of entriesOf(this.m.customers)) {
      this.customerKeys.add(key);
      const entry = (value ?? {}) as Partial<CustomerEntry>;
      const customerValid = (field: string) => this.valid.isValid(['customers', key, field]);
      const customer: Customer = {
        key, displayName: customerValid('displayName') && entry.displayName !== undefined ? entry.displayName : key,
        tenantId: customerValid('tenantId') && typeof entry.tenantId === 'string' ? entry.tenantId.toLowerCase() : INVALID_GUID,
        source: this.source.locate(['customers', key], true),
      };
      customers.push(customer);
      itemsOf<DelegationEntry>(entry.delegations).forEach((delegation, i) => {
        const path: PathSegment[] = ['customers', key, 'delegations', i];
        if (!this.valid.isValid(path)) return;
        const offer = offersByKey.get(delegation.offer);
        if (!offer) {
          if (!this.rejected.offers.has(delegation.offer)) this.unknown('offer', delegation.offer, keysOf(offersByKey.keys(), this.rejected.offers), [...path, 'offer'], 'offers');
          return;
        }
        const setKeys = delegation.authorizations ?? offer.authorizationSets;
        if (delegation.authorizations) delegation.authorizations.forEach((set, j) => this.requireSet(set, [...path, 'authorizations', j]));
        const subscriptionId = delegation.subscription.toLowerCase();
        // A pinned id (an adopted, already deployed delegation) wins over the derived one.
        const definitionId = delegation.definitionId?.toLowerCase() ?? registrationDefinitionGuid(managingTenant.id, customer.tenantId, subscriptionId, offer.key);
        delegations.push({
          customer: key, offer: offer.key, managingTenantId: managingTenant.id, customerTenantId: customer.tenantId, subscriptionId,
          name: offer.name,
          ...(offer.description !== undefined && { description: offer.description }),
          definitionId,
          authorizations: this.authorizationList(setKeys),
          authorizationSets: setKeys,
          ...(offer.plan && { plan: offer.plan }),
          scopes: this.scopes(subscriptionId, definitionId, delegation, path),
          source: this.at(path),
        });
      });
    }
    const suppressions = itemsOf<SuppressionEntry>(this.m.suppressions).flatMap((entry, i) => (
      this.valid.isValid(['suppressions', i]) ? [this.suppression(entry, ['suppressions', i])] : []));
    const settingsValid = this.valid.isValid(['settings']);
    const settings = this.settings(settingsValid ? this.m.settings : undefined);
    if (settingsValid) this.requireSafeState(settings.backend, new Set(delegations.map((d) => stackName(d.customer))).size);
    if (this.errors.length > 0) throw InputErrors.inFileOrder(this.errors);
    return {
      file: this.source.file, managingTenant, principals: [...this.principals.values()], customers, offers,
      authorizationSets: [...this.sets].map(([key, authorizations]) => ({ key, authorizations, source: this.source.locate(['authorizationSets', key], true) })),
      delegations, suppressions, settings,
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

  /** The entries of a top-level mapping the schema accepted; the keys of the others are remembered as rejected. */
  private validEntries<T>(section: keyof Resolver['rejected']): [string, T][] {
    const valid: [string, T][] = [];
    for (const [key, entry] of entriesOf(this.m[section])) {
      if (this.valid.isValid([section, key])) valid.push([key, entry as T]);
      else this.rejected[section].add(key);
    }
    return valid;
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
    if (!this.rejected.principals.has(key)) this.unknown('principal', key, keysOf(this.principals.keys(), this.rejected.principals), path, 'principals');
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
    if (!this.sets.has(key) && !this.rejected.authorizationSets.has(key)) {
      this.unknown('authorization set', key, keysOf(this.sets.keys(), this.rejected.authorizationSets), path, 'authorizationSets');
    }
  }

  /**
   * An unknown reference, with the closest known keys and the first few of them. The suggestions cost a pass over
   * every key, so only the first DEFAULT_MAX_ERRORS references get them: a file with a million principals and as many typos
   * must not take quadratic time to say so.
   */
  private unknown(what: string, key: string, known: Iterable<string>, path: PathSegment[], section: string): void {
    const names = this.errors.length < DEFAULT_MAX_ERRORS ? [...known] : [];
    const hint = didYouMean(key, names);
    this.errors.push(InputError.at(this.at(path), `unknown ${what} ${JSON.stringify(key)}`,
      `${hint ? `${hint} ` : ''}use a key defined under ${section}${names.length > 0 ? ` (${names.slice(0, 10).join(', ')}${names.length > 10 ? ', ...' : ''})` : ''}`));
  }

  private marketplacePlan(entry: MarketplacePlanEntry, path: PathSegment[]): MarketplacePlan {
    return { name: entry.name, publisher: entry.publisher, product: entry.product, version: entry.version, source: this.at(path) };
  }

  /** Derived assignment names, except those the entry pins (assignmentName, assignmentNames). */
  private scopes(subscriptionId: string, definitionId: string, entry: DelegationEntry, path: PathSegment[]): DelegatedScope[] {
    const groups = entry.resourceGroups;
    const pinned = this.pinnedAssignmentNames(entry, path);
    const scopes = delegatedScopes(subscriptionId, definitionId, groups, pinned);
    scopes.forEach((scope, i) => {
      // Fresh objects: the location is set on them rather than copying each (one per assignment, 300,000+ in a large estate).
      (scope as { source?: SourceLocation }).source = this.at(groups ? [...path, 'resourceGroups', i] : [...path, 'subscription']);
    });
    return scopes;
  }

  /**
   * Pinned assignment names by lower-cased resource group ('' for the subscription). `assignmentName` belongs to a
   * whole-subscription entry and `assignmentNames` to a resource-group one; a name for a group the entry does not
   * list would silently do nothing, so each of these is an error.
   */
  private pinnedAssignmentNames(entry: DelegationEntry, path: PathSegment[]): Map<string, string> {
    const pinned = new Map<string, string>();
    const groups = entry.resourceGroups;
    if (entry.assignmentName !== undefined) {
      if (groups) {
        this.errors.push(InputError.at(this.at([...path, 'assignmentName']), 'assignmentName names the assignment of a whole-subscription delegation, but this one delegates resource groups',
          `name each group's assignment under assignmentNames instead, e.g. assignmentNames: { ${groups[0]}: ${entry.assignmentName} }`));
      } else pinned.set('', entry.assignmentName.toLowerCase());
    }
    if (entry.assignmentNames !== undefined) {
      if (!groups) {
        this.errors.push(InputError.at(this.at([...path, 'assignmentNames']), 'assignmentNames names assignments by resource group, but this delegation delegates the whole subscription',
          'use assignmentName: <guid> for the subscription\'s assignment, or list the groups under resourceGroups'));
        return pinned;
      }
      const listed = new Map(groups.map((group) => [group.toLowerCase(), group]));
      for (const [group, name] of Object.entries(entry.assignmentNames)) {
        if (listed.has(group.toLowerCase())) {
          pinned.set(group.toLowerCase(), name!.toLowerCase());
          continue;
        }
        const hint = didYouMean(group, [...listed.values()]);
        this.errors.push(InputError.at(this.source.locate([...path, 'assignmentNames', group], true), `resource group ${JSON.stringify(group)} is not in this delegation's resourceGroups`,
          `${hint ? `${hint} ` : ''}name only the assignments of groups listed in resourceGroups (${[...listed.values()].join(', ')})`));
      }
    }
    return pinned;
  }

  private suppression(entry: NonNullable<LighthouseManifest['suppressions']>[number], path: PathSegment[]): Suppression {
    if (entry.customer !== undefined && !this.customerKeys.has(entry.customer)) {
      this.unknown('customer', entry.customer, this.customerKeys, [...path, 'customer'], 'customers');
    }
    if (entry.principal !== undefined && !this.principals.has(entry.principal) && !this.rejected.principals.has(entry.principal)) {
      this.unknown('principal', entry.principal, keysOf(this.principals.keys(), this.rejected.principals), [...path, 'principal'], 'principals');
    }
    return {
      rule: entry.rule.toUpperCase(), reason: entry.reason,
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

/** The keys of a section: those resolved, then those the schema rejected (a typo's closest key may be either). Lazy. */
function* keysOf(resolved: Iterable<string>, rejected: Iterable<string>): Iterable<string> {
  yield* resolved;
  yield* rejected;
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
