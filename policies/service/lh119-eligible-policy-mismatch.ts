import { formatLocation } from '../../lib/model/location';
import { Authorization, isEligible, JustInTimePolicy } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { durationSeconds, parseIsoDuration } from '../../lib/policy/iso-duration';
import { delegationsWithFinds } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

/**
 * LH119: within one registration definition, eligible authorizations with the same role must share one
 * just-in-time policy (maximum activation, MFA, approvers). Each authorization whose policy differs from the first
 * eligible authorization of its role is reported, saying what differs.
 */
export const LH119_EligiblePolicyMismatch: Rule = {
  id: 'LH119',
  pack: 'service',
  title: 'Eligible authorizations with one role but different just-in-time policies',
  defaultLevel: 'error',
  rationale:
    'Azure Lighthouse requires every eligible authorization of a registration definition that uses the same role to carry an '
    + 'identical justInTimeAccessPolicy (maximum activation duration, multi-factor authentication provider and approvers); '
    + 'a definition whose eligible authorizations for one role differ is rejected at deploy time.',
  fix: 'Give every eligible authorization with this role in the offer the same maxActivation, requireMfa and approvers '
    + '(for example move the shared policy into one authorization set), or grant different principals different roles.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const mismatchesIn = (list: readonly Authorization[]) => {
      const firstByRole = new Map<string, Authorization>();
      const mismatches: Array<{ readonly authorization: Authorization; readonly first: Authorization; readonly differences: string[] }> = [];
      for (const authorization of list) {
        if (!isEligible(authorization)) continue;
        const role = authorization.role.id.toLowerCase();
        const first = firstByRole.get(role);
        if (!first) {
          firstByRole.set(role, authorization);
          continue;
        }
        const differences = policyDifferences(first.eligible!, authorization.eligible!);
        if (differences.length > 0) mismatches.push({ authorization, first, differences });
      }
      return mismatches;
    };
    for (const [delegation, mismatches] of delegationsWithFinds(plan, mismatchesIn)) {
      for (const { authorization, first, differences } of mismatches) {
        const firstAt = first.source ? ` at ${formatLocation(first.source)}` : '';
        yield {
          message: `the eligible ${roleText(authorization.role)} authorization of ${describePrincipal(authorization.principal)} in ${where(plan, delegation)} `
            + `has another just-in-time policy than the one of ${describePrincipal(first.principal)}${firstAt} (${differences.join('; ')}): `
            + 'eligible authorizations with one role must share one policy',
          subject: { kind: 'authorization', delegation, authorization },
        };
      }
    }
  },
};

/** What differs between two just-in-time policies, in words: `maximum activation PT4H, not PT8H`. */
function policyDifferences(first: JustInTimePolicy, other: JustInTimePolicy): string[] {
  const differences: string[] = [];
  if (!sameDuration(first.maximumActivationDuration, other.maximumActivationDuration)) {
    differences.push(`maximum activation ${other.maximumActivationDuration}, not ${first.maximumActivationDuration}`);
  }
  if (first.requireMfa !== other.requireMfa) differences.push(other.requireMfa ? 'MFA required, not optional' : 'MFA optional, not required');
  const approvers = (policy: JustInTimePolicy) => [...new Set(policy.approvers.map((a) => a.key ?? a.id.toLowerCase()))].sort();
  const [a, b] = [approvers(first), approvers(other)];
  if (a.join(',') !== b.join(',')) differences.push(`approvers ${b.length > 0 ? b.join(', ') : 'none'}, not ${a.length > 0 ? a.join(', ') : 'none'}`);
  return differences;
}

/** `PT4H` and `PT240M` are one duration; anything that does not parse compares as written. */
function sameDuration(a: string, b: string): boolean {
  const [x, y] = [parseIsoDuration(a), parseIsoDuration(b)];
  const [sx, sy] = [x && durationSeconds(x), y && durationSeconds(y)];
  return sx !== undefined && sy !== undefined ? sx === sy : a.trim().toUpperCase() === b.trim().toUpperCase();
}
