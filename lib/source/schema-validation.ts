// Types only: the validators are compiled ahead of time by `npm run gen` (scripts/schema-validators.ts),
// so Ajv's compiler is never loaded at run time.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError, InputErrors } from '../model/errors';
import { didYouMean } from '../util/closest';
import { describeSchema, entryNoun, memberSchema, propertySchema, SchemaNode } from './schema-describe';
import { PathSegment, SourceDocument } from './source-document';

/** A validator compiled ahead of time (`npm run gen`), with the schema it checks and the name users know it by. */
export interface CompiledSchema {
  readonly validate: ValidateFunction;
  readonly schema: SchemaNode;
  /** e.g. `schema/manifest.schema.json`. */
  readonly name: string;
}

/** Every schema problem of a file, and the JSON paths they are at (what a second pass must not trust). */
export interface SchemaProblems {
  readonly errors: readonly InputError[];
  readonly invalidPaths: readonly (readonly PathSegment[])[];
}

/**
 * Validates a parsed file against a JSON Schema; every problem becomes an InputError with file:line:column, JSON
 * path, what is wrong and how to fix it (all of them, in file order).
 */
export function validateDocument<T>(compiled: CompiledSchema, source: SourceDocument): T {
  const { errors } = schemaProblems(compiled, source);
  if (errors.length > 0) throw InputErrors.inFileOrder(errors);
  return source.data as T;
}

/** The schema problems of a file (none: it is valid), for callers that go on to report more in the same run. */
export function schemaProblems(compiled: CompiledSchema, source: SourceDocument): SchemaProblems {
  if (compiled.validate(source.data)) return { errors: [], invalidPaths: [] };
  const errors: InputError[] = [];
  const invalidPaths: PathSegment[][] = [];
  for (const error of relevantErrors(compiled.validate.errors ?? [])) {
    const problem = toInputError(error, source, compiled);
    errors.push(problem.error);
    invalidPaths.push(problem.path);
  }
  return { errors, invalidPaths };
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

/** The error, and the path of what it is about (a key the schema rejects, or the value). */
function toInputError(error: ErrorObject, source: SourceDocument, compiled: CompiledSchema): { error: InputError; path: PathSegment[] } {
  const path = segmentsOf(error.instancePath, source.data);
  const params = error.params as Record<string, unknown>;
  const key = (error as ErrorObject & { propertyName?: string }).propertyName
    ?? (error.keyword === 'additionalProperties' ? String(params.additionalProperty) : undefined);
  return { error: describeError(error, path, source, compiled), path: key === undefined ? path : [...path, key] };
}

function describeError(error: ErrorObject, path: PathSegment[], source: SourceDocument, compiled: CompiledSchema): InputError {
  const root = compiled.schema;
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const expected = typeof schema['x-expected'] === 'string' ? (schema['x-expected'] as string) : undefined;
  const params = error.params as Record<string, unknown>;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;

  if (propertyName !== undefined) {
    return InputError.at(source.locate([...path, propertyName], true), `key ${show(propertyName)} is not valid: expected ${expected ?? 'a simple key'}`,
      `rename it to ${expected ?? 'a simple key'}`);
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const hint = didYouMean(name, allowed);
      return InputError.at(source.locate([...path, name], true), `unknown property ${show(name)}`,
        `${hint ? `${hint} ` : ''}allowed here: ${allowed.join(', ')}`);
    }
    case 'required': {
      const name = String(params.missingProperty);
      return InputError.at(source.locate(path), `missing required property ${show(name)}`, `add "${name}" here: ${describeSchema(propertySchema(schema, name, root), root)}`);
    }
    case 'pattern':
      return InputError.at(source.locate(path), `${show(error.data)} is not ${expected ?? `in the expected form (${String(params.pattern)})`}`,
        expected ? `write ${expected}` : 'correct the value');
    case 'type': {
      const type = String(params.type);
      const fix = type === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')
        ? `quote the value: "${String(error.data)}" (YAML reads it as a ${typeof error.data} otherwise)`
        : `write ${type === 'object' || type === 'array' ? describeSchema(schema, root) : article(type)} here`;
      return InputError.at(source.locate(path), `expected ${article(type)}, got ${error.data === null ? 'null (an empty value)' : `${Array.isArray(error.data) ? 'array' : typeof error.data} ${show(error.data)}`}`, fix);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      return InputError.at(source.locate(path), `${show(error.data)} is not one of: ${allowed.join(', ')}`, hint || `use one of: ${allowed.join(', ')}`);
    }
    case 'const':
      return InputError.at(source.locate(path), `${show(error.data)} is not allowed here`, `write ${show(params.allowedValue)}`);
    case 'minItems': {
      const member = memberSchema(schema, root);
      return InputError.at(source.locate(path), `must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}, but is empty`,
        `add at least one ${entryNoun(member, root)}: ${describeSchema(member, root)}`);
    }
    case 'minimum':
      return InputError.at(source.locate(path), `${show(error.data)} is less than the minimum ${String(params.limit)}`, `use ${String(params.limit)} or more`);
    case 'minProperties': {
      const member = memberSchema(schema, root);
      return InputError.at(source.locate(path), `must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}, but is empty`,
        `add at least one ${entryNoun(member, root)}, as <key>: ${describeSchema(member, root)}`);
    }
    case 'uniqueItems': {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return InputError.at(source.locate([...path, second]), `${show((error.data as unknown[])[second])} is listed twice (items ${first} and ${second})`, 'remove the duplicate');
    }
    case 'minLength':
      return path[path.length - 1] === 'reason'
        ? InputError.at(source.locate(path), `reason ${show(error.data)} is shorter than ${String(params.limit)} characters`, 'say why the finding is accepted, in at least 10 characters')
        : InputError.at(source.locate(path), 'must not be empty', 'write a value');
    default:
      return InputError.at(source.locate(path), error.message ?? `fails schema keyword ${error.keyword}`, `see ${compiled.name}`);
  }
}
