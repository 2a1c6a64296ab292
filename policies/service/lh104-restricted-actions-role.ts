import { Authorization } from '../../lib/model/plan';
import { describePrincipal, grantText, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { builtInRole, isUserAccessAdministrator } from './role-checks';

/** An active or eligible role that grants a restricted Microsoft.Authorization action (User Access Administrator excepted). */
export const LH104_RestrictedActionsRole: Rule = {
  id: 'LH104',
  pack: 'service',
  title: 'Role contains a restricted Microsoft.Authorization action',
  defaultLevel: 'error',
  rationale:
    'Azure Lighthouse rejects roles whose actions include Microsoft.Authorization/* or the write/delete actions on role '
    + 'assignments, role definitions, classic administrators, locks or deny assignments (e.g. Role Based Access Control '
    + 'Administrator, Locks Contributor): "not allowed for registration definition ... because of restricted actions". '
    + 'User Access Administrator is the exception: it is accepted with delegatedRoleDefinitionIds (LH105 and LH108 check '
    + 'how it is used). Delegated roles with restricted actions are LH107\'s finding.',
  fix: 'Choose a built-in role without those actions; to let automation assign roles to managed identities, use User '
    + 'Access Administrator with delegatedRoles instead.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
  *check({ plan, roles }: RuleContext): Iterable<FindingDraft> {
    const restrictedOf = (authorization: Authorization) => builtInRole(roles, authorization.role)?.restrictedActions ?? [];
    const flagged = (authorization: Authorization) => !isUserAccessAdministrator(authorization.role) && restrictedOf(authorization).length > 0;
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const restricted = restrictedOf(authorization);
      yield {
        message: `${roleText(authorization.role)} ${grantText(authorization)} to ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} `
          + `contains the restricted action${restricted.length > 1 ? 's' : ''} ${restricted.join(', ')}: Azure Lighthouse rejects roles that can change role assignments, role definitions, locks or deny assignments`,
        subject: { kind: 'authorization', delegation, authorization },
        location: authorization.role.source,
      };
    }
  },
};
