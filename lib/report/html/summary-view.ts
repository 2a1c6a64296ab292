import { Plan } from '../../model/plan';
import { LEVELS } from '../../policy/rule';
import { ReportInput, summarize } from '../report-input';
import { badge, displayPath, facts } from './components';
import { formatCount, html, SafeHtml } from './markup';

/**
 * The top of the check report: what was checked with what (input, policy, tool, rules), the counts by
 * level, and the size of the estate. No date and no absolute path: the page is the same bytes for the same
 * input on every machine.
 */
export function summaryView(input: ReportInput, principals: number | undefined): SafeHtml {
  const counts = summarize(input.findings);
  const levels = html`<table class="counts">
<caption>Findings by level</caption>
<thead><tr>${LEVELS.map((level) => html`<th scope="col">${badge(level, level)}</th>`)}<th scope="col">${badge('suppressed', 'suppressed')}</th></tr></thead>
<tbody><tr>${LEVELS.map((level) => html`<td>${formatCount(counts[level])}</td>`)}<td>${formatCount(counts.suppressed)}</td></tr></tbody>
</table>`;
  return html`${facts([
    ['Input', html`<code>${displayPath(input.manifestFile)}</code>`],
    ['Policy', input.policy === undefined ? 'the default policy (policies/default.policy.yaml)' : html`<code>${displayPath(input.policy)}</code>`],
    ['Rules checked', formatCount(input.rules.length)],
    ['Tool', `${input.tool.name} ${input.tool.version}`],
    ...estate(input.plan, input.customers.length, principals),
  ])}
${levels}`;
}

function estate(plan: Plan | undefined, customers: number, principals: number | undefined): Array<readonly [string, string]> {
  if (plan === undefined) return [['Customers', formatCount(customers)]];
  const subscriptions = new Set(plan.delegations.map((d) => `${d.customer}\u0000${d.subscriptionId.toLowerCase()}`));
  const tenant = plan.managingTenant;
  return [
    ...(tenant === undefined ? [] : [['Managing tenant', tenant.name === undefined ? tenant.id : `${tenant.name} (${tenant.id})`] as const]),
    ['Customers', formatCount(plan.customers.length)],
    ['Delegations', `${formatCount(plan.delegations.length)} (in ${formatCount(subscriptions.size)} subscriptions)`],
    ['Principals', formatCount(principals ?? plan.principals.length)],
    ['Offers', formatCount(plan.offers.length)],
  ];
}
