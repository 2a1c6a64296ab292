import { markdownLine } from '../util/markdown';
import { groupBy } from '../util/group-by';
import { AccessChange, AccessDiff } from './change';
import { changeSymbol, changeText } from './describe-change';
import { diffSummaryLine, placeOf } from './render-text';

/** The same change on at least this many customers is written once, with the customers folded away. */
export const GROUP_AT = 3;

/**
 * The diff as a pull-request comment: a summary line, identical changes across customers written once ("+ Reader
 * for NOC on 412 customers"), then a collapsed section per customer for the rest. Stays short for 1,000 customers:
 * a change to a shared authorization set is one line plus one folded list.
 */
export function renderDiffMarkdown(diff: AccessDiff): string {
  const lines = ['### lighthouse-iac diff', '', `\`${markdownLine(diff.before)}\` → \`${markdownLine(diff.after)}\`: **${markdownLine(diffSummaryLine(diff))}**`];
  if (diff.changes.length === 0) return `${lines.join('\n')}\n`;

  const bySignature = groupBy(diff.changes.filter((c) => c.customer !== undefined), signature);
  const grouped = new Set<AccessChange>();
  const shared: string[] = [];
  for (const changes of bySignature.values()) {
    const customers = [...new Set(changes.map((c) => c.customer!))];
    if (customers.length < GROUP_AT) continue;
    changes.forEach((c) => grouped.add(c));
    const [first] = changes;
    const subscriptions = new Set(changes.map((c) => `${c.customer}/${c.subscription}`)).size;
    shared.push(`- ${item(first)} **on ${customers.length} customers** (${subscriptions} subscription${subscriptions === 1 ? '' : 's'}${first.offer ? `, offer \`${markdownLine(first.offer)}\`` : ''})`);
    shared.push(`  <details><summary>customers</summary>${customers.map(markdownLine).join(', ')}</details>`);
  }
  if (shared.length > 0) lines.push('', '**The same change on several customers**', '', ...shared);

  const rest = diff.changes.filter((c) => !grouped.has(c));
  for (const [customer, changes] of groupBy(rest, (c) => c.customer)) {
    const flags = [...new Set(changes.flatMap((c) => c.flags))];
    const title = customer === undefined ? 'offers (all customers)' : markdownLine(customer);
    lines.push('', `<details><summary><b>${title}</b>: ${changes.length} change${changes.length === 1 ? '' : 's'}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}</summary>`, '');
    for (const [place, inPlace] of groupBy(changes, placeOf)) {
      if (place !== '') lines.push(`- ${markdownLine(place)}`);
      for (const change of inPlace) lines.push(`${place === '' ? '' : '  '}- ${item(change)}`);
    }
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

function item(change: AccessChange): string {
  const flags = change.flags.map((flag) => `\`${flag}\``).join(' ');
  return `\`${changeSymbol(change)}\` ${markdownLine(changeText(change))}${flags ? ` ${flags}` : ''}`;
}

/** What makes two changes on different customers "the same change". */
function signature(change: AccessChange): string {
  return JSON.stringify([change.kind, change.offer, change.scope === undefined, change.principal?.id, change.role?.id, change.before, change.after, change.details, change.flags]);
}
