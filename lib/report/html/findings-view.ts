import { Customer } from '../../model/plan';
import { Finding, Rule } from '../../policy/rule';
import { groupBy } from '../../util/group-by';
import { compareStrings, groupByCustomer, PLAN_WIDE, rulesById, summarize } from '../report-input';
import { badge, countBadges, displayPath, docLink, levelBadge } from './components';
import { html, join, SafeHtml } from './markup';

export interface FindingsViewInput {
  readonly findings: readonly Finding[];
  readonly rules: readonly Rule[];
  /** Customer keys in manifest order. */
  readonly customers: readonly string[];
  /** Display names, when the Plan is known. */
  readonly customerInfo?: ReadonlyMap<string, Customer>;
  readonly manifestFile: string;
}

/** Up to this many groups (plan-wide and customers) are open when the page loads; more start folded. */
const OPEN_GROUPS = 20;

/** The id of the data block holding the markup of folded findings groups. */
export const FINDINGS_DATA_ID = 'findings-data';

export interface FindingsView {
  readonly markup: SafeHtml;
  /**
   * The tables of the folded groups, as markup (escaped like the page), by the group's `data-f` index: the
   * page script inserts one when its group is opened. A report of 10,000 customers then loads as 10,000
   * one-line summaries instead of 30,000 table rows. Empty when every group is open.
   */
  readonly folded: readonly string[];
}

/**
 * Findings per customer (plan-wide first, then customers in manifest order), each group a folding section
 * with its counts, holding one table whose row groups are the rules (in catalog order): id, title, the fix
 * and the help link once, then a row per finding with level, message, location and status (open, or
 * suppressed with the reason). Up to OPEN_GROUPS groups are all open; beyond that only the plan-wide group
 * is, and the others' tables are in `folded`.
 */
export function findingsView(input: FindingsViewInput): FindingsView {
  if (input.findings.length === 0) return { markup: html`<p>No findings: every rule that ran passed.</p>`, folded: [] };
  const rules = rulesById(input.rules);
  const order = new Map([...rules.keys()].map((id, i) => [id, i]));
  const groups = groupByCustomer(input.findings, input.customers);
  const allOpen = groups.length <= OPEN_GROUPS;
  const folded: string[] = [];
  const markup = join(groups.map(([customer, findings]) => {
    const byRule = [...groupBy(findings, (f) => f.ruleId)].sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || compareStrings(a, b));
    const info = customer === undefined ? undefined : input.customerInfo?.get(customer);
    const title = customer === undefined ? html`${PLAN_WIDE}` : info === undefined || info.displayName === customer
      ? html`<span class="n">${customer}</span>`
      : html`<span class="n">${info.displayName}</span> <small class="k">${customer}</small>`;
    const search = customer === undefined ? '' : html` data-cq="${[customer, info?.displayName ?? ''].join(' ').toLowerCase()}"`;
    const table = html`<table class="ft">
<thead><tr><th scope="col">Level</th><th scope="col">Message</th><th scope="col">Location</th><th scope="col">Status</th></tr></thead>
${join(byRule.map(([ruleId, list]) => ruleGroup(ruleId, rules.get(ruleId), list, input.manifestFile)), '\n')}
</table>`;
    const summary = html`<summary><h3>${title}</h3> ${countBadges(summarize(findings))}</summary>`;
    if (allOpen || customer === undefined) return html`<details class="fc" open${search}>\n${summary}\n${table}\n</details>`;
    folded.push(table.markup);
    return html`<details class="fc"${search} data-f="${folded.length - 1}">${summary}</details>`;
  }), '\n');
  return { markup, folded };
}

function ruleGroup(ruleId: string, rule: Rule | undefined, findings: readonly Finding[], manifestFile: string): SafeHtml {
  const heading = rule === undefined
    ? html`<strong>${ruleId}</strong>`
    : html`<strong>${ruleId}</strong> ${rule.title}. <span class="fix">Fix: ${rule.fix}</span> ${docLink(rule.helpUri, `${ruleId} documentation`)}`;
  return html`<tbody>
<tr><th scope="rowgroup" colspan="4">${heading}</th></tr>
${join(findings.map((f) => findingRow(f, manifestFile)), '\n')}
</tbody>`;
}

function findingRow(finding: Finding, manifestFile: string): SafeHtml {
  const location = finding.location;
  const where = location === undefined
    ? html`<td class="loc">${displayPath(manifestFile)}</td>`
    : html`<td class="loc" title="${location.path}">${displayPath(location.file)}:${location.line}:${location.column}</td>`;
  const status = finding.suppressed
    ? html`${badge('suppressed', 'suppressed')} ${finding.suppressionReason ?? 'no reason given'}`
    : html`open`;
  return html`<tr${finding.suppressed && html` class="sup"`}><td>${levelBadge(finding.level)}</td><td>${finding.message}</td>${where}<td>${status}</td></tr>`;
}
