import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { principalFinding, principalUses, principalWithId, usedIn } from './principal-uses';

/**
 * LH206: every principal and approver of a delegation should have a display name (`principalIdDisplayName`);
 * without one the customer sees a bare object id. Reported once per principal, naming the customers that see it.
 */
export const LH206_PrincipalWithoutDisplayName: Rule = {
  id: 'LH206',
  pack: 'best-practice',
  title: 'Principal without a display name',
  defaultLevel: 'info',
  rationale:
    '`principalIdDisplayName` is the friendly name the customer sees for a managing-tenant principal; without it the customer\'s Service providers page shows a bare object id it cannot recognise or review.',
  fix: 'Give the principal a `displayName` (the name of the group, user or service principal in the managing tenant).',
  helpUri: 'https://github.com/Azure/azure-rest-api-specs/blob/main/specification/managedservices/resource-manager/Microsoft.ManagedServices/stable/2022-10-01/managedservices.json',
  source: 'specs:ManagedServices/stable/2022-10-01/managedservices.json',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const unnamed = (principal: { readonly displayName?: string }) => principal.displayName === undefined || principal.displayName.trim() === '';
    for (const use of principalUses(plan, unnamed)) {
      yield principalFinding(use, `${use.grantee ? 'Principal' : 'Approver'} ${principalWithId(use.principal)} has no display name (${usedIn(use)}): `
        + 'the customer sees a bare object id');
    }
  },
};
