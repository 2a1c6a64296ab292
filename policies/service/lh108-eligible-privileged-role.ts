import { Authorization, isEligible } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { isOwner, isUserAccessAdministrator } from './role-checks';

/** An eligible authorization with User Access Administrator or Owner. */
export const LH108_EligiblePrivilegedRole: Rule = {
  id: 'LH108',
  pack: 'service',
  title: 'Eligible authorization with User Access Administrator or Owner',
  defaultLevel: 'error',
  rationale:
    'Eligible (just-in-time) authorizations may use any Lighthouse-supported built-in role except User Access '
    + 'Administrator; the service also restricts Owner there ("InvalidRegistrationDefinitionCreateRequest: ... is restricted '
    + 'for eligible authorization ... Restricted role definitions are \'8e3af657-…;18d7d88d-…\'"). An eligible Owner is '
    + 'also LH101\'s finding (Owner is not supported at all), as the catalog lists both.',
  fix: 'Grant User Access Administrator as an active authorization with delegatedRoles, or pick another role for the eligible authorization.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06 ; MicrosoftDocs/azure-docs#80795',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => isEligible(authorization) && (isUserAccessAdministrator(authorization.role) || isOwner(authorization.role));
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      yield {
        message: `${roleText(authorization.role)} is granted as eligible to ${describePrincipal(authorization.principal)} in ${where(plan, delegation)}: `
          + 'eligible authorizations cannot use User Access Administrator or Owner',
        subject: { kind: 'authorization', delegation, authorization },
        location: authorization.role.source,
      };
    }
  },
};
