import { Authorization } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { resolveRoleIds, rolesParameter } from '../../lib/policy/parameters';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { WELL_KNOWN_ROLES } from '../../lib/roles/restricted-actions';
import { MUST_BE_ELIGIBLE_ROLES } from './lh203-privileged-role-not-eligible';

/** LH208's own parameter: roles that need approval although they need not be eligible (LH203's list is included). */
export const APPROVAL_REQUIRED_ROLES = rolesParameter('approvalRequiredRoles',
  'Roles (names or GUIDs) whose eligible authorizations need approvers, in addition to Contributor and mustBeEligibleRoles.');

/**
 * LH208: a privileged eligible authorization (Contributor, the roles LH203 treats as privileged, and the roles the
 * policy adds) without approvers: activation is immediate.
 */
export const LH208_PrivilegedEligibleWithoutApprovers: Rule = {
  id: 'LH208',
  pack: 'best-practice',
  title: 'A privileged eligible role without approvers',
  defaultLevel: 'warning',
  rationale:
    'Without approvers, activating an eligible authorization is immediate: just-in-time access then adds MFA and a time limit, '
    + 'but nobody reviews why a principal elevates to a privileged role on a customer. Microsoft recommends approval for '
    + 'highly privileged roles.',
  fix: 'Add approvers to the eligible authorization (a security group other than the eligible principal, at most 10).',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  parameters: [MUST_BE_ELIGIBLE_ROLES, APPROVAL_REQUIRED_ROLES],
  *check({ plan, roles, parameter }: RuleContext): Iterable<FindingDraft> {
    const privileged = resolveRoleIds([...parameter(MUST_BE_ELIGIBLE_ROLES), ...parameter(APPROVAL_REQUIRED_ROLES)], roles);
    privileged.add(WELL_KNOWN_ROLES.contributor);
    const flagged = (authorization: Authorization) => authorization.eligible !== undefined && authorization.eligible.approvers.length === 0
      && privileged.has(authorization.role.id.toLowerCase());
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      yield {
        message: `the eligible ${roleText(authorization.role)} authorization of ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} `
          + 'has no approvers: activation is immediate, nobody reviews the elevation',
        subject: { kind: 'authorization', delegation, authorization },
      };
    }
  },
};
