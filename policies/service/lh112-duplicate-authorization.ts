import { formatLocation } from '../../lib/model/location';
import { Authorization, isEligible } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { delegationsWithFinds, grantKey } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/** The same principal and role twice among the active, or among the eligible, authorizations of one definition. */
export const LH112_DuplicateAuthorization: Rule = {
  id: 'LH112',
  pack: 'service',
  title: 'The same principal and role twice in one definition',
  defaultLevel: 'error',
  rationale:
    'A principal and a role identify one grant of a registration definition (derived: removing a delegation removes access '
    + 'by principalId + roleDefinitionId, and eligible authorizations of one role must share one just-in-time policy). '
    + 'Listing the pair twice among the active, or among the eligible, authorizations of one definition is at best '
    + 'redundant and at worst two conflicting policies for the same grant. It often comes from two authorization sets '
    + 'of one offer that both contain the pair. The second and later occurrences are reported.',
  fix: 'Keep one entry per principal and role in the authorization sets of the offer (or of the delegation\'s override).',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/remove-delegation',
  source: 'specs:.../2022-10-01 ; azure-docs:articles/lighthouse/how-to/remove-delegation.md@2025-09-22 ; azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const duplicatesIn = (list: readonly Authorization[]) => {
      const first = new Map<string, Authorization>();
      const duplicates: Array<{ readonly authorization: Authorization; readonly earlier: Authorization }> = [];
      for (const authorization of list) {
        const key = grantKey(authorization);
        const earlier = first.get(key);
        if (earlier) duplicates.push({ authorization, earlier });
        else first.set(key, authorization);
      }
      return duplicates;
    };
    for (const [delegation, duplicates] of delegationsWithFinds(plan, duplicatesIn)) {
      for (const { authorization, earlier } of duplicates) {
        const kind = isEligible(authorization) ? 'eligible' : 'active';
        const notes: string[] = [];
        if (earlier.authorizationSet !== undefined && authorization.authorizationSet !== undefined) {
          notes.push(earlier.authorizationSet === authorization.authorizationSet
            ? `both in authorization set ${earlier.authorizationSet}`
            : `in authorization sets ${earlier.authorizationSet} and ${authorization.authorizationSet}`);
        }
        if (earlier.source) notes.push(`first at ${formatLocation(earlier.source)}`);
        const sets = notes.length > 0 ? ` (${notes.join(', ')})` : '';
        yield {
          message: `${describePrincipal(authorization.principal)} is granted ${roleText(authorization.role)} ${kind === 'eligible' ? 'as eligible ' : ''}twice in ${where(plan, delegation)}${sets}: `
            + `a definition lists each principal and role once among its ${kind} authorizations`,
          subject: { kind: 'authorization', delegation, authorization },
        };
      }
    }
  },
};
