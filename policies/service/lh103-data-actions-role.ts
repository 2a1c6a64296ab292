import { Authorization, RoleRef } from '../../lib/model/plan';
import { describePrincipal, grantText, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { builtInRole, dataActionKinds } from './role-checks';

/** A role with DataActions or NotDataActions, wherever it appears in a definition: active, eligible or delegated. */
export const LH103_DataActionsRole: Rule = {
  id: 'LH103',
  pack: 'service',
  title: 'Role has DataActions or NotDataActions',
  defaultLevel: 'error',
  rationale:
    'Azure Lighthouse accepts only built-in roles without any DataActions and NotDataActions; the service error reads '
    + '"Only built in role definitions without any data and notData actions are allowed". It rejects the definition whether '
    + 'the role is granted active, eligible, or listed in a User Access Administrator\'s delegatedRoleDefinitionIds '
    + '(Azure/Azure-Lighthouse-samples#137 is the delegated case: the stock samples delegate Log Analytics Contributor, '
    + 'which gained a DataAction in 2025). This rule therefore reports such a role wherever it appears, and LH107 reports '
    + 'only the other problems of delegated roles, so one problem never yields two findings. Roles change over time: the '
    + 'check uses the role catalog (shipped snapshot, or a fresh dump given with --roles).',
  fix: 'Choose a built-in role without DataActions (e.g. Contributor or Monitoring Contributor instead of Log Analytics '
    + 'Contributor), or remove the role; re-check against a fresh role dump (--roles) before deploying.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06 ; Azure/Azure-Lighthouse-samples#137',
  *check({ plan, roles }: RuleContext): Iterable<FindingDraft> {
    const reason = `Azure Lighthouse rejects roles with DataActions or NotDataActions (${roles.description})`;
    const withDataActions = (role: RoleRef) => dataActionKinds(builtInRole(roles, role)) !== undefined;
    const flagged = (authorization: Authorization) => withDataActions(authorization.role) || authorization.delegatedRoles.some(withDataActions);
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const who = `${describePrincipal(authorization.principal)} in ${where(plan, delegation)}`;
      const kinds = dataActionKinds(builtInRole(roles, authorization.role));
      if (kinds) {
        yield {
          message: `${roleText(authorization.role)} ${grantText(authorization)} to ${who} has ${kinds}: ${reason}`,
          subject: { kind: 'authorization', delegation, authorization },
          location: authorization.role.source,
        };
      }
      for (const delegatedRole of authorization.delegatedRoles) {
        const delegatedKinds = dataActionKinds(builtInRole(roles, delegatedRole));
        if (!delegatedKinds) continue;
        yield {
          message: `delegated role ${roleText(delegatedRole)} of ${roleText(authorization.role)} ${grantText(authorization)} to ${who} has ${delegatedKinds}: ${reason}`,
          subject: { kind: 'authorization', delegation, authorization, delegatedRole },
        };
      }
    }
  },
};
