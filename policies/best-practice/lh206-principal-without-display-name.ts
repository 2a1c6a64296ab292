import { SourceLocation } from '../../lib/model/location';
import { Authorization, Delegation, Principal } from '../../lib/model/plan';
import { describePrincipal, where } from '../../lib/policy/describe';
import { delegationsWithFinds } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/**
 * LH206: every principal and approver of a delegation should have a display name
 * (`principalIdDisplayName`); without one the customer sees a bare object id.
 */
export const LH206_PrincipalWithoutDisplayName: Rule = {
  id: 'LH206',
  pack: 'best-practice',
  title: 'Principal without a display name',
  defaultLevel: 'info',
  rationale:
    '`principalIdDisplayName` is the friendly name the customer sees for a managing-tenant principal; without it the customer\'s Service providers page shows a bare object id it cannot recognise or review.',
  fix: 'Give the principal a `displayName` (the name of the group, user or service principal in the managing tenant).',
  helpUri: 'https://github.com/Azure/azure-rest-api-specs/blob/main/specification/managedservices/resource-manager/Microsoft.ManagedServices/stable/2022-10-01/managedservices.json',
  source: 'specs:ManagedServices/stable/2022-10-01/managedservices.json',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    // The principals without a display name, once per authorization list: each first use, as principal or approver.
    const unnamedIn = (list: readonly Authorization[]) => {
      const seen = new Set<string>();
      const found: Array<{ readonly principal: Principal; readonly role: 'Principal' | 'Approver'; readonly usedAt: SourceLocation | undefined }> = [];
      const note = (principal: Principal, role: 'Principal' | 'Approver', usedAt: SourceLocation | undefined) => {
        const id = principal.id.toLowerCase();
        if (seen.has(id)) return;
        seen.add(id);
        if (principal.displayName === undefined || principal.displayName.trim() === '') found.push({ principal, role, usedAt });
      };
      for (const authorization of list) {
        note(authorization.principal, 'Principal', authorization.source);
        for (const approver of authorization.eligible?.approvers ?? []) note(approver, 'Approver', authorization.source);
      }
      return found;
    };
    const finding = (principal: Principal, role: 'Principal' | 'Approver', usedAt: SourceLocation | undefined, d: Delegation): FindingDraft => {
      const who = principal.key !== undefined ? `${describePrincipal(principal)} (${principal.id})` : describePrincipal(principal);
      const location = principal.source ?? usedAt ?? d.source;
      return {
        message: `${role} ${who} in ${where(plan, d)} has no display name: the customer sees a bare object id`,
        subject: { kind: 'principal', principal, delegation: d },
        ...(location && { location }),
      };
    };
    for (const [delegation, unnamed] of delegationsWithFinds(plan, unnamedIn)) {
      for (const { principal, role, usedAt } of unnamed) yield finding(principal, role, usedAt, delegation);
    }
  },
};
