import { Customer } from '../../model/plan';
import { Finding, Rule } from '../../policy/rule';
import { groupBy } from '../../util/group-by';
import { compareStrings, groupByCustomer, PLAN_WIDE, rulesById, summarize } from '../report-input';
import { badge, countBadges, displayPath, docLink, levelBadge } from './components';
import { visibleText } from './escape';
import { formatCount, html, join, plural, SafeHtml, trusted } from './markup';

export interface FindingsViewInput {
  readonly findings: readonly Finding[];
  readonly rules: readonly Rule[];
  /** Customer keys in manifest order. */
  readonly customers: readonly string[];
  /** Display names, when the Plan is known. */
  readonly customerInfo?: ReadonlyMap<string, Customer>;
  readonly manifestFile: string;
}

/** Up to this many groups (plan-wide and customers) are all in the page, open; more are listed from data. */
const OPEN_GROUPS = 20;
/** How many folded customer groups the page lists at first, and adds per "show more". */
const FINDINGS_PAGE = 100;

/** The id of the data block of the folded findings groups. */
export const FINDINGS_DATA_ID = 'findings-data';

/**
 * The folded customer groups of a large report, for the page script: per group its filter text, its
 * `<details>` with the summary only, and its table, as markup escaped like the page. The script lists
 * FINDINGS_PAGE groups at a time and inserts a group's table when it is opened: a report of 10,000
 * customers then loads as a hundred one-line summaries instead of 30,000 table rows.
 */
export interface FindingsData {
  readonly page: number;
  readonly groups: ReadonlyArray<readonly [search: string, details: string, table: string]>;
}

export interface FindingsView {
  readonly markup: SafeHtml;
  /** Absent when every group is in the page. */
  readonly data?: FindingsData;
}

/**
 * Findings per customer (plan-wide first, then customers in manifest order), each group a folding section
 * with its counts, holding one table whose row groups are the rules (in catalog order): id, title, the fix
 * and the help link once, then a row per finding with level, message, location and status (open, or
 * suppressed with the reason). Up to OPEN_GROUPS groups are all in the page, open; beyond that the
 * plan-wide group is, and the customers' groups are in FindingsData (the first page of them also in the
 * page, folded, so that the page shows them before the script runs).
 */
export function findingsView(input: FindingsViewInput): FindingsView {
  if (input.findings.length === 0) return { markup: html`<p>No findings: every rule that ran passed.</p>` };
  const rules = rulesById(input.rules);
  const order = new Map([...rules.keys()].map((id, i) => [id, i]));
  const groups = groupByCustomer(input.findings, input.customers).map(([customer, findings]) => {
    const byRule = [...groupBy(findings, (f) => f.ruleId)].sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || compareStrings(a, b));
    const info = customer === undefined ? undefined : input.customerInfo?.get(customer);
    const title = customer === undefined ? html`${PLAN_WIDE}` : info === undefined || info.displayName === customer
      ? html`<span class="n">${customer}</span>`
      : html`<span class="n">${info.displayName}</span> <small class="k">${customer}</small>`;
    const table = html`<table class="ft">
<thead><tr><th scope="col">Level</th><th scope="col">Message</th><th scope="col">Location</th><th scope="col">Status</th></tr></thead>
${join(byRule.map(([ruleId, list]) => ruleGroup(ruleId, rules.get(ruleId), list, input.manifestFile)), '\n')}
</table>`;
    return {
      customer,
      search: customer === undefined ? '' : [customer, info?.displayName ?? ''].join(' ').toLowerCase(),
      summary: html`<summary><h3>${title}</h3> ${countBadges(summarize(findings))}</summary>`,
      table,
    };
  });

  const open = (g: typeof groups[number]): SafeHtml =>
    html`<details class="fc" open${g.customer !== undefined && html` data-cq="${g.search}"`}>\n${g.summary}\n${g.table}\n</details>`;
  if (groups.length <= OPEN_GROUPS) return { markup: join(groups.map(open), '\n') };

  const planWide = groups.filter((g) => g.customer === undefined);
  const customers = groups.filter((g) => g.customer !== undefined);
  const folded = customers.map((g, i) => [visibleText(g.search), html`<details class="fc" data-f="${i}">${g.summary}</details>`.markup, g.table.markup] as const);
  const listed = folded.slice(0, FINDINGS_PAGE);
  const markup = html`${join(planWide.map(open), '\n')}
<div id="findings-list">
${trusted(listed.map(([, details]) => details).join('\n'))}
<p class="more">Showing ${formatCount(listed.length)} of ${plural(folded.length, 'customer')} with findings.${listed.length < folded.length && html` <button type="button" data-more-findings="1">show ${formatCount(Math.min(FINDINGS_PAGE, folded.length - listed.length))} more</button>`}</p>
</div>`;
  return { markup, data: { page: FINDINGS_PAGE, groups: folded } };
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
