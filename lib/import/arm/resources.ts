import { InputError } from '../../model/errors';
import { ASSIGNMENT_TYPE, DEFINITION_TYPE } from '../shared/registration-kind';
import { suppliedParameters } from './documents';
import { DeploymentTarget, Scope, TemplateFrame } from './template-scope';
import { isString, locationOf, ObjectVal, property, typeName, Val } from './value';

const DEPLOYMENT_TYPE = 'microsoft.resources/deployments';

/** ARM's limit on a copy loop's count. */
const MAX_COPY_COUNT = 800;

/**
 * How many resource instances the import expands in all (every copy-loop iteration, nested loops multiplied, and
 * every resource of every nested template it walks). ARM allows 800 resources per template, but loops over nested
 * deployments multiply: 800 x 800 x 800 from a 3 KB template would take the import minutes and gigabytes.
 */
export const MAX_RESOURCE_INSTANCES = 10_000;

/** Instances expanded so far in one import. */
interface Budget {
  instances: number;
}

/** One deployed instance of a Lighthouse resource: the raw resource and the scope to evaluate it in. */
export interface FoundResource {
  readonly kind: 'definition' | 'assignment';
  /** The resource as written (not yet evaluated). */
  readonly resource: ObjectVal;
  /** Its template's parameters and variables, and the copy loops it sits in. */
  readonly scope: Scope;
  /** Where it is deployed: the subscription, and the resource group of an enclosing nested deployment. */
  readonly target: DeploymentTarget;
}

/**
 * The registration definitions and assignments a template deploys, in template order: top-level ones and those
 * inside nested `Microsoft.Resources/deployments` (recursively), each copy-loop iteration and only resources
 * whose `condition` holds. Other resources are skipped without evaluating them: the import must not fail on
 * parts of a template it does not need.
 */
export function findLighthouseResources(template: ObjectVal, scope: Scope): FoundResource[] {
  const found: FoundResource[] = [];
  walk(template, scope, scope.frame.target, found, { instances: 0 });
  return found;
}

function walk(template: ObjectVal, scope: Scope, target: DeploymentTarget, found: FoundResource[], budget: Budget): void {
  for (const resource of resourcesOf(template)) {
    spend(budget, 1, resource);
    const type = resourceType(resource, scope);
    const kind = type === DEFINITION_TYPE ? 'definition' : type === ASSIGNMENT_TYPE ? 'assignment' : type === DEPLOYMENT_TYPE ? 'deployment' : undefined;
    if (kind === undefined || (kind === 'deployment' && !deploysLighthouse(resource))) continue;
    for (const iteration of iterations(resource, scope, budget)) {
      if (!condition(resource, iteration)) continue;
      if (kind === 'deployment') nested(resource, iteration, target, found, budget);
      else {
        rejectScopeProperty(resource);
        found.push({ kind, resource, scope: iteration, target });
      }
    }
  }
}

/** `resources` as an array, or (languageVersion 2.0) an object of symbolic names. */
function resourcesOf(template: ObjectVal): ObjectVal[] {
  const resources = property(template, 'resources');
  if (resources === undefined) return [];
  const list = resources.kind === 'array' ? resources.items : resources.kind === 'object' ? [...resources.entries.values()] : undefined;
  if (!list) throw InputError.at(locationOf(resources), `"resources" must be an array, not ${typeName(resources)}`, 'write "resources": [ { "type": ..., ... } ]');
  return list.map((resource) => {
    if (resource.kind !== 'object') throw InputError.at(locationOf(resource), `a resource must be an object, not ${typeName(resource)}`, 'write each resource as { "type": ..., "name": ..., ... }');
    return resource;
  });
}

function resourceType(resource: ObjectVal, scope: Scope): string {
  const raw = property(resource, 'type');
  const type = raw && scope.evaluate(raw);
  if (!isString(type)) {
    throw InputError.at(locationOf(type ?? resource), type ? `the resource type must be a string, not ${typeName(type)}` : 'the resource has no "type"',
      'give every resource its "type", e.g. "Microsoft.ManagedServices/registrationDefinitions"');
  }
  return type.value.toLowerCase().replace(/\/+$/, '');
}

/** Whether a nested deployment's inline template holds Lighthouse resources (at any depth), judged without evaluating it. */
function deploysLighthouse(deployment: ObjectVal): boolean {
  const properties = property(deployment, 'properties');
  const template = properties?.kind === 'object' ? property(properties, 'template') : undefined;
  if (template?.kind !== 'object') return false;
  const resources = property(template, 'resources');
  const list = resources?.kind === 'array' ? resources.items : resources?.kind === 'object' ? [...resources.entries.values()] : [];
  return list.some((resource) => {
    if (resource.kind !== 'object') return true; // let the walk report it
    const type = property(resource, 'type');
    if (!isString(type)) return true;
    const lower = type.value.toLowerCase();
    if (lower.startsWith('[')) return true; // an expression: cannot tell without evaluating, so look
    if (lower.startsWith('microsoft.managedservices/')) return true;
    return lower.replace(/\/+$/, '') === DEPLOYMENT_TYPE && deploysLighthouse(resource);
  });
}

/** Counts `count` more instances, refusing the template (at `at`) when they pass MAX_RESOURCE_INSTANCES. */
function spend(budget: Budget, count: number, at: Val): void {
  budget.instances += count;
  if (budget.instances <= MAX_RESOURCE_INSTANCES) return;
  throw InputError.at(locationOf(at), `the template expands to more than ${MAX_RESOURCE_INSTANCES.toLocaleString('en-US')} resource instances (the limit of this import; copy loops of nested deployments multiply)`,
    'deploy the onboarding in smaller templates, or lower the copy counts (one nested deployment per resource group is enough)');
}

/** The scopes of a resource's copy-loop iterations, or just the scope when it has no `copy`. */
function iterations(resource: ObjectVal, scope: Scope, budget: Budget): Scope[] {
  const copy = property(resource, 'copy');
  if (copy === undefined) return [scope];
  if (copy.kind !== 'object') throw InputError.at(locationOf(copy), `"copy" must be an object, not ${typeName(copy)}`, 'write "copy": { "name": "<loop name>", "count": <n> }');
  const rawName = property(copy, 'name');
  const name = rawName && scope.evaluate(rawName);
  if (!isString(name)) throw InputError.at(locationOf(name ?? copy), `the copy loop needs a "name" string${name ? `, not ${typeName(name)}` : ''}`, 'write "copy": { "name": "<loop name>", "count": <n> }');
  const rawCount = property(copy, 'count');
  const count = rawCount && scope.evaluate(rawCount);
  if (!count || count.kind !== 'scalar' || !Number.isInteger(count.value) || (count.value as number) < 0 || (count.value as number) > MAX_COPY_COUNT) {
    throw InputError.at(locationOf(count ?? copy), `the "count" of copy loop ${JSON.stringify(name.value)} must be an integer from 0 to ${MAX_COPY_COUNT}${count ? `, not ${typeName(count)}` : ''}`,
      'write "count": <n>, or an expression such as "[length(parameters(\'resourceGroups\'))]"');
  }
  // The resource itself was counted once; its iterations replace that instance.
  spend(budget, (count.value as number) - 1, count);
  return Array.from({ length: count.value as number }, (_, i) => scope.withLoop(name.value, i));
}

function condition(resource: ObjectVal, scope: Scope): boolean {
  const raw = property(resource, 'condition');
  if (raw === undefined) return true;
  const value = scope.evaluate(raw);
  if (value.kind !== 'scalar' || typeof value.value !== 'boolean') {
    throw InputError.at(locationOf(value), `the resource's "condition" must be a boolean, not ${typeName(value)}`, 'write "condition": true/false or an expression that gives one, e.g. "[equals(parameters(\'x\'), \'Yes\')]"');
  }
  return value.value;
}

/**
 * A nested deployment: its `resourceGroup` (and `subscriptionId`) become the target of what it contains. With the
 * default outer expression scope the inner template's expressions see the parent's parameters, variables and
 * copy loops (Microsoft's rg.json / multi-rg.json rely on that); with `expressionEvaluationOptions.scope: inner`
 * they see the inner template's own parameters, supplied by the deployment's `parameters`.
 */
function nested(deployment: ObjectVal, scope: Scope, target: DeploymentTarget, found: FoundResource[], budget: Budget): void {
  const properties = property(deployment, 'properties') as ObjectVal; // deploysLighthouse checked its shape
  const template = property(properties, 'template') as ObjectVal;
  const subscriptionId = optionalString(deployment, 'subscriptionId', scope);
  const resourceGroup = optionalString(deployment, 'resourceGroup', scope);
  const inner: DeploymentTarget = {
    subscriptionId: subscriptionId ?? target.subscriptionId,
    tenantId: target.tenantId,
    // A deployment to another subscription without a resource group deploys at that subscription.
    ...(resourceGroup !== undefined ? { resourceGroup } : subscriptionId === undefined && target.resourceGroup !== undefined ? { resourceGroup: target.resourceGroup } : {}),
  };
  if (!isInnerScope(properties, scope)) {
    walk(template, scope, inner, found, budget);
    return;
  }
  const rawParameters = property(properties, 'parameters');
  const parameters = rawParameters === undefined ? undefined : scope.evaluate(rawParameters);
  if (parameters !== undefined && parameters.kind !== 'object') {
    throw InputError.at(locationOf(parameters), `the nested deployment's "parameters" must be an object, not ${typeName(parameters)}`, 'write "parameters": { "<name>": { "value": ... } }');
  }
  const frame = new TemplateFrame(template, {
    values: parameters ? suppliedParameters(parameters, 'the nested deployment') : new Map(),
    howToSupply: (name) => `add "${name}": { "value": ... } to the nested deployment's "parameters", or give the inner template's parameter a "defaultValue"`,
  }, inner);
  walk(template, new Scope(frame), inner, found, budget);
}

function isInnerScope(properties: ObjectVal, scope: Scope): boolean {
  const options = property(properties, 'expressionEvaluationOptions');
  if (options?.kind !== 'object') return false;
  const raw = property(options, 'scope');
  const value = raw && scope.evaluate(raw);
  return isString(value) && value.value.toLowerCase() === 'inner';
}

function optionalString(resource: ObjectVal, name: string, scope: Scope): string | undefined {
  const raw = property(resource, name);
  if (raw === undefined) return undefined;
  const value = scope.evaluate(raw);
  if (!isString(value)) throw InputError.at(locationOf(value), `"${name}" of the nested deployment must be a string, not ${typeName(value)}`, `write "${name}": "<${name}>"`);
  return value.value;
}

/** Extension-resource `scope` (Bicep's `scope:`) would move the resource; rather than guess where, say so. */
function rejectScopeProperty(resource: ObjectVal): void {
  const scope: Val | undefined = property(resource, 'scope');
  if (scope === undefined) return;
  throw InputError.at(locationOf(scope), 'the "scope" property of a Lighthouse resource is not supported by the import',
    'deploy registration assignments for resource groups through a nested Microsoft.Resources/deployments with "resourceGroup" (as Microsoft\'s rg.json does), or open an issue');
}
