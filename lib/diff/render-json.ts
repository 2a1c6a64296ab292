import { AccessDiff, flagCounts, RiskFlag } from './change';

/** The JSON form of a diff: a public contract like the check report's (add keys only). */
export interface JsonDiff {
  readonly tool: { readonly name: 'lighthouse-iac'; readonly version: string };
  readonly before: string;
  readonly after: string;
  readonly summary: { readonly changes: number; readonly customers: number; readonly flags: Readonly<Record<RiskFlag, number>> };
  readonly changes: AccessDiff['changes'];
}

export function jsonDiff(diff: AccessDiff, version: string): JsonDiff {
  return {
    tool: { name: 'lighthouse-iac', version },
    before: diff.before,
    after: diff.after,
    summary: { changes: diff.changes.length, customers: new Set(diff.changes.map((c) => c.customer).filter((c) => c !== undefined)).size, flags: flagCounts(diff) },
    changes: diff.changes,
  };
}

export function renderDiffJson(diff: AccessDiff, version: string): string {
  return `${JSON.stringify(jsonDiff(diff, version), null, 2)}\n`;
}
