import { Authorization } from '../../lib/model/plan';
import { describePrincipal, grantText, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { delegatedRoleProblems } from './role-checks';

/** A delegated role (delegatedRoleDefinitionIds) that is Owner, User Access Administrator, or has restricted actions. */
export const LH107_DelegatedRoleNotAllowed: Rule = {
  id: 'LH107',
  pack: 'service',
  title: 'A delegated role is itself not allowed',
  defaultLevel: 'error',
  rationale:
    'delegatedRoleDefinitionIds may contain any Lighthouse-supported built-in role except User Access Administrator or '
    + 'Owner; a role that Lighthouse does not support in an authorization is not supported there either. This rule reports '
    + 'delegated Owner, User Access Administrator and roles with restricted Microsoft.Authorization actions, one finding per '
    + 'delegated role. Delegated roles with DataActions or NotDataActions are reported by LH103 (which covers them wherever '
    + 'they appear, Azure/Azure-Lighthouse-samples#137 being the delegated case) and unknown role GUIDs by LH102, so one '
    + 'problem never yields two findings.',
  fix: 'Remove the role from `delegatedRoles`, or replace it with a supported built-in role (e.g. Contributor).',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/deploy-policy-remediation',
  source: 'azure-docs:articles/lighthouse/how-to/deploy-policy-remediation.md@2026-01-20',
  *check({ plan, roles }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => authorization.delegatedRoles.some((role) => delegatedRoleProblems(roles, role).length > 0);
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      for (const delegatedRole of authorization.delegatedRoles) {
        const problems = delegatedRoleProblems(roles, delegatedRole);
        if (problems.length === 0) continue;
        yield {
          message: `delegated role ${roleText(delegatedRole)} of ${roleText(authorization.role)} ${grantText(authorization)} to ${describePrincipal(authorization.principal)} `
            + `in ${where(plan, delegation)} is not allowed: ${problems.join('; ')}`,
          subject: { kind: 'authorization', delegation, authorization, delegatedRole },
        };
      }
    }
  },
};
