import { SourceLocation } from '../../model/location';
import { PathSegment, SourceDocument } from '../../source/source-document';

/**
 * Where a value was written: a file and the JSON path in it. Values computed by an expression (concat, guid, ...)
 * carry the origin of the expression string; values taken from a parameter keep the origin of the parameter's
 * value (the parameters file entry, or the template default), so findings point at what the user must edit.
 * Locations are computed only when asked for: most values never need one.
 */
export interface Origin {
  readonly doc: SourceDocument;
  readonly path: readonly PathSegment[];
}

export type Scalar = string | number | boolean | null;

/** A JSON value that remembers its origin, and whose elements remember theirs. */
export type Val = ScalarVal | ArrayVal | ObjectVal;

export interface ScalarVal {
  readonly kind: 'scalar';
  readonly value: Scalar;
  readonly origin: Origin;
}

export interface ArrayVal {
  readonly kind: 'array';
  readonly items: readonly Val[];
  readonly origin: Origin;
}

export interface ObjectVal {
  readonly kind: 'object';
  /** In written order; keys as written. */
  readonly entries: ReadonlyMap<string, Val>;
  readonly origin: Origin;
}

export function locationOf(val: Val | Origin): SourceLocation {
  const origin = 'doc' in val ? val : val.origin;
  return origin.doc.locate(origin.path);
}

/** Wraps parsed data (from `doc`, at `path`) so that every element knows where it was written. */
export function fromData(data: unknown, doc: SourceDocument, path: readonly PathSegment[] = []): Val {
  const origin: Origin = { doc, path };
  if (Array.isArray(data)) return { kind: 'array', items: data.map((item, i) => fromData(item, doc, [...path, i])), origin };
  if (data !== null && typeof data === 'object') {
    const entries = new Map<string, Val>();
    for (const [key, value] of Object.entries(data)) entries.set(key, fromData(value, doc, [...path, key]));
    return { kind: 'object', entries, origin };
  }
  if (data === undefined) return { kind: 'scalar', value: null, origin };
  return { kind: 'scalar', value: data as Scalar, origin };
}

/** Wraps a computed JS value: it and all its elements get the origin of the expression that produced it. */
export function fromPlain(data: unknown, origin: Origin): Val {
  if (Array.isArray(data)) return { kind: 'array', items: data.map((item) => fromPlain(item, origin)), origin };
  if (data !== null && typeof data === 'object') {
    return { kind: 'object', entries: new Map(Object.entries(data).map(([k, v]) => [k, fromPlain(v, origin)])), origin };
  }
  return { kind: 'scalar', value: data === undefined ? null : (data as Scalar), origin };
}

export function toPlain(val: Val): unknown {
  switch (val.kind) {
    case 'scalar':
      return val.value;
    case 'array':
      return val.items.map(toPlain);
    case 'object':
      return Object.fromEntries([...val.entries].map(([k, v]) => [k, toPlain(v)]));
  }
}

/** ARM's names for JSON types, as error messages use them. */
export function typeName(val: Val): string {
  if (val.kind === 'array') return 'an array';
  if (val.kind === 'object') return 'an object';
  const { value } = val;
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`;
  if (typeof value === 'number') return `a number (${value})`;
  return `a boolean (${value})`;
}

export function isString(val: Val | undefined): val is ScalarVal & { value: string } {
  return val?.kind === 'scalar' && typeof val.value === 'string';
}

export function isNull(val: Val | undefined): boolean {
  return val === undefined || (val.kind === 'scalar' && val.value === null);
}

/**
 * A property by name: ARM property names are case-insensitive, so an exact match first, then any case.
 * Undefined when absent.
 */
export function property(object: ObjectVal, name: string): Val | undefined {
  const exact = object.entries.get(name);
  if (exact !== undefined) return exact;
  let byLowerCase = lowerCaseEntries.get(object);
  if (!byLowerCase) {
    byLowerCase = new Map();
    for (const [key, value] of object.entries) if (!byLowerCase.has(key.toLowerCase())) byLowerCase.set(key.toLowerCase(), value);
    lowerCaseEntries.set(object, byLowerCase);
  }
  return byLowerCase.get(name.toLowerCase());
}

/** Per object, its entries by lower-cased key (first one written wins), built on the first lookup in another case. */
const lowerCaseEntries = new WeakMap<ObjectVal, Map<string, Val>>();

/**
 * The size of a value as the import bounds it: characters of strings (keys included), one per other scalar and
 * per array or object. Memoized, so that concat() of values built from values costs its arguments, not their depth.
 */
export function sizeOf(val: Val): number {
  if (val.kind === 'scalar') return typeof val.value === 'string' ? val.value.length : 1;
  let size = sizes.get(val);
  if (size === undefined) {
    size = 1;
    if (val.kind === 'array') for (const item of val.items) size += sizeOf(item);
    else for (const [key, item] of val.entries) size += key.length + sizeOf(item);
    sizes.set(val, size);
  }
  return size;
}

const sizes = new WeakMap<Val, number>();

/** Deep equality of two values, as ARM's equals() compares them (strings case-sensitively). */
export function sameValue(a: Val, b: Val): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'scalar') return a.value === (b as ScalarVal).value;
  if (a.kind === 'array') {
    const items = (b as ArrayVal).items;
    return a.items.length === items.length && a.items.every((item, i) => sameValue(item, items[i]));
  }
  const other = (b as ObjectVal).entries;
  if (a.entries.size !== other.size) return false;
  for (const [key, value] of a.entries) {
    const match = other.get(key);
    if (match === undefined || !sameValue(value, match)) return false;
  }
  return true;
}
