import { Authorization } from '../../lib/model/plan';
import { isDurationWithin, parseIsoDuration } from '../../lib/policy/iso-duration';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

const MIN_SECONDS = 30 * 60;
const MAX_SECONDS = 8 * 60 * 60;

/** maximumActivationDuration that is not an ISO 8601 duration or lies outside PT30M..PT8H (inclusive). */
export const LH110_ActivationDuration: Rule = {
  id: 'LH110',
  pack: 'service',
  title: 'MaximumActivationDuration outside PT30M..PT8H or not ISO 8601',
  defaultLevel: 'error',
  rationale:
    'The maximum activation duration of an eligible authorization is an ISO 8601 duration from PT30M to PT8H (both '
    + 'included; default PT8H); the docs suggest half-hour steps such as PT6H30M. Durations in days or longer units '
    + '(P1D, P1M) are always out of range.',
  fix: 'Set `eligible.maxActivation` to an ISO 8601 duration between PT30M and PT8H, e.g. PT4H or PT1H30M.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06 ; specs:.../2022-10-01',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const problemOf = (authorization: Authorization): string | undefined => {
      if (!authorization.eligible) return undefined;
      const duration = authorization.eligible.maximumActivationDuration;
      return parseIsoDuration(duration) === undefined
        ? 'is not an ISO 8601 duration'
        : isDurationWithin(duration, MIN_SECONDS, MAX_SECONDS) ? undefined : 'is outside PT30M..PT8H';
    };
    for (const { delegation, authorization } of authorizationsWhere(plan, (authorization) => problemOf(authorization) !== undefined)) {
      const duration = authorization.eligible!.maximumActivationDuration;
      const problem = problemOf(authorization);
      yield {
        message: `maximum activation duration ${JSON.stringify(duration)} of the eligible ${roleText(authorization.role)} authorization of `
          + `${describePrincipal(authorization.principal)} in ${where(plan, delegation)} ${problem}`,
        subject: { kind: 'authorization', delegation, authorization },
      };
    }
  },
};
