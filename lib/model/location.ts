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
  // Parts joined once (a flat string, not one piece per segment: a Plan keeps a path per element).
  const parts: string[] = [];
  for (const segment of segments) {
    if (typeof segment === 'number') parts.push(`[${segment}]`);
    else if (IDENTIFIER.test(segment)) parts.push(parts.length === 0 ? segment : `.${segment}`);
    else parts.push(`[${JSON.stringify(segment)}]`);
  }
  return parts.length === 0 ? '(root)' : parts.join('');
}

/** `file:line:column` as editors and CI annotations expect it. */
export function formatLocation(location: Pick<SourceLocation, 'file' | 'line' | 'column'>): string {
  return `${location.file}:${location.line}:${location.column}`;
}
