/** Where a Plan element came from: the manifest (or imported file) entry that produced it. */
export interface SourceLocation {
  /** File path as the user gave it (never made absolute, so output does not depend on the checkout directory). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** JSON path of the entry, e.g. `customers.fabrikam.delegations[0].subscription`. */
  readonly path: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Renders path segments as a JSON path: `a.b[0]["key with space"]`. */
export function formatJsonPath(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** `file:line:column` as editors and CI annotations expect it. */
export function formatLocation(location: Pick<SourceLocation, 'file' | 'line' | 'column'>): string {
  return `${location.file}:${location.line}:${location.column}`;
}
