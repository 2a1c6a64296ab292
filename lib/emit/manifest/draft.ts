import { isGuid } from '../../model/guid';
import { LighthouseManifest } from '../../manifest/generated/manifest-types';

/**
 * The manifest to write, before it becomes YAML: the schema's own type (generated from schema/manifest.schema.json,
 * so the compiler follows every schema change) plus the comments that go with its values. Built from a Plan by
 * build-manifest.ts, rendered by render-yaml.ts; keeping the two apart lets each be read on its own.
 */
export interface ManifestDraft {
  /** The file the Plan was read from, named in the header comment. */
  readonly source: string;
  /** Header lines about the whole file (what was left out and why, what is kept from the source). */
  readonly notes: readonly string[];
  readonly manifest: LighthouseManifest;
  /** Comments by the JSON path of the value they belong to (commentKey). */
  readonly comments: CommentMap;
}

/** A path into the manifest, as the schema names it: `['customers', 'fabrikam', 'delegations', 0, 'subscription']`. */
export type CommentPath = ReadonlyArray<string | number>;

export interface Comment {
  /** Relative to the value a builder returns; prefixed (under) as values are put together. */
  readonly path: CommentPath;
  readonly text: string;
  /** `after`: on the value's line (`# TODO: ...`), for scalars; `before`: on lines above the entry. */
  readonly position: 'after' | 'before';
}

/** A value with the comments that go with it (and with the values inside it). */
export interface Commented<T> {
  readonly value: T;
  readonly comments: readonly Comment[];
}

export type CommentMap = ReadonlyMap<string, { readonly after?: string; readonly before?: string }>;

export function commentKey(path: CommentPath): string {
  return JSON.stringify(path);
}

/** The comments by path; several for one place are joined line by line, in order. */
export function commentMap(comments: readonly Comment[]): CommentMap {
  const map = new Map<string, { after?: string; before?: string }>();
  for (const { path, text, position } of comments) {
    const key = commentKey(path);
    const entry = map.get(key) ?? {};
    entry[position] = entry[position] === undefined ? text : `${entry[position]}\n${text}`;
    map.set(key, entry);
  }
  return map;
}

export function plain<T>(value: T): Commented<T> {
  return { value, comments: [] };
}

/** The comments of a value placed at `prefix`. */
export function under(prefix: CommentPath, comments: readonly Comment[]): Comment[] {
  return comments.map((c) => ({ ...c, path: [...prefix, ...c.path] }));
}

/** The all-zero GUID: valid for the schema, and reported by LH115 as a placeholder. */
export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

/** A value the manifest needs but the source does not have, or has in a form the manifest cannot take. */
export function todo<T>(value: T, what: string): Commented<T> {
  return { value, comments: [{ path: [], text: `TODO: ${what}`, position: 'after' }] };
}

/**
 * A GUID: the source's when it is one (lower-cased), else the all-zero GUID with a TODO saying what to put there
 * (also when the source has the all-zero GUID: Microsoft's sample parameter files use it as a placeholder).
 */
export function guidValue(source: string, missing: string, replaceWith: string): Commented<string> {
  const blank = source.trim() === '';
  if (isGuid(source) && source !== ZERO_GUID) return plain(source.toLowerCase());
  if (source === ZERO_GUID) return todo(ZERO_GUID, `the source has the all-zero GUID, a placeholder: replace with ${replaceWith}`);
  return todo(ZERO_GUID, blank
    ? `${missing}: replace with ${replaceWith}`
    : `${JSON.stringify(source)} in the source is not a GUID: replace with ${replaceWith}`);
}
