import { Authorization } from '../../lib/model/plan';
import { describePrincipal, grantText, roleText, where } from '../../lib/policy/describe';
import { resolveRoleIds, rolesParameter } from '../../lib/policy/parameters';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { isOwner } from './role-checks';

/** LH101's parameter: the organisation's own deny list, reported as Owner is. */
export const FORBIDDEN_ROLES = rolesParameter('forbiddenRoles', 'Roles (names or GUIDs) the organisation forbids, in addition to Owner.');

/** Owner in an active or eligible authorization, and the roles the organisation forbids (parameters.forbiddenRoles). */
export const LH101_OwnerRole: Rule = {
  id: 'LH101',
  pack: 'service',
  title: 'Owner, or a role the policy forbids',
  defaultLevel: 'error',
  rationale:
    'Azure Lighthouse does not support the Owner role (8e3af657-a8ff-443c-a75c-2fe8c4bcb635) in authorizations, active or eligible: '
    + 'the registration definition is rejected at deploy time. The roles the policy lists in parameters.forbiddenRoles '
    + '(names or GUIDs) are reported the same way, as the organisation\'s own deny list. A delegated Owner '
    + '(delegatedRoleDefinitionIds) is LH107\'s finding.',
  fix: 'Grant the narrowest built-in role that does the job instead (e.g. Contributor, ideally eligible with approval); '
    + 'for a role forbidden by the policy, choose another role or change the policy file.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
  parameters: [FORBIDDEN_ROLES],
  *check({ plan, roles, parameter }: RuleContext): Iterable<FindingDraft> {
    const forbidden = resolveRoleIds(parameter(FORBIDDEN_ROLES), roles);
    const flagged = (authorization: Authorization) => isOwner(authorization.role) || forbidden.has(authorization.role.id.trim().toLowerCase());
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const role = authorization.role;
      const what = `${roleText(role)} is ${grantText(authorization)} to ${describePrincipal(authorization.principal)} in ${where(plan, delegation)}`;
      const subject = { kind: 'authorization', delegation, authorization } as const;
      if (isOwner(role)) {
        yield { message: `${what}: Azure Lighthouse does not support Owner`, subject, location: role.source };
      } else if (forbidden.has(role.id.trim().toLowerCase())) {
        yield { message: `${what}: the role is forbidden by the policy (parameters.forbiddenRoles)`, subject, location: role.source };
      }
    }
  },
};
