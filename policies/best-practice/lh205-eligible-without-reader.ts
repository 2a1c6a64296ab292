import { isEligible } from '../../lib/model/plan';
import { describePrincipal, roleLabel, where } from '../../lib/policy/describe';
import { perAuthorizationList, principalsIn } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/**
 * LH205: a principal with eligible authorizations also needs a permanent authorization with a role that
 * reads everything (Reader, or a role including it) in the same definition, or it cannot see the customer
 * under "My customers" to activate its eligible role.
 */
export const LH205_EligibleWithoutReader: Rule = {
  id: 'LH205',
  pack: 'best-practice',
  title: 'Eligible principal without a permanent Reader-level authorization',
  defaultLevel: 'warning',
  rationale:
    'Eligible roles are activated in the Azure portal from the delegation under "My customers"; a principal that holds no permanent Reader (or Reader-including) role on the delegation cannot see the customer there and so cannot elevate.',
  fix: 'Add an active authorization with Reader (or another role that reads everything) for the same principal to the same offer.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan, roles }: RuleContext): Iterable<FindingDraft> {
    const blindOf = perAuthorizationList((list) => principalsIn(list).flatMap(({ principal, authorizations }) => {
        const eligible = authorizations.filter(isEligible);
        if (eligible.length === 0) return [];
        const canSee = authorizations.some((a) => !isEligible(a) && roles.byId(a.role.id)?.readsAll === true);
        return canSee ? [] : [{ principal, eligible, names: eligible.map((a) => roleLabel(a.role)).join(', ') }];
    }));
    for (const delegation of plan.delegations) {
      for (const { principal, eligible, names } of blindOf(delegation)) {
        yield {
          message: `${describePrincipal(principal)} is eligible for ${names} in ${where(plan, delegation)} but has no permanent Reader-level authorization there: it cannot see the customer to activate the role`,
          subject: { kind: 'principal', principal, delegation },
          location: eligible[0].source ?? principal.source ?? delegation.source,
        };
      }
    }
  },
};
