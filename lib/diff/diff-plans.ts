import { Authorization, DelegatedScope, Delegation, isEligible, Plan, Principal, RoleRef } from '../model/plan';
import { durationSeconds, parseIsoDuration } from '../policy/iso-duration';
import { WELL_KNOWN_ROLES } from '../roles/restricted-actions';
import { AccessChange, AccessDiff, ChangeKind, GrantView, PrincipalView, Replacement, RiskFlag, RISK_FLAGS } from './change';
import { DelegationPair, matchDelegations } from '../model/match-delegations';

/** Roles at or above Contributor: gaining one, even eligible, is an escalation. */
const PRIVILEGED = new Set<string>([WELL_KNOWN_ROLES.contributor, WELL_KNOWN_ROLES.owner, WELL_KNOWN_ROLES.userAccessAdministrator]);

export interface DiffNames {
  /** The old input as the user named it. */
  readonly before: string;
  /** The new input as the user named it. */
  readonly after: string;
}

/**
 * The access changes from `before` to `after` (any two Plans: manifests, imports, live exports), per customer,
 * subscription, scope and principal, each with its risk flags. Pure and deterministic: the same Plans give the same
 * changes in the same order. A Plan diffed with itself has no changes.
 */
export function diffPlans(before: Plan, after: Plan, names: DiffNames): AccessDiff {
  const match = matchDelegations(before.delegations, after.delegations);
  const reachBefore = reach(before.delegations);
  const customersAfter = new Set(after.delegations.map((d) => d.customer));
  const customersBefore = new Set(before.delegations.map((d) => d.customer));
  const pairedBefore = new Set(match.pairs.map((p) => p.before.customer));
  const pairedAfter = new Set(match.pairs.map((p) => p.after.customer));
  const removedCustomers = new Set([...customersBefore].filter((c) => !customersAfter.has(c) && !pairedBefore.has(c)));
  const addedCustomers = new Set([...customersAfter].filter((c) => !customersBefore.has(c) && !pairedAfter.has(c)));

  const changes: AccessChange[] = [];
  for (const customer of removedCustomers) {
    const delegations = before.delegations.filter((d) => d.customer === customer);
    changes.push({
      kind: 'customer-removed', customer, details: [
        `${delegations.length} delegation${delegations.length === 1 ? '' : 's'} no longer in the input: destroy the customer's stack (cdktf destroy ${customer}) before merging, or the delegations stay live in Azure`,
      ], flags: ['customer-removed', 'access-loss'],
    });
  }
  for (const customer of addedCustomers) {
    changes.push({ kind: 'customer-added', customer, details: ['a new customer: every principal in its delegations reaches it for the first time'], flags: ['new-customer-reach'] });
  }
  for (const delegation of match.removed) {
    const flags: RiskFlag[] = removedCustomers.has(delegation.customer) ? ['customer-removed', 'access-loss'] : ['access-loss'];
    changes.push({ ...where(delegation), kind: 'delegation-removed', details: [`offer "${delegation.name}" removed: ${delegation.scopes.length} assignment${delegation.scopes.length === 1 ? '' : 's'} and ${delegation.authorizations.length} authorization${delegation.authorizations.length === 1 ? '' : 's'} go`], flags });
    for (const authorization of delegation.authorizations) changes.push(authorizationChange('authorization-removed', delegation, authorization, undefined, [], flags));
  }
  for (const delegation of match.added) {
    changes.push({ ...where(delegation), kind: 'delegation-added', details: [`offer "${delegation.name}" added: ${delegation.scopes.map((s) => s.id).join(', ')}`], flags: [] });
    for (const authorization of delegation.authorizations) changes.push(added(delegation, authorization, reachBefore));
  }
  for (const pair of match.pairs) changes.push(...pairChanges(pair, reachBefore));
  changes.push(...planChanges(before, after, match.pairs, changes));
  return { before: names.before, after: names.after, changes: sortChanges(changes, after, before) };
}

/** Per principal id, the customers it reaches (any authorization or approval right in a delegation there). */
function reach(delegations: readonly Delegation[]): Map<string, Set<string>> {
  const byPrincipal = new Map<string, Set<string>>();
  for (const delegation of delegations) {
    for (const authorization of delegation.authorizations) {
      const id = authorization.principal.id.toLowerCase();
      let customers = byPrincipal.get(id);
      if (!customers) byPrincipal.set(id, (customers = new Set()));
      customers.add(customerIdentity(delegation));
    }
  }
  return byPrincipal;
}

/** A customer across inputs: its tenant when known (keys differ between a manifest and an export), else its key. */
function customerIdentity(delegation: Delegation): string {
  return delegation.customerTenantId === '' ? `key:${delegation.customer}` : delegation.customerTenantId.toLowerCase();
}

function where(delegation: Delegation): Pick<AccessChange, 'customer' | 'subscription' | 'offer'> {
  return { customer: delegation.customer, subscription: delegation.subscriptionId, offer: delegation.offer };
}

function principalView(principal: Principal): PrincipalView {
  return { ...(principal.key !== undefined && { key: principal.key }), id: principal.id.toLowerCase(), ...(principal.displayName && { displayName: principal.displayName }) };
}

function roleView(role: RoleRef) {
  return { id: role.id.toLowerCase(), ...(role.name && { name: role.name }) };
}

function label(principal: Principal): string {
  return principal.key ?? principal.id.toLowerCase();
}

export function grantView(authorization: Authorization): GrantView {
  const delegatedRoles = authorization.delegatedRoles.map((r) => r.name ?? r.id.toLowerCase()).sort();
  const eligible = authorization.eligible;
  return {
    access: eligible ? 'eligible' : 'active',
    ...(eligible && {
      maximumActivation: eligible.maximumActivationDuration,
      requireMfa: eligible.requireMfa,
      approvers: [...new Set(eligible.approvers.map(label))].sort(),
    }),
    ...(delegatedRoles.length > 0 && { delegatedRoles }),
  };
}

function authorizationChange(kind: ChangeKind, delegation: Delegation, authorization: Authorization, before: Authorization | undefined,
  details: readonly string[], flags: readonly RiskFlag[]): AccessChange {
  const now = kind === 'authorization-removed' ? undefined : authorization;
  const then = kind === 'authorization-removed' ? authorization : before;
  return {
    ...where(delegation), kind,
    principal: principalView(authorization.principal), role: roleView(authorization.role),
    ...(then && { before: grantView(then) }), ...(now && { after: grantView(now) }),
    details, flags: orderFlags(flags),
  };
}

function added(delegation: Delegation, authorization: Authorization, reachBefore: Map<string, Set<string>>): AccessChange {
  const flags: RiskFlag[] = [];
  const role = authorization.role.id.toLowerCase();
  if (!isEligible(authorization) || PRIVILEGED.has(role) || authorization.delegatedRoles.length > 0) flags.push('escalation');
  if (!reachBefore.get(authorization.principal.id.toLowerCase())?.has(customerIdentity(delegation))) flags.push('new-customer-reach');
  return authorizationChange('authorization-added', delegation, authorization, undefined, [], flags);
}

function pairChanges({ before, after }: DelegationPair, reachBefore: Map<string, Set<string>>): AccessChange[] {
  const changes: AccessChange[] = [];
  const replacements = definitionReplacements(before, after);
  const details: string[] = [];
  if (before.name !== after.name) details.push(`offer name "${before.name}" -> "${after.name}"`);
  if (before.managingTenantId.toLowerCase() !== after.managingTenantId.toLowerCase()) details.push(`managing tenant ${before.managingTenantId} -> ${after.managingTenantId}`);
  if (before.definitionId.toLowerCase() !== after.definitionId.toLowerCase()) details.push(`definition id ${before.definitionId || '(generated)'} -> ${after.definitionId || '(generated)'}`);
  if ((before.description ?? '') !== (after.description ?? '')) details.push('description changed (updated in place)');
  if (replacements.length > 0) {
    details.push(`Terraform replaces the registration definition and its ${after.scopes.length} assignment${after.scopes.length === 1 ? '' : 's'}: the MSP loses access while the apply runs, and only an Owner in the customer's tenant can onboard again if it fails`);
    if (before.name !== after.name) details.push('with ARM, a new offer name (mspOfferName) creates a second offer beside the old one: remove the old delegation first if it keeps the same principals');
  }
  if (details.length > 0) {
    changes.push({ ...where(after), kind: 'definition-changed', details, flags: replacements.length > 0 ? ['replacement', 'access-loss'] : [], ...(replacements.length > 0 && { replacements }) });
  }
  changes.push(...scopeChanges(before, after, replacements.length > 0));
  changes.push(...authorizationChanges(before, after, reachBefore));
  return changes;
}

/** The ForceNew attributes of azurerm_lighthouse_definition that differ (the subscription is part of the match). */
function definitionReplacements(before: Delegation, after: Delegation): Replacement[] {
  const replacements: Replacement[] = [];
  const attribute = (name: string, a: string, b: string) => {
    if (a !== b) replacements.push({ resource: 'azurerm_lighthouse_definition', attribute: name, before: a, after: b });
  };
  attribute('name', before.name, after.name);
  attribute('managing_tenant_id', before.managingTenantId.toLowerCase(), after.managingTenantId.toLowerCase());
  attribute('lighthouse_definition_id', before.definitionId.toLowerCase(), after.definitionId.toLowerCase());
  return replacements;
}

function scopeChanges(before: Delegation, after: Delegation, definitionReplaced: boolean): AccessChange[] {
  const changes: AccessChange[] = [];
  const old = new Map(before.scopes.map((s) => [s.id.toLowerCase(), s]));
  const now = new Map(after.scopes.map((s) => [s.id.toLowerCase(), s]));
  for (const [id, scope] of now) {
    const previous = old.get(id);
    if (!previous) {
      changes.push({ ...where(after), scope: scope.id, kind: 'scope-added', details: [`${scopeName(scope)} delegated: every authorization of the offer now applies there`], flags: ['escalation'] });
    } else if (previous.assignmentName.toLowerCase() !== scope.assignmentName.toLowerCase() && !definitionReplaced) {
      changes.push({
        ...where(after), scope: scope.id, kind: 'assignment-replaced',
        details: [`assignment name ${previous.assignmentName} -> ${scope.assignmentName}: Terraform replaces the assignment, access is interrupted while it applies`],
        flags: ['replacement', 'access-loss'],
        replacements: [{ resource: 'azurerm_lighthouse_assignment', attribute: 'name', before: previous.assignmentName.toLowerCase(), after: scope.assignmentName.toLowerCase() }],
      });
    }
  }
  for (const [id, scope] of old) {
    if (!now.has(id)) changes.push({ ...where(after), scope: scope.id, kind: 'scope-removed', details: [`${scopeName(scope)} no longer delegated`], flags: ['access-loss'] });
  }
  return changes;
}

function scopeName(scope: DelegatedScope): string {
  return scope.kind === 'resourceGroup' ? `resource group ${scope.resourceGroup ?? scope.id}` : 'the whole subscription';
}

/** Authorizations by principal and role; an active and an eligible one of the same pair are paired by kind first. */
function authorizationChanges(before: Delegation, after: Delegation, reachBefore: Map<string, Set<string>>): AccessChange[] {
  const changes: AccessChange[] = [];
  const group = (d: Delegation) => {
    const map = new Map<string, Authorization[]>();
    for (const a of d.authorizations) {
      const key = `${a.principal.id.toLowerCase()}\u0000${a.role.id.toLowerCase()}`;
      const list = map.get(key);
      if (list) list.push(a);
      else map.set(key, [a]);
    }
    return map;
  };
  const old = group(before);
  const now = group(after);
  for (const [key, list] of now) {
    const previous = [...(old.get(key) ?? [])];
    const unpaired: Authorization[] = [];
    for (const authorization of list) {
      const same = previous.findIndex((p) => isEligible(p) === isEligible(authorization));
      if (same >= 0) changes.push(...compareAuthorizations(after, previous.splice(same, 1)[0], authorization));
      else unpaired.push(authorization);
    }
    for (const authorization of unpaired) {
      const other = previous.shift();
      if (other) changes.push(...compareAuthorizations(after, other, authorization));
      else changes.push(added(after, authorization, reachBefore));
    }
    for (const gone of previous) changes.push(authorizationChange('authorization-removed', after, gone, undefined, [], ['access-loss']));
    old.delete(key);
  }
  for (const list of old.values()) {
    for (const gone of list) changes.push(authorizationChange('authorization-removed', after, gone, undefined, [], ['access-loss']));
  }
  return changes;
}

function compareAuthorizations(delegation: Delegation, before: Authorization, after: Authorization): AccessChange[] {
  const details: string[] = [];
  const flags: RiskFlag[] = [];
  if (isEligible(before) && !isEligible(after)) {
    details.push('eligible -> active: standing access instead of just in time');
    flags.push('escalation');
  } else if (!isEligible(before) && isEligible(after)) {
    details.push('active -> eligible: just in time instead of standing access');
  }
  if (before.eligible && after.eligible) {
    const [a, b] = [before.eligible, after.eligible];
    const order = compareDurations(a.maximumActivationDuration, b.maximumActivationDuration);
    if (order !== 0) {
      details.push(`maximum activation ${a.maximumActivationDuration} -> ${b.maximumActivationDuration}`);
      if (order < 0) flags.push('activation-extended');
    }
    if (a.requireMfa && !b.requireMfa) {
      details.push('MFA no longer required on activation');
      flags.push('mfa-dropped');
    } else if (!a.requireMfa && b.requireMfa) details.push('MFA now required on activation');
    // Approvers are the same when their object ids are: a manifest names them by key, an export by id.
    const [was, is] = [approversById(a.approvers), approversById(b.approvers)];
    const removed = [...was].filter(([id]) => !is.has(id)).map(([, name]) => name).sort();
    const added = [...is].filter(([id]) => !was.has(id)).map(([, name]) => name).sort();
    if (removed.length > 0) {
      details.push(`approvers removed: ${removed.join(', ')}${is.size === 0 ? ' (activation now needs no approval)' : ''}`);
      flags.push('approvers-removed');
    }
    if (added.length > 0) details.push(`approvers added: ${added.join(', ')}`);
  }
  const [was, is] = [new Set(before.delegatedRoles.map((r) => r.id.toLowerCase())), new Set(after.delegatedRoles.map((r) => r.id.toLowerCase()))];
  const gained = after.delegatedRoles.filter((r) => !was.has(r.id.toLowerCase())).map((r) => r.name ?? r.id).sort();
  const lost = before.delegatedRoles.filter((r) => !is.has(r.id.toLowerCase())).map((r) => r.name ?? r.id).sort();
  if (gained.length > 0) {
    details.push(`delegated roles added: ${gained.join(', ')}`);
    flags.push('escalation');
  }
  if (lost.length > 0) {
    details.push(`delegated roles removed: ${lost.join(', ')}`);
    flags.push('access-loss');
  }
  if ((before.principal.displayName ?? '') !== (after.principal.displayName ?? '')) {
    details.push(`display name "${before.principal.displayName ?? ''}" -> "${after.principal.displayName ?? ''}" (updated in place)`);
  }
  if (details.length === 0) return [];
  return [authorizationChange('authorization-changed', delegation, after, before, details, flags)];
}

/** Approver labels by lower-cased object id. */
function approversById(approvers: readonly Principal[]): Map<string, string> {
  return new Map(approvers.map((p) => [p.id.toLowerCase(), label(p)]));
}

/** Negative when `a` is shorter than `b`; durations that do not parse compare as text. */
function compareDurations(a: string, b: string): number {
  const [x, y] = [parseIsoDuration(a), parseIsoDuration(b)];
  const [sx, sy] = [x && durationSeconds(x), y && durationSeconds(y)];
  if (sx !== undefined && sy !== undefined) return sx - sy;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Marketplace plans: per offer that has a plan in either Plan, a change when its version changes or when the access
 * of its delegations changes (`plan-version`: Partner Center needs a new, higher version; LH403 checks it). An offer
 * of the new Plan is the old one its delegations were paired with (keys differ between a manifest and an export),
 * else the one with its key.
 */
function planChanges(before: Plan, after: Plan, pairs: readonly DelegationPair[], changes: readonly AccessChange[]): AccessChange[] {
  const result: AccessChange[] = [];
  const oldOffers = new Map(before.offers.map((o) => [o.key, o]));
  const pairedOffer = new Map<string, string>();
  for (const pair of pairs) if (!pairedOffer.has(pair.after.offer)) pairedOffer.set(pair.after.offer, pair.before.offer);
  const accessChanged = new Set(changes.filter((c) => c.kind.startsWith('authorization-') && c.offer !== undefined).map((c) => c.offer!));
  for (const offer of after.offers) {
    const previous = oldOffers.get(pairedOffer.get(offer.key) ?? offer.key);
    const [was, is] = [previous?.plan, offer.plan];
    if (!was && !is) continue;
    const details: string[] = [];
    const flags: RiskFlag[] = [];
    if (was && is && was.version !== is.version) details.push(`plan ${is.name} version ${was.version} -> ${is.version}`);
    if (!was && is) details.push(`now sold as Marketplace plan ${is.name} ${is.version}`);
    if (was && !is) details.push(`no longer bound to Marketplace plan ${was.name}`);
    if (accessChanged.has(offer.key) && was && is) {
      const increased = compareVersions(is.version, was.version) > 0;
      details.push(increased ? `authorizations changed: publish plan version ${is.version} in Partner Center` : `authorizations changed but plan version ${is.version} is not higher than ${was.version}: increase it (LH403)`);
      flags.push('plan-version');
    }
    if (details.length > 0) result.push({ kind: 'plan-changed', offer: offer.key, details, flags });
  }
  return result;
}

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a === b ? 0 : a < b ? -1 : 1;
}

function orderFlags(flags: readonly RiskFlag[]): RiskFlag[] {
  return RISK_FLAGS.filter((flag) => flags.includes(flag));
}

const KIND_ORDER: readonly ChangeKind[] = [
  'customer-removed', 'customer-added', 'delegation-removed', 'delegation-added', 'definition-changed', 'scope-removed', 'scope-added',
  'assignment-replaced', 'authorization-removed', 'authorization-added', 'authorization-changed', 'plan-changed',
];

/** Customers in the new Plan's order, then those only the old Plan has; offer-wide changes last. */
function sortChanges(changes: AccessChange[], after: Plan, before: Plan): AccessChange[] {
  const order = new Map<string, number>();
  for (const c of [...after.customers, ...before.customers]) if (!order.has(c.key)) order.set(c.key, order.size);
  for (const d of [...after.delegations, ...before.delegations]) if (!order.has(d.customer)) order.set(d.customer, order.size);
  const text = (a: string | undefined, b: string | undefined) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
  return changes.map((change) => ({ ...change, flags: orderFlags(change.flags) })).sort((a, b) =>
    (a.customer === undefined ? 1 : 0) - (b.customer === undefined ? 1 : 0)
    || (order.get(a.customer ?? '') ?? 0) - (order.get(b.customer ?? '') ?? 0)
    || text(a.subscription?.toLowerCase(), b.subscription?.toLowerCase())
    || text(a.offer, b.offer)
    || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
    || text(a.scope?.toLowerCase(), b.scope?.toLowerCase())
    || text(a.principal && (a.principal.key ?? a.principal.id), b.principal && (b.principal.key ?? b.principal.id))
    || text(a.role?.name ?? a.role?.id, b.role?.name ?? b.role?.id)
    || text(a.after?.access ?? a.before?.access, b.after?.access ?? b.before?.access));
}
