import { Authorization, Delegation, Principal, RoleRef } from '../../lib/model/plan';
import { SourceLocation } from '../../lib/model/location';
import { principalLabel, roleLabel } from '../../lib/policy/plan-walk';
import { FindingDraft } from '../../lib/policy/rule';

/** `Contributor (b24988ac-…)` when the role has a name, else the bare GUID. */
export function describeRole(role: RoleRef): string {
  return role.name ? `${role.name} (${role.id})` : role.id;
}

/** Roles as messages list them: `Reader, Contributor (eligible)`. */
export function describeGrants(authorizations: readonly Authorization[]): string {
  return authorizations.map((a) => `${roleLabel(a.role)}${a.eligible ? ' (eligible)' : ''}`).join(', ');
}

/** One principal's authorizations in one delegation, in manifest order. */
export interface PrincipalInDelegation {
  readonly principal: Principal;
  readonly authorizations: readonly Authorization[];
}

/** The principals of a delegation's authorizations, grouped by object id (case-insensitive), first use first. */
export function principalsOf(delegation: Delegation): PrincipalInDelegation[] {
  const byId = new Map<string, { principal: Principal; authorizations: Authorization[] }>();
  for (const authorization of delegation.authorizations) {
    const id = (authorization.principal?.id ?? '').toLowerCase();
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { principal: authorization.principal, authorizations: [] }));
    entry.authorizations.push(authorization);
  }
  return [...byId.values()];
}

/**
 * A finding about one principal in one delegation (reported once per delegation and principal, whatever
 * its number of authorizations there). The offer key tells two delegations of one subscription apart.
 */
export function principalInDelegationFinding(
  delegation: Delegation, principal: Principal, message: string, location: SourceLocation | undefined,
): FindingDraft {
  return {
    message,
    ...(location && { location }),
    customer: delegation.customer,
    subscription: delegation.subscriptionId,
    principal: principalLabel(principal),
    discriminator: delegation.offer,
  };
}
