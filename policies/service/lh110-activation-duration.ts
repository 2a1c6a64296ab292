import { authorizations, describePrincipal } from '../../lib/policy/plan-walk';
import { isDurationWithin, parseIsoDuration } from '../../lib/policy/iso-duration';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { authorizationDraft, roleText, whereText } from './role-checks';

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
    for (const item of authorizations(plan)) {
      const { authorization, delegation } = item;
      const duration = authorization.eligible?.maximumActivationDuration;
      // Absent means the service default, PT8H.
      if (!authorization.eligible || duration === undefined || duration === null) continue;
      const problem = parseIsoDuration(duration) === undefined
        ? 'is not an ISO 8601 duration'
        : isDurationWithin(duration, MIN_SECONDS, MAX_SECONDS) ? undefined : 'is outside PT30M..PT8H';
      if (!problem) continue;
      yield authorizationDraft(item,
        `maximum activation duration ${JSON.stringify(duration)} of the eligible ${roleText(authorization.role)} authorization of `
        + `${describePrincipal(authorization.principal)} in ${whereText(delegation)} ${problem}`,
        authorization.source);
    }
  },
};
