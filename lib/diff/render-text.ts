import { visibleLine as oneLine } from '../util/visible-text';
import { groupBy } from '../util/group-by';
import { AccessChange, AccessDiff, flagCounts, RISK_FLAGS } from './change';
import { changeSymbol, changeText, flagsText } from './describe-change';

/** The summary line: `3 changes on 2 customers: 1 escalation, 2 access-loss`, or `no access changes`. */
export function diffSummaryLine(diff: AccessDiff): string {
  if (diff.changes.length === 0) return 'no access changes';
  const customers = new Set(diff.changes.map((c) => c.customer).filter((c) => c !== undefined)).size;
  const counts = flagCounts(diff);
  const flags = RISK_FLAGS.filter((flag) => counts[flag] > 0).map((flag) => `${counts[flag]} ${flag}`);
  return `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'} on ${customers} customer${customers === 1 ? '' : 's'}`
    + (flags.length > 0 ? `: ${flags.join(', ')}` : ' (no risk flags)');
}

/** The diff for a terminal: per customer, subscription (with offer) and scope, one line per change with its flags. */
export function renderDiffText(diff: AccessDiff): string {
  const lines = [`diff ${oneLine(diff.before)} -> ${oneLine(diff.after)}: ${diffSummaryLine(diff)}`];
  for (const [customer, changes] of groupBy(diff.changes, (c) => c.customer)) {
    lines.push('', customer === undefined ? 'offers (all customers)' : `customer ${oneLine(customer)}`);
    for (const [place, inPlace] of groupBy(changes, placeOf)) {
      if (place !== '') lines.push(`  ${oneLine(place)}`);
      for (const change of inPlace) lines.push(`${place === '' ? '  ' : '    '}${line(change)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `subscription 8bf5… (offer managed-ops) scope /subscriptions/…/resourceGroups/rg-web`, or '' for customer-wide changes. */
export function placeOf(change: AccessChange): string {
  if (change.subscription === undefined) return '';
  return `subscription ${change.subscription}${change.offer ? ` (offer ${change.offer})` : ''}${change.scope ? `, scope ${change.scope}` : ''}`;
}

function line(change: AccessChange): string {
  const flags = flagsText(change);
  return `${changeSymbol(change)} ${oneLine(changeText(change))}${flags ? `  ${flags}` : ''}`;
}
