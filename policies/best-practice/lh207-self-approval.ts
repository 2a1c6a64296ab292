import { Authorization } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** LH207: an eligible authorization whose own principal is among its approvers. */
export const LH207_SelfApproval: Rule = {
  id: 'LH207',
  pack: 'best-practice',
  title: 'An eligible authorization whose own principal is among its approvers',
  defaultLevel: 'warning',
  rationale:
    'Approvers cannot approve their own activation requests. When the eligible principal is itself an approver, approval is '
    + 'at best peer approval inside one group (its members approve each other) and at worst impossible (a one-member group, '
    + 'or a user who is the only approver): the four-eyes check that approval is meant to add is missing.',
  fix: 'Name a different group as approver (for example the security leads), not the principal that activates the role.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const selfApprover = (authorization: Authorization) => {
      const principalId = authorization.principal.id.toLowerCase();
      return authorization.eligible?.approvers.find((a) => a.id.toLowerCase() === principalId);
    };
    for (const { delegation, authorization } of authorizationsWhere(plan, (authorization) => selfApprover(authorization) !== undefined)) {
      const approver = selfApprover(authorization)!;
      const type = authorization.principal.type;
      const kind = type === 'user' ? 'a user cannot approve their own request, so nobody else can approve it unless there are other approvers'
        : type === undefined
          ? 'approvers cannot approve their own requests: a user would leave nobody else to approve, a group\'s members approve each other at best (its type is unknown, LH210)'
          : 'approvers cannot approve their own requests: members of the group approve each other at best';
      yield {
        message: `${describePrincipal(authorization.principal)} is an approver of its own eligible ${roleText(authorization.role)} authorization in ${where(plan, delegation)}: ${kind}`,
        subject: { kind: 'authorization', delegation, authorization, approver },
        location: authorization.source,
      };
    }
  },
};
