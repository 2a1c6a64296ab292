import { InputError } from '../model/errors';
import { isObject, JsonObject } from '../util/json-object';
import { registrationKind } from './registration-kind';
import { InputFormat } from './types';

/** Terraform JSON's top-level block types: a file made only of these is a Terraform configuration. */
const TERRAFORM_BLOCK_TYPES = new Set(['//', 'resource', 'data', 'provider', 'terraform', 'variable', 'output', 'locals', 'module', 'moved', 'import', 'check', 'removed']);

/**
 * What an input is, by its content (file names lie: `main.json` can be anything). Undefined when nothing
 * matches. An ARM parameters file given as the input is an InputError: it is half of an ARM input.
 *
 * - manifest: an object with `managingTenant` or `customers`
 * - arm: `$schema` naming a `...deploymentTemplate.json`, or `resources` (array or symbolic-name object) with `contentVersion`
 * - terraform: a configuration whose `resource` has azurerm_lighthouse_* (or any configuration made only of
 *   Terraform block types, such as a cdktf stack with `//` metadata), or `terraform show -json` output
 *   (`format_version` with `planned_values` or `values`)
 * - az: an array of (or one) Microsoft.ManagedServices registration definitions / assignments
 */
export function detectInputFormat(data: unknown, file = '<input>'): InputFormat | undefined {
  if (Array.isArray(data)) {
    return data.length > 0 && data.every((item) => isObject(item) && registrationKind(item) !== undefined) ? 'az' : undefined;
  }
  if (!isObject(data)) return undefined;
  if ('managingTenant' in data || 'customers' in data) return 'manifest';
  const schema = typeof data.$schema === 'string' ? data.$schema.toLowerCase() : '';
  if (schema.includes('deploymentparameters.json') || isBareParametersFile(data)) {
    throw new InputError('this is an ARM deployment parameters file, not a template',
      'pass the template as the input and this file with --parameters, e.g. `lighthouse-iac check subscription.json --parameters subscription.parameters.json`',
      { file, line: 1, column: 1 });
  }
  if (schema.includes('deploymenttemplate.json')) return 'arm';
  if ('contentVersion' in data && (Array.isArray(data.resources) || isObject(data.resources))) return 'arm';
  if (isTerraformShowJson(data) || isTerraformConfiguration(data)) return 'terraform';
  if (typeof data.id === 'string' && typeof data.type === 'string' && registrationKind(data) !== undefined) return 'az';
  return undefined;
}

/** `{ "contentVersion": ..., "parameters": { "<name>": { "value": ... } } }` without resources. */
function isBareParametersFile(data: JsonObject): boolean {
  if (!('contentVersion' in data) || 'resources' in data || !isObject(data.parameters)) return false;
  const entries = Object.values(data.parameters);
  return entries.length > 0 && entries.every((entry) => isObject(entry) && ('value' in entry || 'reference' in entry));
}

function isTerraformShowJson(data: JsonObject): boolean {
  return typeof data.format_version === 'string' && (isObject(data.planned_values) || isObject(data.values) || isObject(data.prior_state));
}

function isTerraformConfiguration(data: JsonObject): boolean {
  const keys = Object.keys(data);
  if (keys.length === 0) return false;
  if (mentionsLighthouseResource(data.resource)) return true;
  const cdktf = isObject(data['//']) && isObject(data['//'].metadata);
  return (cdktf || 'resource' in data) && keys.every((key) => TERRAFORM_BLOCK_TYPES.has(key));
}

/** Whether `resource` (in any JSON-syntax form) has an azurerm_lighthouse_* type. */
function mentionsLighthouseResource(resource: unknown): boolean {
  if (Array.isArray(resource)) return resource.some(mentionsLighthouseResource);
  return isObject(resource) && Object.keys(resource).some((type) => type.startsWith('azurerm_lighthouse_'));
}
