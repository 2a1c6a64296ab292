import { Authorization, RoleRef } from '../../lib/model/plan';
import { describePrincipal, grantText, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { isUnknownRoleGuid } from './role-checks';

/** A role GUID (active, eligible or delegated) that is not in the built-in role catalog. */
export const LH102_NotBuiltInRole: Rule = {
  id: 'LH102',
  pack: 'service',
  title: 'Role is not an Azure built-in role',
  defaultLevel: 'error',
  rationale:
    'Azure Lighthouse supports Azure built-in roles only; custom roles and classic subscription administrator roles are '
    + 'rejected. A role GUID that the role catalog does not know is a custom role, a role removed from Azure, or a typo. '
    + 'This rule reports it wherever it appears: active, eligible, or delegated (delegatedRoleDefinitionIds), so LH107 '
    + 'does not report a delegated role for not being built in. Ids that are not GUIDs at all are LH115\'s finding.',
  fix: 'Use a built-in role GUID or name (`az role definition list --query "[?roleType==\'BuiltInRole\']"`); '
    + 'if the role is new, check with a fresh role dump (--roles).',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
  *check({ plan, roles }: RuleContext): Iterable<FindingDraft> {
    const catalog = roles.description;
    const unknown = (role: RoleRef) => isUnknownRoleGuid(roles, role);
    const flagged = (authorization: Authorization) => unknown(authorization.role) || authorization.delegatedRoles.some(unknown);
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const who = `${describePrincipal(authorization.principal)} in ${where(plan, delegation)}`;
      if (isUnknownRoleGuid(roles, authorization.role)) {
        yield {
          message: `role ${roleText(authorization.role)} ${grantText(authorization)} to ${who} is not an Azure built-in role (not in ${catalog}): Azure Lighthouse supports built-in roles only`,
          subject: { kind: 'authorization', delegation, authorization },
          location: authorization.role.source,
        };
      }
      for (const delegatedRole of authorization.delegatedRoles) {
        if (!isUnknownRoleGuid(roles, delegatedRole)) continue;
        yield {
          message: `delegated role ${roleText(delegatedRole)} of ${roleText(authorization.role)} ${grantText(authorization)} to ${who} is not an Azure built-in role (not in ${catalog}): Azure Lighthouse supports built-in roles only`,
          subject: { kind: 'authorization', delegation, authorization, delegatedRole },
        };
      }
    }
  },
};
