import { isEligible } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** Eligible authorizations when the target cloud (settings.cloud) is a national cloud. */
export const LH118_EligibleNationalCloud: Rule = {
  id: 'LH118',
  pack: 'service',
  title: 'Eligible authorizations in a national cloud',
  defaultLevel: 'error',
  rationale: 'Eligible (just-in-time) authorizations are not supported in national clouds such as Azure Government or Azure China: only AzureCloud takes them.',
  fix: 'Grant the role as an active authorization in national clouds (as narrowly as possible), or remove it.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const cloud = plan.settings.cloud;
    if (cloud === 'AzureCloud') return;
    for (const { delegation, authorization } of authorizationsWhere(plan, isEligible)) {
      yield {
        message: `${roleText(authorization.role)} is granted as eligible to ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} `
          + `on ${cloud}: eligible authorizations are not supported in national clouds`,
        subject: { kind: 'authorization', delegation, authorization },
      };
    }
  },
};
