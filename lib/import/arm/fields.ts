import { InputError } from '../../model/errors';
import { ArrayVal, isNull, locationOf, ObjectVal, property, ScalarVal, typeName, Val } from './value';

/**
 * Typed access to the fields of an evaluated Lighthouse resource. A missing required field is reported at the
 * object that lacks it, a value of the wrong JSON type at the value itself (which may sit in the parameters
 * file); `what` names the field the way the ARM reference does, e.g. `authorizations[2].principalId`.
 */
export class Fields {
  constructor(readonly object: ObjectVal, private readonly prefix: string, private readonly owner: string) {}

  static of(value: Val, what: string, owner: string): Fields {
    if (value.kind !== 'object') throw wrongType(value, what, 'an object', owner);
    return new Fields(value, what, owner);
  }

  get(name: string): Val | undefined {
    const value = property(this.object, name);
    return isNull(value) ? undefined : value;
  }

  requiredString(name: string, hint: string): ScalarVal & { value: string } {
    const value = this.get(name);
    if (value === undefined) throw this.missing(name, hint);
    return this.asString(value, name);
  }

  optionalString(name: string): (ScalarVal & { value: string }) | undefined {
    const value = this.get(name);
    return value === undefined ? undefined : this.asString(value, name);
  }

  optionalObject(name: string): Fields | undefined {
    const value = this.get(name);
    return value === undefined ? undefined : Fields.of(value, this.path(name), this.owner);
  }

  /** An array field; absent (or null) reads as empty. */
  optionalArray(name: string): ArrayVal | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (value.kind !== 'array') throw wrongType(value, this.path(name), 'an array', this.owner);
    return value;
  }

  requiredArray(name: string, hint: string): ArrayVal {
    const value = this.optionalArray(name);
    if (value === undefined) throw this.missing(name, hint);
    return value;
  }

  /** The elements of an array field as objects, each with its path (`authorizations[0]`). */
  objects(array: ArrayVal, name: string): Fields[] {
    return array.items.map((item, i) => Fields.of(item, `${this.path(name)}[${i}]`, this.owner));
  }

  /** The elements of an array field as strings. */
  strings(array: ArrayVal, name: string): Array<ScalarVal & { value: string }> {
    return array.items.map((item, i) => {
      if (item.kind === 'scalar' && typeof item.value === 'string') return item as ScalarVal & { value: string };
      throw wrongType(item, `${this.path(name)}[${i}]`, 'a string', this.owner);
    });
  }

  path(name: string): string {
    return this.prefix === '' ? name : `${this.prefix}.${name}`;
  }

  private asString(value: Val, name: string): ScalarVal & { value: string } {
    if (value.kind === 'scalar' && typeof value.value === 'string') return value as ScalarVal & { value: string };
    throw wrongType(value, this.path(name), 'a string', this.owner);
  }

  private missing(name: string, hint: string): InputError {
    return InputError.at(locationOf(this.object), `${this.path(name)} of ${this.owner} is missing`, hint);
  }
}

function wrongType(value: Val, what: string, expected: string, owner: string): InputError {
  return InputError.at(locationOf(value), `${what} of ${owner} must be ${expected}, not ${typeName(value)}`,
    `write ${what} as ${expected} (see the Microsoft.ManagedServices reference: https://learn.microsoft.com/azure/templates/microsoft.managedservices/registrationdefinitions)`);
}
