import { Authorization, isEligible } from '../../lib/model/plan';
import { where } from '../../lib/policy/describe';
import { delegationsWithFinds } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { WELL_KNOWN_ROLES } from '../../lib/roles/restricted-actions';

const DELETE_ROLE = WELL_KNOWN_ROLES.registrationAssignmentDelete;

/**
 * LH201: every registration definition should grant Managed Services Registration assignment Delete Role
 * permanently to someone in the managing tenant; without it only the customer can remove the delegation.
 */
export const LH201_NoRegistrationDeleteRole: Rule = {
  id: 'LH201',
  pack: 'best-practice',
  title: 'No authorization with Managed Services Registration assignment Delete Role',
  defaultLevel: 'warning',
  rationale:
    'Only principals granted Managed Services Registration assignment Delete Role (91c1777a-f3dc-4fae-b103-61d183457e46) at onboarding can remove a delegation from the managing tenant; without one, the provider cannot remove its own access when a contract ends and must ask the customer to do it.',
  fix: 'Add an active authorization with role "Managed Services Registration assignment Delete Role" for a group of the managing tenant (e.g. the one that already has Reader) to every offer.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const withoutDeleteRole = (list: readonly Authorization[]) => (list.some((a) => !isEligible(a) && a.role.id.toLowerCase() === DELETE_ROLE) ? [] : [list]);
    for (const [delegation] of delegationsWithFinds(plan, withoutDeleteRole)) {
      yield {
        message: `Offer ${delegation.offer} in ${where(plan, delegation, { offerNamed: true })} has no active authorization with Managed Services Registration assignment Delete Role (${DELETE_ROLE}): the provider cannot remove its own access, only the customer can`,
        subject: { kind: 'delegation', delegation },
      };
    }
  },
};
