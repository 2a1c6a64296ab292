import { isObject } from '../../util/json-object';
import { registrationKind } from '../shared/registration-kind';

/**
 * az CLI JSON: an array of (or one) Microsoft.ManagedServices registration definitions / assignments, or `az rest`
 * pages of them (`{ "value": [...] }`, one or an array of several).
 */
export function isAzCliExport(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && data.every((item) => isRegistration(item) || isPage(item));
  return isPage(data) || (isObject(data) && typeof data.id === 'string' && typeof data.type === 'string' && registrationKind(data) !== undefined);
}

function isRegistration(item: unknown): boolean {
  return isObject(item) && registrationKind(item) !== undefined;
}

/** An `az rest` list page: `value` holds registrations (a page of nothing says nothing about what it is). */
function isPage(item: unknown): boolean {
  return isObject(item) && registrationKind(item) === undefined && Array.isArray(item.value) && item.value.length > 0 && item.value.every(isRegistration);
}
