import { Authorization } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

const MAX_APPROVERS = 10;

/** An eligible authorization with more than 10 approvers. */
export const LH111_TooManyApprovers: Rule = {
  id: 'LH111',
  pack: 'service',
  title: 'More than 10 approvers',
  defaultLevel: 'error',
  rationale: 'An eligible authorization may name up to 10 approvers (users or groups in the managing tenant).',
  fix: 'Put the approvers in a group and name the group as approver, keeping at most 10 approvers.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => (authorization.eligible?.approvers.length ?? 0) > MAX_APPROVERS;
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const approvers = authorization.eligible!.approvers;
      yield {
        message: `the eligible ${roleText(authorization.role)} authorization of ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} `
          + `has ${approvers.length} approvers: Azure Lighthouse allows at most ${MAX_APPROVERS}`,
        subject: { kind: 'authorization', delegation, authorization },
      };
    }
  },
};
