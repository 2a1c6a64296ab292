import { Authorization, isEligible } from '../../lib/model/plan';
import { describePrincipal, grantText, roleLabel, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { isUserAccessAdministrator } from './role-checks';

/** delegatedRoleDefinitionIds on an active role other than User Access Administrator, or on any eligible authorization. */
export const LH106_DelegatedRolesNotUaa: Rule = {
  id: 'LH106',
  pack: 'service',
  title: 'DelegatedRoleDefinitionIds on a role other than User Access Administrator',
  defaultLevel: 'error',
  rationale:
    'delegatedRoleDefinitionIds is defined for User Access Administrator only: it lists the roles that role may assign '
    + 'to managed identities (derived: the field has no meaning on any other role). Eligible authorizations cannot have '
    + 'delegated roles at all, whatever their role.',
  fix: 'Remove `delegatedRoles` from this authorization, or grant User Access Administrator (active) with those delegated roles instead.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/onboard-customer',
  source: 'specs:.../2022-10-01 ; azure-docs:articles/lighthouse/how-to/onboard-customer.md@2023-05-04 ; azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => authorization.delegatedRoles.length > 0 && (isEligible(authorization) || !isUserAccessAdministrator(authorization.role));
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const delegated = authorization.delegatedRoles;
      const eligible = isEligible(authorization);
      const reason = eligible
        ? 'eligible authorizations cannot have delegatedRoleDefinitionIds'
        : 'only User Access Administrator takes delegatedRoleDefinitionIds';
      yield {
        message: `${roleText(authorization.role)} ${grantText(authorization)} to ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} `
          + `has delegatedRoles (${delegated.map(roleLabel).join(', ')}): ${reason}`,
        subject: { kind: 'authorization', delegation, authorization },
        location: delegated[0].source ?? authorization.source,
      };
    }
  },
};
