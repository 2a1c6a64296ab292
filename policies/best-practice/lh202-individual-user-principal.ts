import { Authorization } from '../../lib/model/plan';
import { describeGrants, describePrincipal, where } from '../../lib/policy/describe';
import { delegationsWithFinds, principalsIn } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** LH202: authorizations should go to security groups (or service principals for automation), not to individual users. */
export const LH202_IndividualUserPrincipal: Rule = {
  id: 'LH202',
  pack: 'best-practice',
  title: 'An individual user as principal',
  defaultLevel: 'warning',
  rationale:
    'Authorizations are fixed in the registration definition: access granted to a user changes only by redeploying every delegation (or republishing the Marketplace plan), and it stays when the person changes jobs. Granting a security group lets membership changes take effect without touching the customer.',
  fix: 'Create a security group in the managing tenant, add the user to it, and grant the roles to the group instead of the user (review its membership regularly).',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const usersIn = (list: readonly Authorization[]) => principalsIn(list).filter(({ principal }) => principal.type === 'user');
    for (const [delegation, users] of delegationsWithFinds(plan, usersIn)) {
      for (const { principal, authorizations } of users) {
        yield {
          message: `${describePrincipal(principal)} is an individual user granted ${describeGrants(authorizations)} in ${where(plan, delegation)}: grant the roles to a security group so that membership changes need no redeploy`,
          subject: { kind: 'principal', principal, delegation },
          location: authorizations[0].source ?? principal.source ?? delegation.source,
        };
      }
    }
  },
};
