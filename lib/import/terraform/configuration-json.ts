import { sanitizeKey } from '../../model/ids';
import { AzureCloud, BackendSettings, DEFAULT_LOCAL_STATE_PATH, DEFAULT_SETTINGS, DelegatedScope, Delegation, Plan } from '../../model/plan';
import { ImportOptions } from '../types';
import { AttributeReader, UnknownValue } from './attribute-reader';
import { parseDefinitionResourceId } from '../shared/azure-ids';
import { fileStem, InputReader, isObject, JsonObject, parentDirectoryName, Path } from '../shared/input-reader';
import { labeledBlocks, resourceReferences } from './json-syntax';
import { DefinitionAttributes, importedDelegation, NotKnown, offerKeyOf, readAssignment, readDefinition } from './lighthouse-resources';
import { assemblePlan, ImportedDelegation } from '../shared/plan-assembly';
import { cloudOfEnvironment } from '../../model/clouds';
import { ConfigurationReading, ConfigurationReadOptions, LeftOutResource, ResourceOrigin } from './reading';

const DEFINITION = 'azurerm_lighthouse_definition';
const ASSIGNMENT = 'azurerm_lighthouse_assignment';
const SHOW_JSON_FIX = 'import the plan instead, which has the values: `terraform plan -out=tfplan && terraform show -json tfplan > plan.json`, then pass plan.json';

interface Provider {
  readonly body: JsonObject;
  readonly path: Path;
}

interface DefinitionEntry {
  readonly name: string;
  readonly attributes: DefinitionAttributes;
  readonly provider: string;
  readonly body: JsonObject;
  readonly path: Path;
  readonly origin: ResourceOrigin;
  readonly scopes: Array<{ readonly scope: DelegatedScope; readonly resourceName: string; readonly order: number; readonly origin: ResourceOrigin }>;
  /** Unknowns found outside the definition's own body (`unknown` mode): its assignments' scopes, its provider. */
  readonly notKnown: NotKnown[];
}

/**
 * A Terraform configuration in JSON syntax: our `cdk.tf.json` stacks or anyone's `*.tf.json`. Reads the
 * `azurerm_lighthouse_definition` / `azurerm_lighthouse_assignment` resources, resolves each assignment's
 * `lighthouse_definition_id` (a `${azurerm_lighthouse_definition.<name>.id}` reference or a literal
 * definition id) and each definition's provider (tenant and cloud). Only literal values are read: a
 * configuration's expressions need Terraform to evaluate them, so they are errors pointing to show -json.
 */
export function importConfigurationJson(reader: InputReader, options: ImportOptions): Plan {
  return readConfigurationJson(reader, options).plan;
}

/** importConfigurationJson with the element origins, and optionally expressions as unknowns (see ConfigurationReadOptions). */
export function readConfigurationJson(reader: InputReader, options: ConfigurationReadOptions): ConfigurationReading {
  const data = reader.data as JsonObject;
  const r = new AttributeReader(reader, 'configuration', options.expressions ?? 'error');
  const providers = readProviders(reader, data);
  const definitions = new Map<string, DefinitionEntry>();
  const assignments: Array<{ name: string; body: JsonObject; path: Path; origin: ResourceOrigin }> = [];
  const leftOut: LeftOutResource[] = [];
  const leave = (origin: ResourceOrigin, problem: (u: UnknownValue) => string) => (u: UnknownValue): undefined => {
    leftOut.push({ ...origin, problem: problem(u), location: u.location });
    return undefined;
  };
  const seen = new Set<string>();
  let registerResourceProvider = false;

  for (const { labels: [type, name], body, path } of labeledBlocks(reader, data.resource, ['resource'], 2)) {
    const address = `${type}.${name}`;
    if (type !== DEFINITION && type !== ASSIGNMENT) {
      if (type === 'azurerm_resource_provider_registration' && typeof body.name === 'string' && body.name.toLowerCase() === 'microsoft.managedservices') {
        registerResourceProvider = true;
      }
      continue;
    }
    if (seen.has(address)) throw reader.error(path, `${address} is defined twice`, 'give every resource a unique name (Terraform rejects duplicates)');
    seen.add(address);
    const constructPath = constructPathOf(body);
    const origin: ResourceOrigin = { address, ...(constructPath !== undefined && { constructPath }) };
    if (options.include && !options.include(origin)) continue;
    if (!r.orUnknown(() => singleInstance(r, body, path, address), leave(origin, (u) => u.problem))) continue;
    if (type === DEFINITION) {
      const attributes = readDefinition(r, body, path, options.roles);
      definitions.set(name, { name, attributes, provider: providerKey(r, body, path), body, path, origin, scopes: [], notKnown: [] });
    } else {
      assignments.push({ name, body, path, origin });
    }
  }
  if (definitions.size === 0 && r.expressions === 'error') {
    throw reader.error(data.resource === undefined ? [] : ['resource'], `no ${DEFINITION} resource in this Terraform configuration`,
      'pass the cdk.tf.json of a stack (cdktf.out/stacks/<customer>/cdk.tf.json) or a *.tf.json with azurerm_lighthouse_definition resources');
  }

  const byId = new Map<string, DefinitionEntry>();
  for (const d of definitions.values()) {
    const id = `${d.attributes.definitionId}\u0000${d.attributes.subscriptionId}`;
    if (!byId.has(id)) byId.set(id, d);
  }
  assignments.forEach((assignment, order) => {
    const { origin } = assignment;
    const definition = r.orUnknown(() => definitionOf(r, assignment.body, assignment.path, definitions, byId),
      leave(origin, (u) => `definition not found (${u.problem})`));
    if (!definition) return;
    const read = r.orUnknown(() => readAssignment(r, assignment.body, assignment.path), (u): undefined => {
      definition.notKnown.push({ what: `scope of ${origin.constructPath ?? origin.address}`, kind: 'value', location: u.location });
      return undefined;
    });
    if (!read) return;
    // An unknown subscription ('', `unknown` mode) cannot be compared.
    if (definition.attributes.subscriptionId !== '') requireSameSubscription(r, assignment.path, read.scope.subscriptionId, definition);
    definition.scopes.push({ scope: read.delegatedScope, resourceName: assignment.name, order, origin });
  });

  const ranks = outputRanks(reader, data);
  const clouds = new Set<AzureCloud>();
  const delegations: ImportedDelegation[] = [...definitions.values()].map((definition) => {
    const provider = resolveProvider(reader, providers, definition);
    clouds.add(r.orUnknown(() => cloudOf(r, provider), (u) => {
      definition.notKnown.push({ what: 'environment of the azurerm provider', kind: 'value', location: u.location });
      return DEFAULT_SETTINGS.cloud;
    }));
    return importedDelegation(definition.attributes, offerKeyOf(definition.attributes, definition.name, definition.origin.constructPath),
      r.orUnknown(() => tenantOf(r, provider, options), () => ''), orderScopes(definition.scopes, ranks));
  });
  if (clouds.size > 1) {
    throw reader.error(['provider'], `the providers of this configuration use different clouds (${[...clouds].join(', ')})`,
      'import one configuration per cloud: a Plan has one cloud');
  }

  const stackName = stackNameOf(data);
  const plan = assemblePlan({
    file: reader.file,
    customerKey: options.customer ?? stackName ?? sanitizeKey(defaultCustomerName(reader.file)),
    delegations,
    settings: {
      cloud: clouds.values().next().value ?? DEFAULT_SETTINGS.cloud,
      backend: backendOf(reader, data, stackName),
      registerResourceProvider,
    },
  });
  return withOrigins(plan, [...definitions.values()], leftOut);
}

/** Records where each delegation, authorization and scope of the Plan came from (matched by identity, not order). */
function withOrigins(plan: Plan, definitions: readonly DefinitionEntry[], leftOut: readonly LeftOutResource[]): ConfigurationReading {
  const byAuthorizations = new Map<readonly unknown[], DefinitionEntry>();
  for (const definition of definitions) byAuthorizations.set(definition.attributes.authorizations, definition);
  const origins = new WeakMap<object, ResourceOrigin>();
  const notKnown = new WeakMap<Delegation, readonly NotKnown[]>();
  for (const delegation of plan.delegations) {
    const definition = byAuthorizations.get(delegation.authorizations);
    if (!definition) continue;
    origins.set(delegation, definition.origin);
    for (const authorization of delegation.authorizations) origins.set(authorization, definition.origin);
    for (const { scope, origin } of definition.scopes) origins.set(scope, origin);
    const parts = [...definition.attributes.notKnown, ...definition.notKnown];
    if (parts.length > 0) notKnown.set(delegation, parts);
  }
  return {
    plan,
    originOf: (element) => origins.get(element),
    notKnownOf: (delegation) => notKnown.get(delegation) ?? [],
    leftOut,
  };
}

/** `count` 0/1 is fine; anything with several instances needs Terraform to expand it. */
function singleInstance(r: AttributeReader, body: JsonObject, path: Path, address: string): boolean {
  if ('for_each' in body) {
    throw r.unresolved([...path, 'for_each'], `${address} uses for_each, whose instances this tool cannot expand`, SHOW_JSON_FIX);
  }
  if ('dynamic' in body) {
    throw r.unresolved([...path, 'dynamic'], `${address} has dynamic blocks, which this tool cannot expand`, SHOW_JSON_FIX);
  }
  if (!('count' in body)) return true;
  const count = body.count;
  if (count === 0 || count === '0') return false;
  if (count === 1 || count === '1') return true;
  throw r.unresolved([...path, 'count'], `${address} has count ${JSON.stringify(count)}, whose instances this tool cannot expand`, SHOW_JSON_FIX);
}

/** `provider = "azurerm.<alias>"` (or the pre-0.12 `"${azurerm.<alias>}"`); no provider means the default `azurerm`. */
function providerKey(r: AttributeReader, body: JsonObject, path: Path): string {
  const value = body.provider;
  if (value === undefined || value === null) return 'azurerm';
  if (typeof value !== 'string') throw r.error([...path, 'provider'], 'provider must be a string like "azurerm.<alias>"', 'write the provider reference as a string');
  return value.replace(/^\$\{\s*(.*?)\s*\}$/, '$1');
}

function readProviders(reader: InputReader, data: JsonObject): Map<string, Provider> {
  const providers = new Map<string, Provider>();
  for (const { labels: [name], body, path } of labeledBlocks(reader, data.provider, ['provider'], 1)) {
    if (name !== 'azurerm') continue;
    const key = typeof body.alias === 'string' ? `azurerm.${body.alias}` : 'azurerm';
    if (!providers.has(key)) providers.set(key, { body, path });
  }
  return providers;
}

function resolveProvider(reader: InputReader, providers: Map<string, Provider>, definition: DefinitionEntry): Provider | undefined {
  const provider = providers.get(definition.provider);
  if (!provider && definition.provider !== 'azurerm') {
    throw reader.error([...definition.path, 'provider'],
      `provider ${JSON.stringify(definition.provider)} is not configured in this file`,
      `add a provider "azurerm" block with alias "${definition.provider.replace(/^azurerm\./, '')}", or import the file that has it merged in (cdktf writes one file per stack)`);
  }
  return provider;
}

/** The customer tenant is the provider's `tenant_id`; without one, the option (or unknown, ''). */
function tenantOf(r: AttributeReader, provider: Provider | undefined, options: ImportOptions): string {
  const value = provider?.body.tenant_id;
  if (value === undefined || value === null) return options.customerTenant ?? '';
  if (typeof value === 'string' && !r.isExpression(value)) return value.trim().toLowerCase();
  if (options.customerTenant !== undefined) return options.customerTenant;
  throw r.unresolved([...provider!.path, 'tenant_id'], `the provider's tenant_id is a Terraform expression (${JSON.stringify(value)}), which this tool cannot evaluate`,
    `pass the customer tenant with --customer-tenant <id>, or ${SHOW_JSON_FIX}`);
}

function cloudOf(r: AttributeReader, provider: Provider | undefined): AzureCloud {
  if (!provider) return DEFAULT_SETTINGS.cloud;
  const value = provider.body.environment;
  if (value === undefined || value === null) return DEFAULT_SETTINGS.cloud;
  const path = [...provider.path, 'environment'];
  if (typeof value !== 'string') throw r.error(path, 'environment must be a string', 'set environment to "public", "usgovernment" or "china"');
  if (r.isExpression(value)) throw r.expressionError(path, 'environment', value);
  const cloud = cloudOfEnvironment(value);
  if (!cloud) throw r.error(path, `environment ${JSON.stringify(value)} is not a cloud Azure Lighthouse supports`, 'set environment to "public", "usgovernment" or "china"');
  return cloud;
}

/** `definitions` by resource name; `byId` by `<definition id>\0<subscription>` (literal definition ids). */
function definitionOf(r: AttributeReader, body: JsonObject, path: Path, definitions: Map<string, DefinitionEntry>, byId: ReadonlyMap<string, DefinitionEntry>): DefinitionEntry {
  const at = [...path, 'lighthouse_definition_id'];
  const value = body.lighthouse_definition_id;
  if (typeof value !== 'string' || value === '') {
    throw r.error(value === undefined ? path : at, 'lighthouse_definition_id (the registration definition) is missing',
      `set lighthouse_definition_id to "\${${DEFINITION}.<name>.id}"`);
  }
  // `[0]`: a definition with `count = 1` is referred to by its only instance.
  const reference = new RegExp(`^\\$\\{\\s*${DEFINITION}\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\[0\\])?\\.id\\s*\\}$`).exec(value);
  if (reference) {
    const definition = definitions.get(reference[1]);
    if (!definition) {
      throw r.unresolved(at, `lighthouse_definition_id refers to ${DEFINITION}.${reference[1]}, which is not in this file`,
        `define ${DEFINITION}.${reference[1]} in the same file, or refer to one of: ${[...definitions.keys()].join(', ')}`);
    }
    return definition;
  }
  if (r.isExpression(value)) throw r.expressionError(at, 'lighthouse_definition_id', value);
  const parsed = parseDefinitionResourceId(value);
  if (!parsed) {
    throw r.error(at, `lighthouse_definition_id ${JSON.stringify(value)} is not a registration definition id`,
      `refer to the definition ("\${${DEFINITION}.<name>.id}") or write its id: /subscriptions/<subscription>/providers/Microsoft.ManagedServices/registrationDefinitions/<guid>`);
  }
  const literal = byId.get(`${parsed.definitionId}\u0000${parsed.subscriptionId}`);
  if (literal) return literal;
  throw r.unresolved(at, `lighthouse_definition_id names definition ${parsed.definitionId} in subscription ${parsed.subscriptionId}, which is not in this file`,
    'import a file that has the definition too (with that lighthouse_definition_id), or the az CLI export of the live delegation (`az managedservices assignment list --include-definition`)');
}

function requireSameSubscription(r: AttributeReader, path: Path, subscriptionId: string, definition: DefinitionEntry): void {
  if (subscriptionId === definition.attributes.subscriptionId) return;
  throw r.error([...path, 'scope'], `the assignment is in subscription ${subscriptionId}, but its definition ${DEFINITION}.${definition.name} is in subscription ${definition.attributes.subscriptionId}`,
    'assign a definition in the same subscription: a registration assignment must be at the subscription of its definition or a resource group in it');
}

/**
 * Assignments in the order outputs list them (our stacks list each delegation's assignments in scope
 * order in `<id>_assignment_ids`; cdktf writes resources sorted by name), then in file order.
 */
function outputRanks(reader: InputReader, data: JsonObject): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const { body } of labeledBlocks(reader, data.output, ['output'], 1)) {
    for (const name of resourceReferences(body.value, ASSIGNMENT)) if (!ranks.has(name)) ranks.set(name, ranks.size);
  }
  return ranks;
}

function orderScopes(scopes: DefinitionEntry['scopes'], ranks: Map<string, number>): DelegatedScope[] {
  const rank = (name: string) => ranks.get(name) ?? Number.MAX_SAFE_INTEGER;
  return [...scopes].sort((a, b) => rank(a.resourceName) - rank(b.resourceName) || a.order - b.order).map((s) => s.scope);
}

/** The construct path our stacks record in a resource's `//` metadata. */
function constructPathOf(body: JsonObject): string | undefined {
  const comment = body['//'];
  const path = isObject(comment) && isObject(comment.metadata) ? comment.metadata.path : undefined;
  return typeof path === 'string' ? path : undefined;
}

function stackNameOf(data: JsonObject): string | undefined {
  const comment = data['//'];
  const name = isObject(comment) && isObject(comment.metadata) ? comment.metadata.stackName : undefined;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** `stacks/<stack>/cdk.tf.json` without metadata is still named by its directory; other files by their name. */
function defaultCustomerName(file: string): string {
  const stem = fileStem(file);
  return stem === 'cdk' ? parentDirectoryName(file) ?? stem : stem;
}

/**
 * The state backend, when it is one the manifest can describe (local, azurerm, HCP Terraform); the stack
 * name in paths, keys and workspaces becomes the manifest's `{stack}` placeholder again.
 */
function backendOf(reader: InputReader, data: JsonObject, stack: string | undefined): BackendSettings {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const template = (value: string) => (stack ? value.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(stack)}(?![A-Za-z0-9])`, 'g'), '{stack}') : value);
  for (const { body, path } of labeledBlocks(reader, data.terraform, ['terraform'], 0)) {
    for (const { labels: [type], body: backend } of labeledBlocks(reader, body.backend, [...path, 'backend'], 1)) {
      if (type === 'local') {
        const local = text(backend.path);
        return { type: 'local', path: local === undefined ? DEFAULT_LOCAL_STATE_PATH : template(local) };
      }
      if (type === 'azurerm') {
        const [rg, account, container, key] = [backend.resource_group_name, backend.storage_account_name, backend.container_name, backend.key].map(text);
        if (rg === undefined || account === undefined || container === undefined || key === undefined) break;
        const subscriptionId = text(backend.subscription_id);
        const tenantId = text(backend.tenant_id);
        return {
          type: 'azurerm', resourceGroupName: rg, storageAccountName: account, containerName: container, key: template(key),
          ...(subscriptionId !== undefined && { subscriptionId: subscriptionId.toLowerCase() }),
          ...(tenantId !== undefined && { tenantId: tenantId.toLowerCase() }),
          useAzureadAuth: backend.use_azuread_auth === true, useOidc: backend.use_oidc === true,
        };
      }
    }
    const cloud = body.cloud;
    if (isObject(cloud) && typeof cloud.organization === 'string' && isObject(cloud.workspaces) && typeof cloud.workspaces.name === 'string') {
      const hostname = text(cloud.hostname);
      const project = text(cloud.workspaces.project);
      return {
        type: 'cloud', organization: cloud.organization, workspace: template(cloud.workspaces.name),
        ...(hostname !== undefined && { hostname }), ...(project !== undefined && { project }),
      };
    }
  }
  return DEFAULT_SETTINGS.backend;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
