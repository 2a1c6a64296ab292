import { InputError } from '../../model/errors';
import { isObject, JsonObject } from '../../util/json-object';

/**
 * An ARM deployment template: `$schema` naming a `...deploymentTemplate.json`, or `resources` (array or
 * symbolic-name object) with `contentVersion`. An ARM parameters file given as the input is an InputError: it is
 * half of an ARM input.
 */
export function isArmTemplate(data: unknown, file: string): boolean {
  if (!isObject(data)) return false;
  const schema = typeof data.$schema === 'string' ? data.$schema.toLowerCase() : '';
  if (schema.includes('deploymentparameters.json') || isBareParametersFile(data)) {
    throw new InputError('this is an ARM deployment parameters file, not a template',
      'pass the template as the input and this file with --parameters, e.g. `lighthouse-iac check subscription.json --parameters subscription.parameters.json`',
      { file, line: 1, column: 1 });
  }
  if (schema.includes('deploymenttemplate.json')) return true;
  return 'contentVersion' in data && (Array.isArray(data.resources) || isObject(data.resources));
}

/** `{ "contentVersion": ..., "parameters": { "<name>": { "value": ... } } }` without resources. */
function isBareParametersFile(data: JsonObject): boolean {
  if (!('contentVersion' in data) || 'resources' in data || !isObject(data.parameters)) return false;
  const entries = Object.values(data.parameters);
  return entries.length > 0 && entries.every((entry) => isObject(entry) && ('value' in entry || 'reference' in entry));
}
