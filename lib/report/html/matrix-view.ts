import { Customer, JustInTimePolicy, Principal, PrincipalType } from '../../model/plan';
import { compareStrings, listNames, principalLabel, roleLabel, roleText } from '../../policy/describe';
import { Finding } from '../../policy/rule';
import { AccessCell, AccessColumn, AccessGrant, AccessMatrix, jitKey } from '../access-matrix';
import { badge, filterInput, filterSelect } from './components';
import { visibleText } from './escape';
import { formatCount, html, join, plural, SafeHtml, trusted } from './markup';

/** The id of the matrix's data block; the page script reads it. */
export const MATRIX_DATA_ID = 'matrix-data';

/**
 * What the script needs to expand and filter columns: per column, its customers as `[key, display name]`
 * (visible text: the script shows them with textContent). Member columns of a group are never in the
 * markup: the script clones the group's cells for them, on demand, so a group of 5,000 customers costs
 * 5,000 short pairs, not 5,000 columns.
 */
export interface MatrixData {
  readonly columns: ReadonlyArray<ReadonlyArray<readonly [string, string]>>;
}

export interface MatrixView {
  readonly markup: SafeHtml;
  readonly data: MatrixData;
}

/** How many member names a group's header lists before its count says the rest. */
const PREVIEW = 3;

/** The LH301 findings about one principal: the customers they reach, and whether every one is suppressed. */
interface Reach {
  readonly customers: ReadonlySet<string>;
  readonly accepted: boolean;
  readonly reasons: readonly string[];
}

/**
 * The access matrix section: filters, the table in its collapsed form (one column per group of customers with
 * identical access), the just-in-time legend and the script's data.
 */
export function matrixView(matrix: AccessMatrix, findings: readonly Finding[]): MatrixView {
  const reach = reachByPrincipal(matrix.principals, findings);
  const roles = roleIndex(matrix);
  const jit = new JitLabels();
  const cellMarkup = new Map<string, string>();
  const cellHtml = (cell: AccessCell): string => {
    let markup = cellMarkup.get(cell.key);
    if (markup === undefined) cellMarkup.set(cell.key, (markup = join(cell.grants.map((g) => grantBadge(g, jit))).markup));
    return markup;
  };

  const header = html`<tr><th scope="col">Principal</th>${matrix.columns.map((column, i) => columnHeader(column, i))}</tr>`;
  const rows = matrix.principals.map((principal, row) => {
    const r = reach[row];
    const reached = matrix.columns.map((column) => r !== undefined && column.customers.some((c) => r.customers.has(c.key)));
    const cells = matrix.columns.map((column, i) => {
      const cell = column.cells[row];
      const content = cell === undefined ? '' : cellHtml(cell);
      return trusted(reached[i] ? `<td class="reach">${content}</td>` : `<td>${content}</td>`);
    });
    const held = new Set<number>();
    for (const column of matrix.columns) for (const grant of column.cells[row]?.grants ?? []) held.add(roles.index.get(grant.role.id.toLowerCase())!);
    const rowClass = r === undefined ? '' : r.accepted ? 'lh301 accepted' : 'lh301';
    return html`<tr${rowClass === '' ? '' : html` class="${rowClass}"`} data-q="${searchText(principal)}" data-r="${[...held].sort((a, b) => a - b).join(' ')}">${principalHeader(principal, r)}${cells}</tr>`;
  });

  const customers = matrix.customers.length;
  const markup = html`<div class="filters" role="search" aria-label="Filter the access matrix">
${filterInput('filter-principal', 'Principal name', 'principal', 'e.g. ops')}
${filterSelect('filter-role', 'Role', 'role', roles.labels.map((label, i) => [String(i), label] as const))}
${filterInput('filter-customer', 'Customer name', 'customer', 'e.g. fabrikam')}
</div>
<noscript><p>The filters and the expansion of customer groups need JavaScript; the table below is complete without it.</p></noscript>
<p>Principals are rows, customers are columns. <span class="r active legend-badge">Active</span> roles are permanent; <span class="r eligible legend-badge">eligible <small>J1</small></span> roles are activated just in time under the policy they name (see the legend below the table). Rows marked LH301 hold the same access on several customers; their cells on those customers are shaded.</p>
<p id="matrix-status" aria-live="polite">${plural(matrix.principals.length, 'principal')} × ${plural(customers, 'customer')} in ${plural(matrix.columns.length, 'column')}${matrix.columns.length < customers ? ' (customers with identical access share a column)' : ''}.</p>
<div class="matrix" tabindex="0" role="region" aria-labelledby="matrix-caption">
<table id="access-matrix">
<caption id="matrix-caption">Roles per principal and customer</caption>
<thead>${header}</thead>
<tbody>
${join(rows, '\n')}
</tbody>
</table>
</div>
${jit.legend()}`;
  return { markup, data: { columns: matrix.columns.map((column) => column.customers.map((c) => [visibleText(c.key), visibleText(c.displayName)] as const)) } };
}

function columnHeader(column: AccessColumn, index: number): SafeHtml {
  if (column.customers.length === 1) {
    const [customer] = column.customers;
    return html`<th scope="col" data-c="${index}" title="tenant ${customer.tenantId}">${customerName(customer)}</th>`;
  }
  const preview = column.customers.slice(0, PREVIEW).map((c) => c.key);
  const more = column.customers.length > PREVIEW ? ', …' : '';
  return html`<th scope="col" class="grp" data-c="${index}"><span class="n">${formatCount(column.customers.length)} customers with the same access</span><span class="m" hidden></span>: <button type="button" data-expand="${index}" aria-expanded="false">show</button><br><small class="k">${preview.join(', ')}${more}</small></th>`;
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
    : badge('warning', 'LH301')} same access on ${plural(reach.customers.size, 'customer')}: ${listNames([...reach.customers])}</span>`;
  return html`<th scope="row" title="object id ${principal.id}"><span class="n">${name}</span> <small class="k">${label}</small> <small>${type}</small>${note}</th>`;
}

/** What the principal filter matches: display name, key, object id, type; lower-case. */
function searchText(principal: Principal): string {
  return [principal.displayName, principal.key, principal.id, principal.type].filter((p) => p !== undefined).join(' ').toLowerCase();
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
