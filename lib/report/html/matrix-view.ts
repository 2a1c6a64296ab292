import { Customer, JustInTimePolicy, Principal, PrincipalType } from '../../model/plan';
import { compareStrings, listNames, principalLabel, roleLabel, roleText } from '../../policy/describe';
import { Finding } from '../../policy/rule';
import { AccessCell, AccessColumn, AccessGrant, AccessMatrix, jitKey } from '../access-matrix';
import { badge, filterInput, filterSelect } from './components';
import { visibleText } from './escape';
import { formatCount, html, join, plural, SafeHtml, trusted } from './markup';

/** The id of the matrix's data block; the page script reads it. */
export const MATRIX_DATA_ID = 'matrix-data';

/** What the page shows at first, and adds per "show more": principal rows, columns (groups and single customers; an expanded group's members come with it), members of a group. */
export const MATRIX_PAGES = { rows: 200, columns: 100, members: 100 } as const;

/**
 * Everything the script needs to redraw the matrix under a filter, as the server's own markup pieces (escaped
 * like the page) and visible text: per row its opening markup (`<tr><th>` of the principal), filter text and
 * role indices; per column its header markup, its customers as `[key, display name]` and its non-empty cells
 * as `[row, cell]` pairs into a dictionary of distinct cell markup. Member columns of a group are never
 * stored: the script clones the group's cells for them (same access by construction), so a group of 5,000
 * customers costs 5,000 short pairs and the data grows with the grants, not with rows x columns.
 */
export interface MatrixData {
  readonly pages: typeof MATRIX_PAGES;
  readonly rows: ReadonlyArray<readonly [open: string, search: string, roles: string]>;
  readonly columns: ReadonlyArray<readonly [header: string, customers: ReadonlyArray<readonly [string, string]>, cells: ReadonlyArray<readonly [number, number]>]>;
  readonly cells: readonly string[];
}

export interface MatrixView {
  readonly markup: SafeHtml;
  readonly data: MatrixData;
}

/** How many member names a group's header lists before its count says the rest. */
const PREVIEW = 3;
/** How many customers an LH301 row names (its shaded cells show them all; the findings list them too). */
const REACH_LISTED = 5;

/** The LH301 findings about one principal: the customers they reach, and whether every one is suppressed. */
interface Reach {
  readonly customers: ReadonlySet<string>;
  readonly accepted: boolean;
  readonly reasons: readonly string[];
}

/**
 * The access matrix section: filters, the table as it first shows (one column per group of customers with
 * identical access, the first MATRIX_PAGES rows and columns), the just-in-time legend, and the data the
 * script redraws it from.
 */
export function matrixView(matrix: AccessMatrix, findings: readonly Finding[]): MatrixView {
  const reach = reachByPrincipal(matrix.principals, findings);
  const roles = roleIndex(matrix);
  const jit = new JitLabels();
  const cells: string[] = [];
  const cellIndex = new Map<string, number>();
  const cellOf = (cell: AccessCell, reached: boolean): number => {
    const key = `${reached ? 'reach' : ''}\u0000${cell.key}`;
    let index = cellIndex.get(key);
    if (index === undefined) {
      index = cells.length;
      const content = join(cell.grants.map((g) => grantBadge(g, jit))).markup;
      cells.push(reached ? `<td class="reach">${content}</td>` : `<td>${content}</td>`);
      cellIndex.set(key, index);
    }
    return index;
  };

  const columns = matrix.columns.map((column, i) => {
    const sparse: Array<readonly [number, number]> = [];
    column.cells.forEach((cell, row) => {
      if (cell === undefined) return;
      const r = reach[row];
      sparse.push([row, cellOf(cell, r !== undefined && column.customers.some((c) => r.customers.has(c.key)))]);
    });
    return [columnHeader(column, i).markup, column.customers.map((c) => [visibleText(c.key), visibleText(c.displayName)] as const), sparse] as const;
  });
  const held = matrix.principals.map(() => new Set<number>());
  for (const column of matrix.columns) column.cells.forEach((cell, row) => { for (const grant of cell?.grants ?? []) held[row].add(roles.index.get(grant.role.id.toLowerCase())!); });
  const rows = matrix.principals.map((principal, row) => {
    const r = reach[row];
    const rowClass = r === undefined ? '' : r.accepted ? 'lh301 accepted' : 'lh301';
    const open = html`<tr${rowClass !== '' && html` class="${rowClass}"`}>${principalHeader(principal, r)}`.markup;
    return [open, searchText(principal), [...held[row]].sort((a, b) => a - b).join(' ')] as const;
  });
  const data: MatrixData = { pages: MATRIX_PAGES, rows, columns, cells };

  const customers = matrix.customers.length;
  const markup = html`<div class="filters" role="search" aria-label="Filter the access matrix">
${filterInput('filter-principal', 'Principal name', 'principal', 'e.g. ops')}
${filterSelect('filter-role', 'Role', 'role', roles.labels.map((label, i) => [String(i), label] as const))}
${filterInput('filter-customer', 'Customer name', 'customer', 'e.g. fabrikam')}
</div>
<noscript><p>The filters, further rows and columns, and the customers of a group need JavaScript.</p></noscript>
<p>Principals are rows, customers are columns. <span class="r active legend-badge">Active</span> roles are permanent; <span class="r eligible legend-badge">eligible <small>J1</small></span> roles are activated just in time under the policy they name (see the legend below the table). Rows marked LH301 hold the same access on several customers; their cells on those customers are shaded.</p>
<p id="matrix-status" aria-live="polite">${plural(matrix.principals.length, 'principal')} × ${plural(customers, 'customer')} in ${plural(matrix.columns.length, 'column')}${matrix.columns.length < customers ? ' (customers with identical access share a column)' : ''}.</p>
<div class="matrix" tabindex="0" role="region" aria-labelledby="matrix-caption">
<table id="access-matrix">
<caption id="matrix-caption">Roles per principal and customer</caption>
${trusted(initialTable(data))}
</table>
</div>
${jit.legend()}`;
  return { markup, data };
}

/**
 * The table's head and body before any filter: the first pages of rows and columns, groups collapsed, a "more"
 * control where a page ends. The script draws the same markup from the same data when a filter changes.
 */
function initialTable({ rows, columns, cells, pages }: MatrixData): string {
  const shownColumns = columns.slice(0, pages.columns);
  const moreColumns = columns.length - shownColumns.length;
  const byColumn = shownColumns.map(([, , sparse]) => new Map(sparse));
  const head = `<thead><tr><th scope="col">Principal</th>${shownColumns.map(([header]) => header).join('')}${moreColumns > 0 ? moreColumnsHeader(moreColumns, pages.columns) : ''}</tr></thead>`;
  const shownRows = rows.slice(0, pages.rows);
  const body = shownRows.map(([open], row) => `${open}${byColumn.map((map) => {
    const cell = map.get(row);
    return cell === undefined ? '<td></td>' : cells[cell];
  }).join('')}${moreColumns > 0 ? '<td></td>' : ''}</tr>`);
  const moreRows = rows.length - shownRows.length;
  if (moreRows > 0) body.push(moreRowsRow(moreRows, pages.rows, shownColumns.length + (moreColumns > 0 ? 1 : 0)));
  return `${head}\n<tbody>\n${body.join('\n')}\n</tbody>`;
}

function moreColumnsHeader(rest: number, page: number): string {
  return html`<th scope="col" class="more"><button type="button" data-more-columns="1">show ${formatCount(Math.min(rest, page))} more columns</button> <small>(${formatCount(rest)} not shown)</small></th>`.markup;
}

function moreRowsRow(rest: number, page: number, columns: number): string {
  return html`<tr class="more"><th scope="row"><button type="button" data-more-rows="1">show ${formatCount(Math.min(rest, page))} more principals</button> <small>(${formatCount(rest)} not shown)</small></th>${columns > 0 && html`<td colspan="${columns}"></td>`}</tr>`.markup;
}

function columnHeader(column: AccessColumn, index: number): SafeHtml {
  if (column.customers.length === 1) {
    const [customer] = column.customers;
    return html`<th scope="col" data-c="${index}" title="tenant ${customer.tenantId}">${customerName(customer)}</th>`;
  }
  const preview = column.customers.slice(0, PREVIEW).map((c) => c.key);
  const more = column.customers.length > PREVIEW ? ', …' : '';
  return html`<th scope="col" class="grp" data-c="${index}"><span class="n">${formatCount(column.customers.length)} customers with the same access</span><span class="m" hidden></span>: <button type="button" data-expand="${index}" aria-expanded="false" aria-label="${plural(column.customers.length, 'customer')} with the same access">show</button><br><small class="k">${preview.join(', ')}${more}</small></th>`;
}

/** A customer's name as a column header shows it (the script builds member headers the same way). */
function customerName(customer: Customer): SafeHtml {
  return html`<span class="n">${customer.displayName}</span><br><small class="k">${customer.key}</small>`;
}

const TYPE_LABEL: Record<PrincipalType, string> = { user: 'user', group: 'group', servicePrincipal: 'service principal' };

function principalHeader(principal: Principal, reach: Reach | undefined): SafeHtml {
  const label = principalLabel(principal);
  const name = principal.displayName !== undefined && principal.displayName !== '' ? principal.displayName : label;
  const type = principal.type === undefined ? 'type unknown' : TYPE_LABEL[principal.type];
  const note = reach === undefined ? '' : html`<span class="reach-note">${reach.accepted
    ? badge('suppressed', 'LH301 suppressed', reach.reasons.join('; '))
    : badge('warning', 'LH301')} same access on ${plural(reach.customers.size, 'customer')}: ${listNames([...reach.customers], REACH_LISTED)}</span>`;
  return html`<th scope="row" title="object id ${principal.id}"><span class="n">${name}</span> <small class="k">${label}</small> <small>${type}</small>${note}</th>`;
}

/** What the principal filter matches: display name, key, object id, type; lower-case, as the page shows them. */
function searchText(principal: Principal): string {
  return visibleText([principal.displayName, principal.key, principal.id, principal.type].filter((p) => p !== undefined).join(' ').toLowerCase());
}

function grantBadge(grant: AccessGrant, jit: JitLabels): SafeHtml {
  const delegated = grant.delegatedRoles.length === 0 ? '' : html` <small>may assign ${grant.delegatedRoles.map(roleLabel).join(', ')}</small>`;
  const coverage = grant.subscriptions === grant.ofSubscriptions ? '' : html` <small>in ${formatCount(grant.subscriptions)} of ${plural(grant.ofSubscriptions, 'subscription')}</small>`;
  if (grant.eligible === undefined) return html`<span class="r active" title="${roleText(grant.role)}: active">${roleLabel(grant.role)}${delegated}${coverage}</span>`;
  const label = jit.label(grant.eligible);
  return html`<span class="r eligible" title="${roleText(grant.role)}: eligible just in time, ${label}: ${jitSummary(grant.eligible)}">${roleLabel(grant.role)} <small>eligible ${label}</small>${delegated}${coverage}</span>`;
}

function jitSummary(policy: JustInTimePolicy): string {
  const approvers = policy.approvers.length === 0 ? 'no approval' : `approvers ${policy.approvers.map(principalName).join(', ')}`;
  return `up to ${policy.maximumActivationDuration}, ${policy.requireMfa ? 'MFA required' : 'no MFA'}, ${approvers}`;
}

function principalName(principal: Principal): string {
  return principal.displayName !== undefined && principal.displayName !== '' ? principal.displayName : principalLabel(principal);
}

/** Short labels (J1, J2, …) for the distinct just-in-time policies, in the order the matrix first shows them. */
class JitLabels {
  private readonly labels = new Map<string, { label: string; policy: JustInTimePolicy }>();

  label(policy: JustInTimePolicy): string {
    const key = jitKey(policy);
    let entry = this.labels.get(key);
    if (!entry) this.labels.set(key, (entry = { label: `J${this.labels.size + 1}`, policy }));
    return entry.label;
  }

  legend(): SafeHtml {
    if (this.labels.size === 0) return html``;
    const rows = [...this.labels.values()].map(({ label, policy }) => html`<tr><th scope="row">${label}</th><td><code>${policy.maximumActivationDuration}</code></td><td>${policy.requireMfa ? 'required' : 'not required'}</td><td>${policy.approvers.length === 0 ? html`<span class="muted">none</span>` : join(policy.approvers.map((a) => html`<span class="n">${principalName(a)}</span> <small class="k">${principalLabel(a)}</small>`), ', ')}</td></tr>`);
    return html`<table class="legend">
<caption>Just-in-time policies of the eligible roles</caption>
<thead><tr><th scope="col">Policy</th><th scope="col">Maximum activation</th><th scope="col">MFA</th><th scope="col">Approvers</th></tr></thead>
<tbody>
${join(rows, '\n')}
</tbody>
</table>`;
  }
}

/** Role filter options: every role the matrix shows, by name; index by lower-case role id. */
function roleIndex(matrix: AccessMatrix): { labels: string[]; index: Map<string, number> } {
  const byId = new Map<string, string>();
  for (const column of matrix.columns) {
    for (const cell of column.cells) for (const grant of cell?.grants ?? []) {
      const id = grant.role.id.toLowerCase();
      if (!byId.has(id)) byId.set(id, roleLabel(grant.role));
    }
  }
  const sorted = [...byId].sort(([a, la], [b, lb]) => compareStrings(la, lb) || compareStrings(a, b));
  return { labels: sorted.map(([, label]) => label), index: new Map(sorted.map(([id], i) => [id, i])) };
}

/** Per matrix row, what its LH301 findings say (undefined: none). Findings name the principal as their subject. */
function reachByPrincipal(principals: readonly Principal[], findings: readonly Finding[]): Array<Reach | undefined> {
  const rowOf = new Map<string, number>();
  principals.forEach((p, row) => {
    if (!rowOf.has(p.id.toLowerCase())) rowOf.set(p.id.toLowerCase(), row);
    const label = `label:${principalLabel(p)}`;
    if (!rowOf.has(label)) rowOf.set(label, row);
  });
  const found = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.ruleId !== 'LH301') continue;
    const row = finding.subject.kind === 'principal'
      ? rowOf.get(finding.subject.principal.id.toLowerCase())
      : finding.principal === undefined ? undefined : rowOf.get(`label:${finding.principal}`);
    if (row === undefined) continue;
    const list = found.get(row);
    if (list) list.push(finding);
    else found.set(row, [finding]);
  }
  return principals.map((_, row) => {
    const list = found.get(row);
    if (!list) return undefined;
    const customers = new Set<string>();
    for (const f of list) for (const c of f.customers ?? (f.customer === undefined ? [] : [f.customer])) customers.add(c);
    return {
      customers,
      accepted: list.every((f) => f.suppressed),
      reasons: [...new Set(list.filter((f) => f.suppressed).map((f) => f.suppressionReason ?? 'no reason given'))],
    };
  });
}
