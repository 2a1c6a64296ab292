import { BASE_CSS, FINDINGS_CSS } from '../report/html/styles';
import { facts, section } from '../report/html/components';
import { html, join, plural, SafeHtml } from '../report/html/markup';
import { page } from '../report/html/page';
import { groupBy } from '../util/group-by';
import { AccessChange, AccessDiff, flagCounts, RISK_FLAG_DESCRIPTIONS, RISK_FLAGS, RiskFlag } from './change';
import { changeSymbol, changeText } from './describe-change';
import { diffSummaryLine, placeOf } from './render-text';

/** Flags that lose or interrupt access, or widen it: shown in the error colours; the rest as warnings. */
const SEVERE = new Set<RiskFlag>(['escalation', 'new-customer-reach', 'replacement', 'access-loss', 'customer-removed', 'mfa-dropped']);

const DIFF_CSS = `
.rf{display:inline-block;border:1px solid;border-radius:.25rem;padding:0 .35rem;font-size:.8rem;font-weight:600;white-space:nowrap;margin-left:.3rem}
.rf.severe{background:#fde8ea;color:#8c0016;border-color:#8c0016}
.rf.notice{background:#fff2d4;color:#5f3b00;border-color:#8a5700}
.sym{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:700;display:inline-block;width:1.2rem}
ul.changes{list-style:none;padding-left:.4rem;margin:.3rem 0}ul.changes li{margin:.15rem 0}
.place{font-weight:600;margin:.4rem 0 0}
`;

/**
 * The diff as a self-contained page (the check report's shell, styles and escaping: lib/report/html): a summary with
 * the flags counted, then the changes grouped by customer in folding sections, each change with its risk flags as
 * badges. No script: folding is the browser's own `<details>`. Byte-identical for the same diff.
 */
export function renderDiffHtml(diff: AccessDiff, version: string): string {
  const counts = flagCounts(diff);
  const flagged = RISK_FLAGS.filter((flag) => counts[flag] > 0);
  const summary = section('summary', 'Summary', html`${facts([
    ['Before', html`<code>${diff.before}</code>`],
    ['After', html`<code>${diff.after}</code>`],
    ['Tool', `lighthouse-iac ${version}`],
    ['Changes', diffSummaryLine(diff)],
  ])}
${flagged.length === 0 ? html`<p class="muted">No change carries a risk flag.</p>` : html`<table><caption>Risk flags</caption><thead><tr><th scope="col">flag</th><th scope="col">changes</th><th scope="col">what it means</th></tr></thead><tbody>${flagged.map((flag) => html`<tr><td>${flagBadge(flag)}</td><td>${counts[flag]}</td><td>${RISK_FLAG_DESCRIPTIONS[flag]}</td></tr>`)}</tbody></table>`}`);
  const groups = [...groupBy(diff.changes, (c) => c.customer)];
  const body = diff.changes.length === 0
    ? html`<p>No access changes.</p>`
    : join(groups.map(([customer, changes]) => customerSection(customer, changes)), '\n');
  return page({
    title: `lighthouse-iac diff: ${diff.after}`,
    styles: [BASE_CSS, FINDINGS_CSS, DIFF_CSS],
    body: html`<header><h1>Access changes</h1><p class="muted">${diff.before} → ${diff.after}</p></header>
<main>
${summary}
${section('changes', 'Changes by customer', body)}
</main>`,
  });
}

function customerSection(customer: string | undefined, changes: readonly AccessChange[]): SafeHtml {
  const flags = RISK_FLAGS.filter((flag) => changes.some((c) => c.flags.includes(flag)));
  const title = customer === undefined ? 'Offers (all customers)' : `Customer ${customer}`;
  const places = [...groupBy(changes, placeOf)];
  return html`<details class="fc"${flags.some((f) => SEVERE.has(f)) ? ' open' : ''}><summary><h3>${title}</h3> <span class="muted">${plural(changes.length, 'change')}</span>${flags.map(flagBadge)}</summary>
${places.map(([place, inPlace]) => html`${place === '' ? '' : html`<p class="place">${place}</p>`}<ul class="changes">${inPlace.map(changeItem)}</ul>`)}
</details>`;
}

function changeItem(change: AccessChange): SafeHtml {
  return html`<li><span class="sym" aria-label="${change.kind}">${changeSymbol(change)}</span>${changeText(change)}${change.flags.map(flagBadge)}</li>`;
}

function flagBadge(flag: RiskFlag): SafeHtml {
  return html`<span class="rf ${SEVERE.has(flag) ? 'severe' : 'notice'}" title="${RISK_FLAG_DESCRIPTIONS[flag]}">${flag}</span>`;
}
