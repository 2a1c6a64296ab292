// Types only: the validators are compiled ahead of time by `npm run gen` (scripts/schema-validators.ts),
// so Ajv's compiler is never loaded at run time.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError, InputErrors } from '../model/errors';
import { didYouMean } from '../util/closest';
import { PathSegment, SourceDocument } from './source-document';

/** Shown when a file has many problems: the first ones, in file order, are what the user fixes first. */
export const MAX_ERRORS = 20;

/**
 * Validates a parsed file against a JSON Schema; every problem becomes an InputError with
 * file:line:column, JSON path, what is wrong and how to fix it (all of them, in file order).
 */
export function validateDocument<T>(validate: ValidateFunction, source: SourceDocument, schemaName: string): T {
  if (validate(source.data)) return source.data as T;
  const errors = relevantErrors(validate.errors ?? []).map((error) => toInputError(error, source, schemaName));
  errors.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
  throw new InputErrors(errors.slice(0, MAX_ERRORS));
}

/** Drops Ajv's follow-on errors and duplicates. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    // `propertyNames` wraps the key's own error; `discriminator` repeats the enum error on `type`.
    if (error.keyword === 'propertyNames' || error.keyword === 'discriminator') return false;
    const id = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function segmentsOf(instancePath: string, data: unknown): PathSegment[] {
  if (instancePath === '') return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) ? Number(part) : part;
    segments.push(segment);
    node = node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[part];
  }
  return segments;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function toInputError(error: ErrorObject, source: SourceDocument, schemaName: string): InputError {
  const path = segmentsOf(error.instancePath, source.data);
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const expected = typeof schema['x-expected'] === 'string' ? (schema['x-expected'] as string) : undefined;
  const params = error.params as Record<string, unknown>;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;

  if (propertyName !== undefined) {
    return InputError.at(source.locate([...path, propertyName], true), `key ${show(propertyName)} is not valid: expected ${expected ?? 'a simple key'}`,
      'rename the key (keys name Terraform stacks and construct ids, so they are kept simple)');
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((schema.properties as Record<string, unknown>) ?? {});
      const hint = didYouMean(name, allowed);
      return InputError.at(source.locate([...path, name], true), `unknown property ${show(name)}`,
        `${hint ? `${hint} ` : ''}allowed here: ${allowed.join(', ')}`);
    }
    case 'required': {
      const name = String(params.missingProperty);
      return InputError.at(source.locate(path), `missing required property ${show(name)}`, `add "${name}" here`);
    }
    case 'pattern':
      return InputError.at(source.locate(path), `${show(error.data)} is not ${expected ?? `in the expected form (${String(params.pattern)})`}`,
        expected ? `write ${expected}` : 'correct the value');
    case 'type': {
      const type = String(params.type);
      const fix = type === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')
        ? `quote the value: "${String(error.data)}" (YAML reads it as a ${typeof error.data} otherwise)`
        : `write ${article(type)} here`;
      return InputError.at(source.locate(path), `expected ${article(type)}, got ${error.data === null ? 'null (an empty value)' : `${Array.isArray(error.data) ? 'array' : typeof error.data} ${show(error.data)}`}`, fix);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      return InputError.at(source.locate(path), `${show(error.data)} is not one of: ${allowed.join(', ')}`, hint || `use one of: ${allowed.join(', ')}`);
    }
    case 'const':
      return InputError.at(source.locate(path), `${show(error.data)} is not allowed here`, `write ${show(params.allowedValue)}`);
    case 'minItems':
      return InputError.at(source.locate(path), `must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}, but is empty`,
        'add an entry, or remove the property if it is optional');
    case 'minimum':
      return InputError.at(source.locate(path), `${show(error.data)} is less than the minimum ${String(params.limit)}`, `use ${String(params.limit)} or more`);
    case 'minProperties':
      return InputError.at(source.locate(path), `must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}, but is empty`, 'add an entry');
    case 'uniqueItems': {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return InputError.at(source.locate([...path, second]), `${show((error.data as unknown[])[second])} is listed twice (items ${first} and ${second})`, 'remove the duplicate');
    }
    case 'minLength':
      return path[path.length - 1] === 'reason'
        ? InputError.at(source.locate(path), `reason ${show(error.data)} is shorter than ${String(params.limit)} characters`, 'say why the finding is accepted, in at least 10 characters')
        : InputError.at(source.locate(path), 'must not be empty', 'write a value');
    default:
      return InputError.at(source.locate(path), error.message ?? `fails schema keyword ${error.keyword}`, `see ${schemaName}`);
  }
}
