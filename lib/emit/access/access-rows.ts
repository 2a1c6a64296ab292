import { Authorization, DelegatedScope, Delegation, Principal, RoleRef } from '../../model/plan';
import { markdownCode, markdownLine } from '../../util/markdown';

/**
 * The one renderer of "who gets which role where" as Markdown table rows, for every output a person reviews: the
 * per-stack ACCESS.md next to `cdk.tf.json` and the ARM README of each customer. One row per authorization, in a
 * stable order (not the manifest's: moving an entry changes nothing), each row complete in itself, so that a pull
 * request shows an access change as a one-line diff: the row added, removed or changed.
 */

/** The columns of an authorization, in table order. */
const AUTHORIZATION_COLUMNS = ['Principal', 'Principal ID', 'Role', 'Role ID', 'Access', 'Delegated roles'] as const;
/** The columns that say where, in front of them, when a table spans delegations. */
const WHERE_COLUMNS = ['Subscription', 'Scope', 'Offer'] as const;

export interface AccessTableOptions {
  /**
   * Start each row with the subscription, the delegated scope and the offer: for a table over several delegations
   * (ACCESS.md). A table under one delegation's heading (the ARM README) leaves them out.
   * @default true
   */
  readonly where?: boolean;
}

/** The table (header, separator, rows) of the authorizations of `delegations`, sorted (see compareRows). */
export function accessTable(delegations: readonly Delegation[], options: AccessTableOptions = {}): string[] {
  const where = options.where ?? true;
  const columns = [...(where ? WHERE_COLUMNS : []), ...AUTHORIZATION_COLUMNS];
  const rows: Array<{ readonly key: readonly string[]; readonly line: string }> = [];
  for (const delegation of sortedDelegations(delegations)) {
    const prefix = where ? `| ${code(delegation.subscriptionId)} | ${scopeText(delegation.scopes)} | ${offerText(delegation)} ` : '';
    const byAuthorization = delegation.authorizations.map((authorization) => ({ key: sortKey(authorization), line: `${prefix}${authorizationCells(authorization)}` }));
    byAuthorization.sort((a, b) => compareKeys(a.key, b.key));
    rows.push(...byAuthorization);
  }
  return [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows.map((row) => row.line)];
}

/**
 * The cells of one authorization, rendered once per authorization object: a manifest's sets are shared by its
 * delegations, so one authorization is a row in the output of every subscription it reaches.
 */
const rendered = new WeakMap<Authorization, string>();

function authorizationCells(authorization: Authorization): string {
  let cells = rendered.get(authorization);
  if (cells === undefined) {
    const { principal, role } = authorization;
    cells = `| ${principalText(principal)} | ${code(principal.id)} | ${role.name ? md(role.name) : '(not a built-in role)'} | ${code(role.id)} | ${accessText(authorization)} | ${delegatedText(authorization.delegatedRoles)} |`;
    rendered.set(authorization, cells);
  }
  return cells;
}

/** `Contoso NOC Readers (`noc`)`: the name people know, and the manifest key when there is one. */
function principalText(principal: Principal): string {
  const name = principal.displayName ? md(principal.displayName) : '(no display name)';
  return principal.key === undefined ? name : `${name} (${code(principal.key)})`;
}

/** `permanent`, or the just-in-time settings of an eligible authorization. */
function accessText(authorization: Authorization): string {
  const policy = authorization.eligible;
  if (!policy) return 'permanent';
  const approvers = policy.approvers.length === 0 ? 'no approval' : `approved by ${policy.approvers.map(approverText).join(', ')}`;
  return `eligible (just in time) for up to ${code(policy.maximumActivationDuration)}; ${policy.requireMfa ? 'MFA required' : 'no MFA'}; ${approvers}`;
}

function approverText(approver: Principal): string {
  return approver.displayName ? md(approver.displayName) : code(approver.id);
}

/** The roles User Access Administrator may assign to managed identities (`delegatedRoleDefinitionIds`). */
function delegatedText(roles: readonly RoleRef[]): string {
  if (roles.length === 0) return 'none';
  return `may assign ${roles.map((role) => (role.name ? `${md(role.name)} (${code(role.id)})` : code(role.id))).join(', ')} to managed identities`;
}

function scopeText(scopes: readonly DelegatedScope[]): string {
  if (scopes.length === 1 && scopes[0].kind === 'subscription') return 'the whole subscription';
  return scopes.map((scope) => (scope.kind === 'subscription' ? 'the whole subscription' : `resource group ${code(scope.resourceGroup ?? scope.id)}`)).join(', ');
}

function offerText(delegation: Delegation): string {
  return `${md(delegation.name)} (${code(delegation.offer)})`;
}

/** Delegations by subscription, then offer key, then definition id; the Plan's order where those are equal. */
function sortedDelegations(delegations: readonly Delegation[]): Delegation[] {
  const keyed = delegations.map((delegation) => ({ delegation, key: [delegation.subscriptionId.toLowerCase(), delegation.offer, delegation.definitionId] }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((entry) => entry.delegation);
}

/**
 * Authorizations by principal (name, then object id), role (name, then GUID), and active before eligible: what a
 * reader looks for, and independent of the order the manifest lists them in.
 */
function sortKey(authorization: Authorization): string[] {
  const { principal, role } = authorization;
  return [(principal.displayName ?? '').toLowerCase(), principal.id.toLowerCase(), (role.name ?? '').toLowerCase(), role.id.toLowerCase(), authorization.eligible ? '1' : '0'];
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

const md = markdownLine;
const code = markdownCode;
