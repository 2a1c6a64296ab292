import { SourceLocation } from '../../model/location';
import { InputError } from '../../model/errors';
import { describe, InputReader, isObject, JsonObject, Path } from '../shared/input-reader';

export interface ObjectAt {
  readonly value: JsonObject;
  readonly path: Path;
}

const FIX = 'pass the unmodified JSON output of `az managedservices definition list` or `az managedservices assignment list --include-definition`';

/** Typed access to the REST objects az CLI prints; null is absent (az prints unset properties as null). */
export class RestReader {
  constructor(private readonly reader: InputReader) {}

  get file(): string {
    return this.reader.file;
  }

  at(path: Path): SourceLocation {
    return this.reader.at(path);
  }

  error(path: Path, problem: string, fix = FIX): InputError {
    return this.reader.error(path, problem, fix);
  }

  string(object: JsonObject, path: Path, key: string): string | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.error([...path, key], `${key} must be a string, not ${describe(value)}`);
    return value;
  }

  required(object: JsonObject, path: Path, key: string, what: string): string {
    const value = this.string(object, path, key);
    if (value === undefined || value.trim() === '') throw this.error(value === undefined ? path : [...path, key], `${key} (${what}) is missing`);
    return value;
  }

  object(object: JsonObject, path: Path, key: string): ObjectAt | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) throw this.error([...path, key], `${key} must be an object, not ${describe(value)}`);
    return { value, path: [...path, key] };
  }

  objects(object: JsonObject, path: Path, key: string): ObjectAt[] {
    const value = object[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.error([...path, key], `${key} must be an array, not ${describe(value)}`);
    return value.map((item, i) => {
      if (!isObject(item)) throw this.error([...path, key, i], `${key}[${i}] must be an object, not ${describe(item)}`);
      return { value: item, path: [...path, key, i] };
    });
  }

  strings(object: JsonObject, path: Path, key: string): Array<{ value: string; path: Path }> {
    const value = object[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.error([...path, key], `${key} must be an array of strings, not ${describe(value)}`);
    return value.map((item, i) => {
      if (typeof item !== 'string') throw this.error([...path, key, i], `${key}[${i}] must be a string, not ${describe(item)}`);
      return { value: item, path: [...path, key, i] };
    });
  }
}
