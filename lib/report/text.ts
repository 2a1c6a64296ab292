import { Finding, Level, Rule } from '../policy/rule';
import { visibleLine as oneLine } from '../util/visible-text';
import { groupByCustomer, locationLabel, PLAN_WIDE, ReportInput, ReportSummary, rulesById, summarize, SUMMARY_KINDS, countLabel } from './report-input';

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a terminal without NO_COLOR. */
  readonly color?: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan';

/** Open and close codes; closing with the specific code (not a full reset) keeps an outer style intact. */
const ANSI: Record<Style, readonly [string, string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
};

const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };
const SUMMARY_STYLE: Record<keyof ReportSummary, Style> = { error: 'red', warning: 'yellow', info: 'cyan', suppressed: 'dim' };
const LEVEL_WIDTH = 7; // "warning"

/**
 * The terminal report: findings grouped by customer (plan-wide ones first), one line each
 * (`  error   LH101 lighthouse.yaml:13:7 message`), suppressed ones dimmed with their reason, then each
 * failing rule's fix once, then a one-line summary. Text from the input is on one line with every control and
 * bidirectional character made visible (visibleLine), so a name cannot move the cursor or forge report lines.
 */
export function renderText(input: ReportInput, options: TextOptions = {}): string {
  const paint = (style: Style, text: string): string => (options.color === true ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text);
  const blocks: string[][] = [];

  for (const [customer, findings] of groupByCustomer(input.findings, input.customers)) {
    blocks.push([paint('bold', customer === undefined ? PLAN_WIDE : oneLine(customer)), ...findings.map((f) => findingLine(f, input.manifestFile, paint))]);
  }

  const fixes = rulesToFix(input);
  if (fixes.length > 0) {
    const lines = [paint('bold', 'How to fix')];
    for (const rule of fixes) {
      lines.push(`  ${rule.id} ${oneLine(rule.title)}`, `    ${oneLine(rule.fix)}`);
      if (rule.helpUri !== '') lines.push(`    ${paint('dim', oneLine(rule.helpUri))}`);
    }
    blocks.push(lines);
  }

  blocks.push([summary(summarize(input.findings), paint)]);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function findingLine(finding: Finding, manifestFile: string, paint: (style: Style, text: string) => string): string {
  const level = finding.level.padEnd(LEVEL_WIDTH);
  const rest = `${finding.ruleId} ${oneLine(locationLabel(finding, manifestFile))} ${oneLine(finding.message)}`;
  if (!finding.suppressed) return `  ${paint(LEVEL_STYLE[finding.level], level)} ${rest}`;
  const reason = finding.suppressionReason === undefined ? '[suppressed]' : `[suppressed: ${oneLine(finding.suppressionReason)}]`;
  return `  ${paint('dim', `${level} ${rest} ${reason}`)}`;
}

/** Rules with at least one unsuppressed finding, in the order the rules ran. */
function rulesToFix(input: ReportInput): Rule[] {
  const failing = new Set(input.findings.filter((f) => !f.suppressed).map((f) => f.ruleId));
  return [...rulesById(input.rules).values()].filter((rule) => failing.has(rule.id));
}

function summary(counts: ReportSummary, paint: (style: Style, text: string) => string): string {
  const parts = SUMMARY_KINDS.filter((kind) => counts[kind] > 0).map((kind) => paint(SUMMARY_STYLE[kind], countLabel(counts[kind], kind)));
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}
