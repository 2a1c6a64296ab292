import { isObject } from '../../util/json-object';
import { registrationKind } from '../shared/registration-kind';

/** az CLI JSON: an array of (or one) Microsoft.ManagedServices registration definitions / assignments. */
export function isAzCliExport(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && data.every((item) => isObject(item) && registrationKind(item) !== undefined);
  return isObject(data) && typeof data.id === 'string' && typeof data.type === 'string' && registrationKind(data) !== undefined;
}
