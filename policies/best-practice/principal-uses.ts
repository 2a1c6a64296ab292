import { SourceLocation } from '../../lib/model/location';
import { Authorization, Plan, Principal } from '../../lib/model/plan';
import { compareStrings, describePrincipal, listNames } from '../../lib/policy/describe';
import { delegationsWithFinds } from '../../lib/policy/plan-walk';
import { FindingDraft } from '../../lib/policy/rule';

/** One principal (by object id) and where a Plan uses it, for rules that report a principal once (LH206, LH210). */
export interface PrincipalUse {
  readonly principal: Principal;
  /** Customer keys, sorted. */
  readonly customers: readonly string[];
  /** It is an authorization's principal somewhere (not only an approver). */
  readonly grantee: boolean;
  /** The authorization that uses it first, in Plan order. */
  readonly firstUse?: SourceLocation;
}

/** Every principal and approver of the Plan's delegations that `wanted` selects, once per object id (in order of first use by authorization list). */
export function principalUses(plan: Plan, wanted: (principal: Principal) => boolean): PrincipalUse[] {
  const uses = new Map<string, { principal: Principal; customers: Set<string>; grantee: boolean; firstUse?: SourceLocation }>();
  const note = (principal: Principal, customer: string, grantee: boolean, use: SourceLocation | undefined) => {
    const id = principal.id.toLowerCase();
    let entry = uses.get(id);
    if (!entry) uses.set(id, (entry = { principal, customers: new Set(), grantee: false, ...(use && { firstUse: use }) }));
    entry.customers.add(customer);
    entry.grantee ||= grantee;
  };
  // Each distinct authorization list is searched once; only delegations whose list names a wanted principal are walked.
  const usesIn = (list: readonly Authorization[]) => {
    const found: Array<readonly [Principal, boolean, SourceLocation | undefined]> = [];
    for (const authorization of list) {
      if (wanted(authorization.principal)) found.push([authorization.principal, true, authorization.source]);
      for (const approver of authorization.eligible?.approvers ?? []) if (wanted(approver)) found.push([approver, false, authorization.source]);
    }
    return found;
  };
  for (const [delegation, found] of delegationsWithFinds(plan, usesIn)) {
    for (const [principal, grantee, source] of found) note(principal, delegation.customer, grantee, source);
  }
  return [...uses.values()].map(({ customers, ...use }) => ({ ...use, customers: [...customers].sort(compareStrings) }));
}

/** `"Ops" (ops) (3333…)` when the principal has a key (a manifest), else as describePrincipal names it. */
export function principalWithId(principal: Principal): string {
  return `${describePrincipal(principal)}${principal.key ? ` (${principal.id})` : ''}`;
}

/** `used in customer a` / `used in customers a, b`. */
export function usedIn(use: PrincipalUse): string {
  return `used in customer${use.customers.length === 1 ? '' : 's'} ${listNames(use.customers)}`;
}

/** A finding about the principal of `use`: its subject spans the customers, located at its entry or first use. */
export function principalFinding(use: PrincipalUse, message: string): FindingDraft {
  const location = use.principal.source ?? use.firstUse;
  return { message, subject: { kind: 'principal', principal: use.principal, customers: use.customers }, ...(location && { location }) };
}
