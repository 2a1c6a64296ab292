import { join } from 'node:path';
import { ConfigurationReading, NotKnown, readTerraformConfiguration } from '../import/terraform';
import { InputError, InputErrors } from '../model/errors';
import { formatJsonPath } from '../model/location';
import { DEFAULT_SETTINGS, Delegation, Offer, Plan, Principal, Suppression } from '../model/plan';
import { Level } from '../policy/rule';
import { RoleCatalog } from '../roles/catalog';
import { isObject } from '../util/json-object';
import { IConstruct, TerraformResource, TerraformStack } from './cdk';
import { isCustomerScope } from './customer-scope';
import { LighthouseDelegation } from './lighthouse-delegation';
import { stackSource } from './stack-json';

/** Marks every annotation PolicyChecks adds that is not a rule finding. */
export const TAG = '[lighthouse-iac]';

const LIGHTHOUSE_TYPES = new Set(['azurerm_lighthouse_definition', 'azurerm_lighthouse_assignment']);

/** An annotation that is not a finding: a resource that cannot be checked, parts left out. */
export interface Note {
  readonly construct: IConstruct;
  readonly level: Level;
  readonly text: string;
}

/** The Plan of the checked constructs, and the way back from its elements to them. */
export interface CheckedPlan {
  readonly plan: Plan;
  /**
   * The construct a Delegation, Authorization or DelegatedScope came from (its LighthouseDelegation, else the
   * resource), also by the source location of one of them or of their roles or plan.
   */
  constructOf(elementOrSource: object): IConstruct | undefined;
  /** What the reader left out of a delegation, or read as unknown, because only Terraform knows it. */
  notKnownOf(delegation: Delegation): readonly NotKnown[];
  readonly notes: readonly Note[];
}

/**
 * Reads the checked scopes into one Plan: every stack that holds an `azurerm_lighthouse_*` resource inside them,
 * as cdktf resolves it (`toTerraform()`, the JSON synth writes to its cdk.tf.json), through the Terraform reader
 * in `unknown` mode (lib/import/terraform/reading.ts lists what that mode leaves out). One customer per stack,
 * keyed by the stack id (named by a CustomerStack's displayName); its tenant is the providers' `tenant_id`, else
 * the CustomerStack's, else the one `customerTenantId` of the stack's LighthouseDelegations, else unknown ('').
 * A stack the reader rejects gets an error note on the resource at fault and is not checked.
 */
export function readCheckedPlan(scopes: readonly IConstruct[], roles: RoleCatalog, suppressions: readonly Suppression[]): CheckedPlan {
  const paths = scopes.map((scope) => scope.node.path);
  const inScope = (path: string) => paths.some((p) => p === '' || path === p || path.startsWith(`${p}/`));
  const stacks = scopes[0].node.root.node.findAll()
    .filter((node): node is TerraformStack => TerraformStack.isStack(node))
    .filter((stack) => scopes.some((scope) => scope === stack || scope.node.scopes.includes(stack) || stack.node.scopes.includes(scope)));
  const constructs = new WeakMap<object, IConstruct>();
  const readings = new WeakMap<Delegation, ConfigurationReading>();
  const notes: Note[] = [];
  const plans: Plan[] = [];
  for (const stack of stacks) {
    const nodes = stack.node.findAll();
    const checked = nodes.filter((n) => TerraformResource.isTerraformResource(n) && LIGHTHOUSE_TYPES.has(n.terraformResourceType) && inScope(n.node.path));
    if (checked.length === 0) continue;
    const byPath = new Map(nodes.map((node) => [node.node.path, node]));
    const constructAt = (path: string | undefined) => {
      const node = path === undefined ? undefined : byPath.get(path);
      return node && ownerOf(node);
    };
    const json = stack.toTerraform();
    const reading = readStack(stack, json, customerTenantOf(stack, nodes, inScope), roles, inScope, notes, constructAt);
    if (!reading) continue;
    for (const resource of reading.leftOut) {
      notes.push({ construct: constructAt(resource.constructPath) ?? stack, level: 'warning', text: `${TAG} cannot check: ${resource.problem}` });
    }
    for (const delegation of reading.plan.delegations) {
      readings.set(delegation, reading);
      const at = (element: Parameters<ConfigurationReading['originOf']>[0], parts: ReadonlyArray<{ readonly source?: object }> = []) => {
        const construct = constructAt(reading.originOf(element)?.constructPath);
        if (!construct) return;
        // The element and the source locations of it and its parts: a finding names one or the other. Not the
        // principal's: it is where a principal first appears, the default location of findings across customers.
        for (const key of [element, element.source, ...parts.map((p) => p.source)]) if (key) constructs.set(key, construct);
      };
      at(delegation, delegation.plan ? [delegation.plan] : []);
      for (const a of delegation.authorizations) at(a, [a.role, ...a.delegatedRoles]);
      delegation.scopes.forEach((scope) => at(scope));
    }
    // The one thing the JSON does not carry: a CustomerStack's display name.
    const customerStack = isCustomerScope(stack) ? stack : undefined;
    plans.push(customerStack
      ? { ...reading.plan, customers: reading.plan.customers.map((c) => ({ ...c, displayName: customerStack.displayName })) }
      : reading.plan);
  }
  const notKnownOf = (delegation: Delegation) => readings.get(delegation)?.notKnownOf(delegation) ?? [];
  const plan = mergePlans(plans, suppressions);
  for (const delegation of plan.delegations) {
    const parts = [
      ...(delegation.customerTenantId === '' ? ['the customer tenant (no CustomerStack, and no literal tenant_id on the azurerm provider)'] : []),
      ...notKnownOf(delegation).map((part) => part.what),
    ];
    const construct = constructs.get(delegation);
    if (parts.length > 0 && construct) notes.push({ construct, level: 'info', text: `${TAG} not checked, known only at apply time: ${parts.join('; ')}` });
  }
  const clouds = new Set(plans.map((p) => p.settings.cloud));
  const first = plan.delegations[0] && constructs.get(plan.delegations[0]);
  if (clouds.size > 1 && first) {
    notes.push({
      construct: first, level: 'info',
      text: `${TAG} the checked stacks use several clouds (${[...clouds].join(', ')}): rules that depend on the cloud (LH118) were checked as AzureCloud; check each cloud's stacks with their own PolicyChecks`,
    });
  }
  return { plan, constructOf: (element) => constructs.get(element), notKnownOf, notes };
}

function readStack(
  stack: TerraformStack, json: unknown, customerTenant: string | undefined, roles: RoleCatalog, inScope: (path: string) => boolean,
  notes: Note[], constructAt: (path: string | undefined) => IConstruct | undefined,
): ConfigurationReading | undefined {
  const source = stackSource(json, stackFile(stack));
  try {
    return readTerraformConfiguration(source, {
      roles, customer: stack.node.id, ...(customerTenant !== undefined && { customerTenant }), expressions: 'unknown',
      include: (resource) => resource.constructPath !== undefined && inScope(resource.constructPath),
    });
  } catch (error) {
    if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
    for (const e of error instanceof InputErrors ? error.errors : [error]) {
      notes.push({ construct: constructAt(resourcePathAt(json, e.location?.path)) ?? stack, level: 'error', text: `${TAG} cannot check: ${e.problem} (fix: ${e.fix})` });
    }
    return undefined;
  }
}

/** Where synth writes the stack (`<outdir>/stacks/<id>/cdk.tf.json`): the file the findings' locations name. */
function stackFile(stack: TerraformStack): string {
  const outdir = (stack.node.root as { outdir?: unknown }).outdir;
  return join(typeof outdir === 'string' ? outdir : 'cdktf.out', 'stacks', stack.node.id, 'cdk.tf.json');
}

/** The CustomerStack's tenant, else the one customerTenantId the stack's checked LighthouseDelegations agree on. */
function customerTenantOf(stack: TerraformStack, nodes: readonly IConstruct[], inScope: (path: string) => boolean): string | undefined {
  if (isCustomerScope(stack)) return stack.tenantId;
  const tenants = new Set(nodes.filter((n): n is LighthouseDelegation => n instanceof LighthouseDelegation && inScope(n.node.path))
    .map((d) => d.delegation.customerTenantId));
  return tenants.size === 1 ? [...tenants][0] : undefined;
}

/** The construct path of the lighthouse resource an error's JSON path points into. */
function resourcePathAt(json: unknown, errorPath: string | undefined): string | undefined {
  const resources = isObject(json) && isObject(json.resource) ? json.resource : {};
  for (const type of LIGHTHOUSE_TYPES) {
    const byName = isObject(resources[type]) ? resources[type] : {};
    for (const [name, body] of Object.entries(byName)) {
      const prefix = formatJsonPath(['resource', type, name]);
      if (errorPath === undefined || !(errorPath === prefix || errorPath.startsWith(`${prefix}.`) || errorPath.startsWith(`${prefix}[`))) continue;
      const comment = isObject(body) ? body['//'] : undefined;
      const path = isObject(comment) && isObject(comment.metadata) ? comment.metadata.path : undefined;
      return typeof path === 'string' ? path : undefined;
    }
  }
  return undefined;
}

/** Findings about the resources a LighthouseDelegation made belong on the LighthouseDelegation. */
function ownerOf(node: IConstruct): IConstruct {
  const parent = node.node.scope;
  if (parent instanceof LighthouseDelegation && (parent.definition === node || parent.assignments.includes(node as never))) return parent;
  return node;
}

/**
 * The stacks' Plans as one: customers and delegations in synth order, offers by key and principals by object
 * id (the first wins, a later display name fills a missing one), the managing tenant when all agree. One stack
 * keeps its settings; several get the defaults with their cloud, or AzureCloud when they differ (noted).
 */
function mergePlans(plans: readonly Plan[], suppressions: readonly Suppression[]): Plan {
  const read = plans.filter((p) => p.delegations.length > 0);
  const delegations = read.flatMap((p) => p.delegations);
  const offers = new Map<string, Offer>();
  const principals = new Map<string, Principal>();
  for (const p of read) {
    for (const offer of p.offers) if (!offers.has(offer.key)) offers.set(offer.key, offer);
    for (const principal of p.principals) {
      const known = principals.get(principal.id);
      if (!known) principals.set(principal.id, principal);
      else if (known.displayName === undefined && principal.displayName !== undefined) principals.set(principal.id, { ...known, displayName: principal.displayName });
    }
  }
  const managing = new Set(delegations.map((d) => d.managingTenantId));
  const clouds = new Set(read.map((p) => p.settings.cloud));
  return {
    file: '(cdktf constructs)',
    ...(managing.size === 1 && read[0].managingTenant && { managingTenant: read[0].managingTenant }),
    principals: [...principals.values()],
    customers: read.flatMap((p) => p.customers),
    offers: [...offers.values()],
    authorizationSets: uniqueSets(read),
    delegations,
    suppressions,
    settings: read.length === 1 ? read[0].settings : { ...DEFAULT_SETTINGS, cloud: clouds.size === 1 ? [...clouds][0] : DEFAULT_SETTINGS.cloud },
  };
}

/** Each stack's derived sets; a key two stacks both derived (one offer key in two stacks) is kept once. */
function uniqueSets(plans: readonly Plan[]): Plan['authorizationSets'] {
  const byKey = new Map<string, Plan['authorizationSets'][number]>();
  for (const p of plans) for (const set of p.authorizationSets) if (!byKey.has(set.key)) byKey.set(set.key, set);
  return [...byKey.values()];
}
