import { sanitizeKey } from '../../model/ids';
import { AzureCloud, DEFAULT_SETTINGS, DelegatedScope, Plan } from '../../model/plan';
import { ImportOptions } from '../types';
import { groupBy } from '../../util/group-by';
import { AttributeReader } from './attribute-reader';
import { parseDefinitionResourceId } from '../shared/azure-ids';
import { fileStem, InputReader, isObject, JsonObject, Path } from '../shared/input-reader';
import { DefinitionAttributes, importedDelegation, offerKeyOf, readAssignment, readDefinition } from './lighthouse-resources';
import { assemblePlan, ImportedDelegation } from '../shared/plan-assembly';
import { cloudOfEnvironment } from '../../model/clouds';

const DEFINITION = 'azurerm_lighthouse_definition';
const ASSIGNMENT = 'azurerm_lighthouse_assignment';

/**
 * Which values of a `terraform show -json` document to read: `current`, the plan's `planned_values` (or a
 * state's `values`); `prior`, a plan's `prior_state` (what is deployed before the plan applies).
 */
export type ShowJsonSide = 'current' | 'prior';

/** One resource instance of `planned_values` / `values`. */
interface Instance {
  /** Full address, e.g. `module.customer["a"].azurerm_lighthouse_definition.ops[0]`. */
  readonly address: string;
  /** Address of the module instance it is in (`''` for the root module). */
  readonly module: string;
  readonly type: string;
  readonly name: string;
  readonly values: JsonObject;
  readonly path: Path;
}

interface DefinitionEntry {
  readonly instance: Instance;
  readonly attributes: DefinitionAttributes;
  readonly scopes: Array<{ readonly scope: DelegatedScope; readonly instance: Instance; readonly order: number }>;
}

/** A resource of `configuration`: which provider configuration it uses and its expressions. */
interface ConfigResource {
  readonly providerConfigKey?: string;
  readonly expressions: JsonObject;
}

/**
 * `terraform show -json` output of a plan (`planned_values`) or of the state (`values`), format 1.x
 * (https://developer.hashicorp.com/terraform/internals/json-format). Values there are evaluated, so unlike
 * a configuration nothing needs Terraform. What a plan cannot know yet (a definition's `id` before apply) is
 * resolved through `configuration`: an assignment's `lighthouse_definition_id` expression references the
 * definition's address. The customer tenant and cloud come from the provider configuration when it is a
 * constant (or a root variable); a state has no configuration, so they fall back to the options / defaults.
 */
export function importShowJson(reader: InputReader, options: ImportOptions, side: ShowJsonSide = 'current'): Plan {
  const data = reader.data as JsonObject;
  requireSupportedVersion(reader, data);
  const r = new AttributeReader(reader, 'values');
  const rootPath = side === 'prior' ? ['prior_state', 'values', 'root_module'] : 'planned_values' in data ? ['planned_values', 'root_module'] : ['values', 'root_module'];
  const instances: Instance[] = [];
  collectInstances(InputReader.get(data, rootPath), rootPath, instances);
  const configuration = new Configuration(data);

  const definitions: DefinitionEntry[] = [];
  const assignments: Instance[] = [];
  let registerResourceProvider = false;
  for (const instance of instances) {
    if (instance.type === DEFINITION) {
      definitions.push({ instance, attributes: readDefinition(r, instance.values, instance.path, options.roles), scopes: [] });
    } else if (instance.type === ASSIGNMENT) {
      assignments.push(instance);
    } else if (instance.type === 'azurerm_resource_provider_registration' && String(instance.values.name).toLowerCase() === 'microsoft.managedservices') {
      registerResourceProvider = true;
    }
  }
  if (definitions.length === 0) {
    // Nothing deployed before a first apply: the prior side of a plan is an empty Plan, not an error.
    if (side === 'prior') return assemblePlan({ file: reader.file, customerKey: options.customer ?? sanitizeKey(fileStem(reader.file)), delegations: [] });
    throw reader.error(rootPath, `no ${DEFINITION} resource in this ${rootPath[0] === 'planned_values' ? 'plan' : 'state'}`,
      'run `terraform show -json` on the plan or state of a configuration with azurerm_lighthouse_definition resources');
  }

  const index = new DefinitionIndex(definitions);
  assignments.forEach((instance, order) => {
    const { scope, delegatedScope } = readAssignment(r, instance.values, instance.path);
    const definition = definitionOf(r, instance, scope.subscriptionId, index, configuration);
    if (scope.subscriptionId !== definition.attributes.subscriptionId) {
      throw r.error([...instance.path, 'scope'], `${instance.address} is in subscription ${scope.subscriptionId}, but its definition ${definition.instance.address} is in subscription ${definition.attributes.subscriptionId}`,
        'assign a definition in the same subscription: a registration assignment must be at the subscription of its definition or a resource group in it');
    }
    definition.scopes.push({ scope: delegatedScope, instance, order });
  });

  const ranks = configuration.outputRanks();
  const clouds = new Set<AzureCloud>();
  const delegations: ImportedDelegation[] = definitions.map((definition) => {
    const provider = configuration.providerOf(definition.instance);
    clouds.add(provider.cloud ?? DEFAULT_SETTINGS.cloud);
    const scopes = [...definition.scopes]
      .sort((a, b) => rankOf(ranks, a.instance) - rankOf(ranks, b.instance) || a.order - b.order)
      .map((s) => s.scope);
    return importedDelegation(definition.attributes, offerKeyOf(definition.attributes, definition.instance.name),
      provider.tenantId ?? options.customerTenant ?? '', scopes);
  });
  if (clouds.size > 1) {
    throw reader.error(['configuration', 'provider_config'], `the providers use different clouds (${[...clouds].join(', ')})`,
      'import one configuration per cloud: a Plan has one cloud');
  }
  return assemblePlan({
    file: reader.file,
    customerKey: options.customer ?? sanitizeKey(fileStem(reader.file)),
    delegations,
    settings: { ...DEFAULT_SETTINGS, cloud: clouds.values().next().value ?? DEFAULT_SETTINGS.cloud, registerResourceProvider },
  });
}

function requireSupportedVersion(reader: InputReader, data: JsonObject): void {
  const version = data.format_version;
  if (typeof version === 'string' && version.split('.')[0] === '1') return;
  throw reader.error(['format_version'], `format_version ${JSON.stringify(version)} of terraform show -json is not supported (1.x is)`,
    'produce the file with Terraform 1.x or OpenTofu: `terraform show -json tfplan > plan.json`');
}

function collectInstances(module: unknown, path: Path, out: Instance[]): void {
  if (!isObject(module)) return;
  const moduleAddress = typeof module.address === 'string' ? module.address : '';
  const resources = Array.isArray(module.resources) ? module.resources : [];
  resources.forEach((resource, i) => {
    if (!isObject(resource) || resource.mode === 'data' || typeof resource.type !== 'string' || typeof resource.name !== 'string') return;
    if (!isObject(resource.values)) return;
    out.push({
      address: typeof resource.address === 'string' ? resource.address : `${moduleAddress ? `${moduleAddress}.` : ''}${resource.type}.${resource.name}`,
      module: moduleAddress,
      type: resource.type,
      name: resource.name,
      values: resource.values,
      path: [...path, 'resources', i, 'values'],
    });
  });
  const children = Array.isArray(module.child_modules) ? module.child_modules : [];
  children.forEach((child, i) => collectInstances(child, [...path, 'child_modules', i], out));
}

/** `module.a["x"].module.b[0]` -> `module.a.module.b`: configuration addresses have no instance keys. */
function withoutInstanceKeys(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

function relativeAddress(instance: Instance): string {
  return instance.module && instance.address.startsWith(`${instance.module}.`) ? instance.address.slice(instance.module.length + 1) : instance.address;
}

function definitionOf(r: AttributeReader, assignment: Instance, subscriptionId: string, index: DefinitionIndex, configuration: Configuration): DefinitionEntry {
  const at = [...assignment.path, 'lighthouse_definition_id'];
  const value = assignment.values.lighthouse_definition_id;
  if (typeof value === 'string' && value !== '') {
    const parsed = parseDefinitionResourceId(value);
    if (!parsed) {
      throw r.error(at, `lighthouse_definition_id ${JSON.stringify(value)} is not a registration definition id`,
        'it must read /subscriptions/<subscription>/providers/Microsoft.ManagedServices/registrationDefinitions/<guid>');
    }
    const match = index.byResourceId(value) ?? index.byName(parsed.definitionId, parsed.subscriptionId);
    if (match) return match;
    throw r.error(at, `${assignment.address} names definition ${parsed.definitionId} in subscription ${parsed.subscriptionId}, which is not in this file`,
      'import a plan or state that has the definition too, or the az CLI export of the live delegation (`az managedservices assignment list --include-definition`)');
  }
  // Unknown until apply: follow the configuration's reference to the definition.
  const candidates = configuration.referencedDefinitions(assignment, index);
  const sameSubscription = candidates.length > 1 ? candidates.filter((d) => d.attributes.subscriptionId === subscriptionId) : candidates;
  if (sameSubscription.length === 1) return sameSubscription[0];
  throw r.error(assignment.path, `the definition of ${assignment.address} is not known in this plan (lighthouse_definition_id is computed at apply${candidates.length > 1 ? ` and the configuration refers to ${candidates.length} definitions` : ''})`,
    `refer to one definition in the configuration (lighthouse_definition_id = ${DEFINITION}.<name>.id) and make the plan again, or import the state after apply (\`terraform show -json > state.json\`)`);
}

function rankOf(ranks: Map<string, number>, instance: Instance): number {
  if (instance.module !== '') return Number.MAX_SAFE_INTEGER;
  return ranks.get(withoutInstanceKeys(instance.address)) ?? Number.MAX_SAFE_INTEGER;
}

/** The definitions of a plan or state by what assignments refer to them with, so each lookup is O(1). */
class DefinitionIndex {
  private readonly ids = new Map<string, DefinitionEntry>();
  private readonly names = new Map<string, DefinitionEntry>();
  private readonly addresses: ReadonlyMap<string, DefinitionEntry[]>;
  private readonly configAddresses: ReadonlyMap<string, DefinitionEntry[]>;

  constructor(definitions: readonly DefinitionEntry[]) {
    for (const d of definitions) {
      const id = d.instance.values.id;
      if (typeof id === 'string' && !this.ids.has(id.toLowerCase())) this.ids.set(id.toLowerCase(), d);
      const name = `${d.attributes.definitionId}\u0000${d.attributes.subscriptionId}`;
      if (!this.names.has(name)) this.names.set(name, d);
    }
    this.addresses = groupBy(definitions, (d) => `${d.instance.module}\u0000${relativeAddress(d.instance)}`);
    this.configAddresses = groupBy(definitions, (d) => `${d.instance.module}\u0000${withoutInstanceKeys(relativeAddress(d.instance))}`);
  }

  /** By the `id` attribute (known in a state). */
  byResourceId(id: string): DefinitionEntry | undefined {
    return this.ids.get(id.toLowerCase());
  }

  byName(definitionId: string, subscriptionId: string): DefinitionEntry | undefined {
    return this.names.get(`${definitionId}\u0000${subscriptionId}`);
  }

  /** In one module instance: the instance at `address` exactly, else every instance of that resource. */
  inModule(module: string, address: string): readonly DefinitionEntry[] {
    return this.addresses.get(`${module}\u0000${address}`) ?? this.configAddresses.get(`${module}\u0000${address}`) ?? [];
  }
}

/** The `configuration` part of a plan (absent in a state): providers, resource expressions, outputs. */
class Configuration {
  private readonly resources = new Map<string, ConfigResource>();
  private readonly providers: JsonObject;
  private readonly variables: JsonObject;
  private readonly root: JsonObject;

  constructor(data: JsonObject) {
    const configuration = isObject(data.configuration) ? data.configuration : {};
    this.providers = isObject(configuration.provider_config) ? configuration.provider_config : {};
    this.variables = isObject(data.variables) ? data.variables : {};
    this.root = isObject(configuration.root_module) ? configuration.root_module : {};
    this.index(this.root, '');
  }

  /** Tenant and cloud of the provider configuration an instance uses, where they are constants or root variables. */
  providerOf(instance: Instance): { tenantId?: string; cloud?: AzureCloud } {
    const resource = this.resources.get(this.configAddress(instance));
    const key = resource?.providerConfigKey;
    const provider = key === undefined ? undefined : this.providers[key] ?? this.providers[key.slice(key.lastIndexOf(':') + 1)];
    const expressions = isObject(provider) && isObject(provider.expressions) ? provider.expressions : {};
    const tenant = this.constant(expressions.tenant_id);
    const environment = this.constant(expressions.environment);
    const cloud = environment === undefined ? undefined : cloudOfEnvironment(environment);
    return { ...(tenant !== undefined && tenant !== '' && { tenantId: tenant.trim().toLowerCase() }), ...(cloud && { cloud }) };
  }

  /** The definitions an assignment's `lighthouse_definition_id` expression references, in its module instance. */
  referencedDefinitions(assignment: Instance, index: DefinitionIndex): readonly DefinitionEntry[] {
    const expression = this.resources.get(this.configAddress(assignment))?.expressions.lighthouse_definition_id;
    const references = isObject(expression) && Array.isArray(expression.references) ? expression.references.filter((x): x is string => typeof x === 'string') : [];
    for (const reference of references) {
      const target = reference.replace(/\.id$/, '');
      if (!target.startsWith(`${DEFINITION}.`)) continue;
      const found = index.inModule(assignment.module, target);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** Root outputs that list assignments fix their order (our stacks list them in scope order). */
  outputRanks(): Map<string, number> {
    const ranks = new Map<string, number>();
    const outputs = isObject(this.root.outputs) ? this.root.outputs : {};
    for (const output of Object.values(outputs)) {
      const expression = isObject(output) && isObject(output.expression) ? output.expression : {};
      const references = Array.isArray(expression.references) ? expression.references : [];
      for (const reference of references) {
        if (typeof reference !== 'string' || !reference.startsWith(`${ASSIGNMENT}.`)) continue;
        const address = reference.replace(/\.id$/, '').replace(/\[[^\]]*\]$/, '');
        if (!ranks.has(address)) ranks.set(address, ranks.size);
      }
    }
    return ranks;
  }

  private configAddress(instance: Instance): string {
    const module = withoutInstanceKeys(instance.module);
    return `${module ? `${module}.` : ''}${instance.type}.${instance.name}`;
  }

  private index(module: JsonObject, prefix: string): void {
    const resources = Array.isArray(module.resources) ? module.resources : [];
    for (const resource of resources) {
      if (!isObject(resource) || resource.mode === 'data' || typeof resource.type !== 'string' || typeof resource.name !== 'string') continue;
      this.resources.set(`${prefix ? `${prefix}.` : ''}${resource.type}.${resource.name}`, {
        ...(typeof resource.provider_config_key === 'string' && { providerConfigKey: resource.provider_config_key }),
        expressions: isObject(resource.expressions) ? resource.expressions : {},
      });
    }
    const calls = isObject(module.module_calls) ? module.module_calls : {};
    for (const [name, call] of Object.entries(calls)) {
      if (isObject(call) && isObject(call.module)) this.index(call.module, `${prefix ? `${prefix}.` : ''}module.${name}`);
    }
  }

  /** A constant expression, or a reference to exactly one root variable whose value the plan records. */
  private constant(expression: unknown): string | undefined {
    if (!isObject(expression)) return undefined;
    if (typeof expression.constant_value === 'string') return expression.constant_value;
    const references = Array.isArray(expression.references) ? expression.references : [];
    if (references.length === 1 && typeof references[0] === 'string' && references[0].startsWith('var.')) {
      const variable = this.variables[references[0].slice(4)];
      if (isObject(variable) && typeof variable.value === 'string') return variable.value;
    }
    return undefined;
  }
}
