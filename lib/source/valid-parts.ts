import { PathSegment } from '../source/source-document';

/**
 * Which parts of a manifest the schema accepted, so that the resolver can run on a file with schema errors and
 * report its unknown principals, roles, sets and offers in the same run. A part is valid when no schema error lies
 * at or below its path: Ajv reports every error (allErrors), so such a part has the shape the schema promises.
 */
export class ValidParts {
  /** Every invalid path and each of its prefixes, as keys (a prefix is a part that holds an error). */
  private readonly holdsError = new Set<string>();

  constructor(invalidPaths: readonly (readonly PathSegment[])[]) {
    for (const path of invalidPaths) {
      for (let i = 0; i <= path.length; i++) this.holdsError.add(keyOf(path.slice(0, i)));
    }
  }

  /** All of a valid file. */
  static readonly ALL = new ValidParts([]);

  get complete(): boolean {
    return this.holdsError.size === 0;
  }

  isValid(path: readonly PathSegment[]): boolean {
    // A valid file (the usual case) asks once per entry: no key is built for it.
    return this.holdsError.size === 0 || !this.holdsError.has(keyOf(path));
  }
}

/** The entries of a mapping (nothing when it is absent or not a mapping: the schema errors say so). */
export function entriesOf(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** The items of a list (nothing when it is absent or not a list), typed as the schema describes them when valid. */
export function itemsOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function keyOf(path: readonly PathSegment[]): string {
  // JSON of the segments keeps 0 and "0" apart, and no key can forge a separator.
  return JSON.stringify(path);
}
