import { Finding, Level } from './rule';

/** `--fail-on`: the lowest level that makes a run fail (exit 1), or never. */
export type FailOn = Level | 'never';

const RANK: Record<Level, number> = { error: 3, warning: 2, info: 1 };

/** True when an unsuppressed finding is at or above `failOn` (the CLI then exits 1). */
export function failsAt(findings: readonly Finding[], failOn: FailOn): boolean {
  return findings.some((f) => fails(f, failOn));
}

/** This finding alone is at or above the gate, and not suppressed. */
export function fails(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && !finding.suppressed && RANK[finding.level] >= RANK[failOn];
}
