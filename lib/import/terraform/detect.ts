import { isObject, JsonObject } from '../../util/json-object';

/** Terraform JSON's top-level block types: a file made only of these is a Terraform configuration. */
const TERRAFORM_BLOCK_TYPES = new Set(['//', 'resource', 'data', 'provider', 'terraform', 'variable', 'output', 'locals', 'module', 'moved', 'import', 'check', 'removed']);

/**
 * Terraform JSON: a configuration whose `resource` has azurerm_lighthouse_* (or any configuration made only of
 * Terraform block types, such as a cdktf stack with `//` metadata), or `terraform show -json` output
 * (`format_version` with `planned_values`, `values` or `prior_state`).
 */
export function isTerraformJson(data: unknown): boolean {
  return isObject(data) && (isTerraformShowJson(data) || isTerraformConfiguration(data));
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
