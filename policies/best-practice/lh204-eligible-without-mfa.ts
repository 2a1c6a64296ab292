import { Authorization } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** LH204: activating an eligible authorization should require Entra MFA (`multiFactorAuthProvider: Azure`). */
export const LH204_EligibleWithoutMfa: Rule = {
  id: 'LH204',
  pack: 'best-practice',
  title: 'Eligible authorization that does not require MFA',
  defaultLevel: 'warning',
  rationale:
    'Without MFA on activation (`multiFactorAuthProvider: None`), a stolen password or token of an eligible principal is enough to elevate into the customer; Microsoft recommends requiring MFA for every managing-tenant user.',
  fix: 'Set `requireMfa: true` (or leave it out: true is the default) on the eligible authorization, which deploys `multiFactorAuthProvider: Azure`.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/recommended-security-practices',
  source: 'azure-docs:articles/lighthouse/concepts/recommended-security-practices.md@2022-11-28',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => authorization.eligible !== undefined && !authorization.eligible.requireMfa;
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      yield {
        message: `Eligible ${roleText(authorization.role)} for ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} can be activated without MFA: set requireMfa: true`,
        subject: { kind: 'authorization', delegation, authorization },
      };
    }
  },
};
