import { Authorization } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** An eligible authorization for a service principal, or an approver that is a service principal (type known only). */
export const LH109_EligibleServicePrincipal: Rule = {
  id: 'LH109',
  pack: 'service',
  title: 'Eligible authorization or approver that is a service principal',
  defaultLevel: 'error',
  rationale:
    'Eligible (just-in-time) authorizations are activated by a person through PIM: their principal must be a user or a '
    + 'group, and so must every approver. Service principals are not supported in either place. Only principals whose type '
    + 'the input states are checked (ARM templates do not record principal types).',
  fix: 'Give the service principal an active authorization instead, or make a user or group eligible; choose users or groups as approvers.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const flagged = (authorization: Authorization) => authorization.eligible !== undefined
      && (authorization.principal.type === 'servicePrincipal' || authorization.eligible.approvers.some((approver) => approver.type === 'servicePrincipal'));
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const eligible = authorization.eligible!;
      const grant = `the eligible ${roleText(authorization.role)} authorization of ${describePrincipal(authorization.principal)} in ${where(plan, delegation)}`;
      if (authorization.principal.type === 'servicePrincipal') {
        yield {
          message: `${describePrincipal(authorization.principal)} is a service principal and is granted ${roleText(authorization.role)} as eligible in ${where(plan, delegation)}: `
            + 'eligible authorizations take users and groups only',
          subject: { kind: 'authorization', delegation, authorization },
        };
      }
      for (const approver of eligible.approvers) {
        if (approver.type !== 'servicePrincipal') continue;
        yield {
          message: `approver ${describePrincipal(approver)} of ${grant} is a service principal: approvers must be users or groups`,
          subject: { kind: 'authorization', delegation, authorization, approver },
          location: authorization.source,
        };
      }
    }
  },
};
