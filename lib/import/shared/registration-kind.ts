import { isObject, JsonObject } from '../../util/json-object';

/** Resource types of Microsoft.ManagedServices, lower-cased (ARM and the REST API compare them case-insensitively). */
export const DEFINITION_TYPE = 'microsoft.managedservices/registrationdefinitions';
export const ASSIGNMENT_TYPE = 'microsoft.managedservices/registrationassignments';

/**
 * Whether an item of an az CLI list is a registration definition or assignment (by type, else by its properties).
 * Its own module because detection needs it on every run, and the az CLI importer only for az input.
 */
export function registrationKind(item: JsonObject): 'definition' | 'assignment' | undefined {
  const type = typeof item.type === 'string' ? item.type.toLowerCase() : undefined;
  if (type === DEFINITION_TYPE) return 'definition';
  if (type === ASSIGNMENT_TYPE) return 'assignment';
  if (type !== undefined && type !== '') return undefined;
  const properties = isObject(item.properties) ? item.properties : {};
  if (typeof properties.registrationDefinitionId === 'string') return 'assignment';
  if (typeof properties.managedByTenantId === 'string') return 'definition';
  return undefined;
}
