import { Finding, Level, LEVELS, Rule } from '../policy/rule';
import { escapeMarkdown, markdownCode as code } from '../util/markdown';
import { locationLabel, PLAN_WIDE, ReportInput, rulesById, summarize, summaryLine } from './report-input';

export interface MarkdownOptions {
  /**
   * At most this many rows per findings table (the rest is counted in a note), to stay under a host's
   * comment size limit (GitHub: 65,536 characters). Default: no limit.
   */
  readonly maxRows?: number;
}

const LEVEL_HEADING: Record<Level, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/**
 * A pull-request comment: a heading, a summary table, the unsuppressed findings in one table per level
 * (errors, warnings, info), and the suppressed ones with their reasons in a collapsed `<details>` section.
 */
export function renderMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const rules = rulesById(input.rules);
  const summary = summarize(input.findings);
  const out: string[] = [
    `## ${escapeInline(input.tool.name)} policy check`,
    '',
    `${code(input.manifestFile)}: ${summaryLine(summary)} (${escapeInline(input.tool.name)} ${escapeInline(input.tool.version)}, ${input.rules.length} ${input.rules.length === 1 ? 'rule' : 'rules'} checked)`,
    '',
  ];
  if (input.findings.length === 0) return out.join('\n');

  out.push('| level | count |', '|---|---:|', ...LEVELS.map((level) => `| ${level} | ${summary[level]} |`), `| suppressed | ${summary.suppressed} |`, '');

  for (const level of LEVELS) {
    const findings = input.findings.filter((f) => !f.suppressed && f.level === level);
    if (findings.length === 0) continue;
    out.push(`### ${LEVEL_HEADING[level]} (${findings.length})`, '');
    out.push(...table(['rule', 'customer', 'message', 'location'], findings, (f) => row(f, rules, input.manifestFile), options.maxRows));
  }

  const suppressed = input.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    out.push('<details>', `<summary>${suppressed.length} suppressed ${suppressed.length === 1 ? 'finding' : 'findings'}</summary>`, '');
    out.push(...table(
      ['rule', 'level', 'customer', 'message', 'location', 'reason'],
      suppressed,
      (f) => {
        const [rule, customer, message, location] = row(f, rules, input.manifestFile);
        return [rule, f.level, customer, message, location, cell(f.suppressionReason ?? 'no reason given')];
      },
      options.maxRows,
    ));
    out.push('</details>', '');
  }
  return out.join('\n');
}

function table(header: readonly string[], findings: readonly Finding[], cells: (f: Finding) => readonly string[], maxRows = Infinity): string[] {
  const shown = findings.slice(0, Math.max(0, maxRows));
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...shown.map((f) => `| ${cells(f).join(' | ')} |`), ''];
  const rest = findings.length - shown.length;
  if (rest > 0) lines.push(`…and ${rest} more (see the full report: \`--format text\` or \`--format sarif\`).`, '');
  return lines;
}

function row(finding: Finding, rules: ReadonlyMap<string, Rule>, manifestFile: string): [string, string, string, string] {
  const rule = rules.get(finding.ruleId);
  const id = rule !== undefined && SAFE_URL.test(rule.helpUri) ? `[${finding.ruleId}](${rule.helpUri})` : cell(finding.ruleId);
  // Titles are the tool's own Markdown (`plan` as code): only what would break the table is escaped.
  const title = rule === undefined ? '' : ` ${rule.title.replace(/\|/g, '\\|').replace(/\s+/g, ' ')}`;
  return [`${id}${title}`, cell(finding.customer ?? PLAN_WIDE), cell(finding.message), code(locationLabel(finding, manifestFile))];
}

const SAFE_URL = /^https:\/\/[^\s()<>|`\\]+$/;

/**
 * Text for a table cell: Markdown and HTML syntax escaped (so names cannot format, link or break the
 * table), line breaks as `<br>`, and `@` kept from mentioning anyone.
 */
export function cell(text: string): string {
  return escapeInline(text).replace(/\r\n|[\n\r\u2028\u2029]/g, '<br>');
}

/** escapeMarkdown, and `@` kept from mentioning anyone: a zero-width space after it stops GitHub from pinging `@name` in a comment. */
export function escapeInline(text: string): string {
  return escapeMarkdown(text).replace(/@/g, '@&#8203;');
}
