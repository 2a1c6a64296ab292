import { Authorization, isEligible } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { isUserAccessAdministrator } from './role-checks';

/** An active User Access Administrator authorization without delegatedRoleDefinitionIds. */
export const LH105_UaaWithoutDelegatedRoles: Rule = {
  id: 'LH105',
  pack: 'service',
  title: 'User Access Administrator without delegatedRoleDefinitionIds',
  defaultLevel: 'error',
  rationale:
    'Azure Lighthouse accepts User Access Administrator only to assign roles to managed identities in the customer '
    + 'tenant (DeployIfNotExists / Modify policy remediation), and then delegatedRoleDefinitionIds must list the roles it '
    + 'may assign. Eligible User Access Administrator is LH108\'s finding.',
  fix: 'Add `delegatedRoles: [...]` with the built-in roles the principal may assign to managed identities, or use another role.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => !isEligible(authorization) && isUserAccessAdministrator(authorization.role) && authorization.delegatedRoles.length === 0;
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      yield {
        message: `${roleText(authorization.role)} is granted to ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} without delegatedRoles: `
          + 'Azure Lighthouse accepts it only with delegatedRoleDefinitionIds, the roles it may assign to managed identities',
        subject: { kind: 'authorization', delegation, authorization },
        location: authorization.role.source,
      };
    }
  },
};
