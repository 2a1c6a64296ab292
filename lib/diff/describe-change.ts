import { AccessChange, GrantView, PrincipalView, RoleView } from './change';

/*
 * How a change reads, shared by the text, Markdown and HTML renderings: one line per change, role names with their
 * GUIDs, principals by display name and key.
 */

export function principalText(principal: PrincipalView): string {
  const key = principal.key ?? principal.id;
  return principal.displayName && principal.displayName !== key ? `"${principal.displayName}" (${key})` : `"${key}"`;
}

export function roleText(role: RoleView): string {
  return role.name ? `${role.name} (${role.id})` : role.id;
}

export function grantText(grant: GrantView): string {
  const parts: string[] = [grant.access];
  if (grant.access === 'eligible') {
    parts.push(`max ${grant.maximumActivation}`, grant.requireMfa ? 'MFA' : 'no MFA', grant.approvers && grant.approvers.length > 0 ? `approvers ${grant.approvers.join(', ')}` : 'no approvers');
  }
  if (grant.delegatedRoles) parts.push(`may assign ${grant.delegatedRoles.join(', ')}`);
  return parts.join(', ');
}

/** `+`, `-`, `~` or `!` (a replacement). */
export function changeSymbol(change: AccessChange): string {
  if (change.flags.includes('replacement')) return '!';
  if (change.kind.endsWith('-added')) return '+';
  if (change.kind.endsWith('-removed')) return '-';
  return '~';
}

/** The change as one sentence, without where it is (the renderings group by customer, subscription and scope). */
export function changeText(change: AccessChange): string {
  switch (change.kind) {
    case 'authorization-added':
      return `${roleText(change.role!)} for ${principalText(change.principal!)} (${grantText(change.after!)})`;
    case 'authorization-removed':
      return `${roleText(change.role!)} for ${principalText(change.principal!)} removed (was ${grantText(change.before!)})`;
    case 'authorization-changed':
      return `${roleText(change.role!)} for ${principalText(change.principal!)}: ${change.details.join('; ')}`;
    case 'customer-added':
      return `customer ${change.customer} added`;
    case 'customer-removed':
      return `customer ${change.customer} removed: ${change.details.join('; ')}`;
    case 'plan-changed':
      return `offer ${change.offer}: ${change.details.join('; ')}`;
    default:
      return change.details.join('; ');
  }
}

/** `[escalation, new-customer-reach]`, or '' without flags. */
export function flagsText(change: AccessChange): string {
  return change.flags.length === 0 ? '' : `[${change.flags.join(', ')}]`;
}
