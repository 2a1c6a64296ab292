import { SourceLocation } from '../../lib/model/location';
import { Plan, Principal } from '../../lib/model/plan';
import { compareStrings, describePrincipal, listNames } from '../../lib/policy/describe';
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

/** Every principal and approver of the Plan's delegations that `wanted` selects, once per object id, in Plan order. */
export function principalUses(plan: Plan, wanted: (principal: Principal) => boolean): PrincipalUse[] {
  const uses = new Map<string, { principal: Principal; customers: Set<string>; grantee: boolean; firstUse?: SourceLocation }>();
  const note = (principal: Principal, customer: string, grantee: boolean, use: SourceLocation | undefined) => {
    if (!wanted(principal)) return;
    const id = principal.id.toLowerCase();
    let entry = uses.get(id);
    if (!entry) uses.set(id, (entry = { principal, customers: new Set(), grantee: false, ...(use && { firstUse: use }) }));
    entry.customers.add(customer);
    entry.grantee ||= grantee;
  };
  for (const delegation of plan.delegations) {
    for (const authorization of delegation.authorizations) {
      note(authorization.principal, delegation.customer, true, authorization.source);
      for (const approver of authorization.eligible?.approvers ?? []) note(approver, delegation.customer, false, authorization.source);
    }
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
