import { RoleRef } from '../../lib/model/plan';
import { authorizations, describePrincipal } from '../../lib/policy/plan-walk';
import { resolveRoleIds } from '../../lib/policy/role-parameters';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { authorizationDraft, grantText, isOwner, roleText, whereText } from './role-checks';

/** Owner in an active or eligible authorization, and the roles the organisation forbids (parameters.forbiddenRoles). */
export const LH101_OwnerRole: Rule = {
  id: 'LH101',
  pack: 'service',
  title: 'Owner role is not allowed',
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
  *check({ plan, roles, parameters }: RuleContext): Iterable<FindingDraft> {
    const forbiddenIds = resolveRoleIds(parameters?.forbiddenRoles, roles);
    const forbidden = (ref: RoleRef): boolean => typeof ref.id === 'string' && forbiddenIds.has(ref.id.trim().toLowerCase());

    for (const item of authorizations(plan)) {
      const { authorization, delegation } = item;
      const role = authorization.role;
      if (!role) continue;
      const subject = `${roleText(role)} is ${grantText(authorization)} to ${describePrincipal(authorization.principal)} in ${whereText(delegation)}`;
      if (isOwner(role)) {
        yield authorizationDraft(item, `${subject}: Azure Lighthouse does not support Owner`, role.source);
      } else if (forbidden(role)) {
        yield authorizationDraft(item, `${subject}: the role is forbidden by the policy (parameters.forbiddenRoles)`, role.source);
      }
    }
  },
};
