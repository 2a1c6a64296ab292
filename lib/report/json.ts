import { Level } from '../policy/rule';
import { ReportInput, ReportSummary, summarize } from './report-input';
import { jsonWithVisibleText } from '../util/visible-text';

/**
 * The JSON report: a public contract. Every finding has every key (null when it does not apply), so that
 * consumers (jq, dashboards) never need to test for presence. Add keys only; never rename or remove one.
 */
export interface JsonReport {
  readonly tool: { readonly name: string; readonly version: string };
  /** Unsuppressed findings per level; suppressed findings (of any level) counted apart. */
  readonly summary: ReportSummary;
  readonly findings: readonly JsonFinding[];
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly level: Level;
  readonly message: string;
  readonly customer: string | null;
  readonly subscription: string | null;
  readonly scope: string | null;
  readonly principal: string | null;
  readonly role: string | null;
  readonly suppressed: boolean;
  readonly suppressionReason: string | null;
  readonly location: JsonLocation | null;
  readonly fingerprint: string;
  /** Offer key (added in 0.2: keys are only ever appended). */
  readonly offer: string | null;
  /** The customers a cross-customer finding spans (LH301, LH303), sorted (added in 0.2). */
  readonly customers: readonly string[] | null;
}

export interface JsonLocation {
  /** As the user gave it (relative unless the user gave an absolute path). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON path of the manifest entry, e.g. `customers.fabrikam.delegations[0]`. */
  readonly path: string;
}

/** The report as data (what `renderJson` prints). */
export function jsonReport(input: ReportInput): JsonReport {
  return {
    tool: { name: input.tool.name, version: input.tool.version },
    summary: summarize(input.findings),
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      level: f.level,
      message: f.message,
      customer: f.customer ?? null,
      subscription: f.subscription ?? null,
      scope: f.scope ?? null,
      principal: f.principal ?? null,
      role: f.role ?? null,
      suppressed: f.suppressed,
      suppressionReason: f.suppressionReason ?? null,
      location: f.location === undefined ? null : { file: f.location.file, line: f.location.line, column: f.location.column, path: f.location.path },
      fingerprint: f.fingerprint,
      offer: f.offer ?? null,
      customers: f.customers ?? null,
    })),
  };
}

/** Pretty-printed (2 spaces) with a trailing newline. */
export function renderJson(input: ReportInput): string {
  // Lossless: what a terminal would interpret is escaped in the JSON text (\u202e), the data is unchanged.
  return `${jsonWithVisibleText(jsonReport(input), 2)}\n`;
}
