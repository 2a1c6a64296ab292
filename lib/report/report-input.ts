import { Plan } from '../model/plan';
import { Finding, Rule } from '../policy/rule';
import { groupBy } from '../util/group-by';

/** Everything a report is rendered from. Reports are pure functions of it: same input, same bytes. */
export interface ReportInput {
  /** The findings of the run, suppressed ones included, in the runner's order (file position, then rule). */
  readonly findings: readonly Finding[];
  /** The rules that ran (their metadata: title, fix, helpUri, ...), in catalog order. */
  readonly rules: readonly Rule[];
  readonly tool: ReportTool;
  /** The manifest as the user named it (never made absolute here); where findings without a location point. */
  readonly manifestFile: string;
  /**
   * The customer keys of the checked Plan, in manifest order. JUnit reports one test case per rule and
   * customer, so that a customer with no finding shows up as a passed test.
   */
  readonly customers: readonly string[];
  /**
   * SARIF only: the directory artifact URIs are relative to (`%SRCROOT%`, normally the repository root), in
   * the same terms as the finding files (both relative to the working directory, or both absolute). Files
   * outside it are reported as given.
   */
  readonly baseDir?: string;
  /**
   * The checked Plan: the HTML report draws its access matrix and counts from it; the other formats do not
   * read it. @default - no matrix (the HTML report says so)
   */
  readonly plan?: Plan;
  /** The policy file as the user named it (`--policy`). @default - the default policy */
  readonly policy?: string;
}

export interface ReportTool {
  readonly name: 'lighthouse-iac';
  readonly version: string;
}

/** Unsuppressed findings per level, and the suppressed ones (of any level) apart. */
export interface ReportSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly suppressed: number;
}

export function summarize(findings: readonly Finding[]): ReportSummary {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed++;
    else counts[finding.level]++;
  }
  return counts;
}

/** The label of findings that concern no particular customer (plan, offer or managing tenant). */
export const PLAN_WIDE = '(plan-wide)';

/** Rules by id, for looking up a finding's metadata. */
export function rulesById(rules: readonly Rule[]): ReadonlyMap<string, Rule> {
  const map = new Map<string, Rule>();
  for (const rule of rules) if (!map.has(rule.id)) map.set(rule.id, rule);
  return map;
}

/**
 * Customer groups in a stable order: customer-less findings first (key undefined), then the Plan's customers
 * in manifest order, then any other customer a finding names, sorted. Only groups with findings are returned;
 * findings keep their input order inside a group.
 */
export function groupByCustomer(findings: readonly Finding[], customers: readonly string[]): Array<[string | undefined, Finding[]]> {
  const groups = groupBy(findings, (f) => f.customer);
  return customerOrder(groups.keys(), customers)
    .filter((key) => groups.has(key))
    .map((key) => [key, groups.get(key)!]);
}

/** `undefined` (plan-wide) first, then `customers` in their order, then the other keys sorted. */
export function customerOrder(keys: Iterable<string | undefined>, customers: readonly string[]): Array<string | undefined> {
  const known = new Set(customers);
  const extra = new Set<string>();
  let planWide = false;
  for (const key of keys) {
    if (key === undefined) planWide = true;
    else if (!known.has(key)) extra.add(key);
  }
  return [...(planWide ? [undefined] : []), ...unique(customers), ...[...extra].sort(compareStrings)];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `file:line:column` of a finding, or the manifest itself for a finding without a location. */
export function locationLabel(finding: Finding, manifestFile: string): string {
  const location = finding.location;
  return location === undefined ? manifestFile : `${location.file}:${location.line}:${location.column}`;
}

/** `1 error`, `2 errors`, `3 info`, `1 suppressed`. */
export function countLabel(count: number, kind: keyof ReportSummary): string {
  const plural = count !== 1 && (kind === 'error' || kind === 'warning') ? 's' : '';
  return `${count} ${kind}${plural}`;
}

/** `3 errors, 2 warnings, 1 info, 1 suppressed` (zero counts left out), or `no findings`. */
export function summaryLine(summary: ReportSummary): string {
  const parts = SUMMARY_KINDS.filter((kind) => summary[kind] > 0).map((kind) => countLabel(summary[kind], kind));
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

export const SUMMARY_KINDS: ReadonlyArray<keyof ReportSummary> = ['error', 'warning', 'info', 'suppressed'];
