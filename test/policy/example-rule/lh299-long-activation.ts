// The example of docs/adding-a-rule.md, verbatim but for the import paths (a test keeps the two in step).
import { durationSeconds, parseIsoDuration } from '../../../lib/policy/iso-duration';
import { describePrincipal, roleText, where } from '../../../lib/policy/describe';
import { countParameter } from '../../../lib/policy/parameters';
import { authorizations } from '../../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../../lib/policy/rule';

/** The parameter is declared beside the rule that reads it: name, kind, default, one sentence of documentation. */
export const MAXIMUM_ACTIVATION_HOURS = countParameter('maximumActivationHours',
  'The longest just-in-time activation the organisation allows, in hours.', 4, 1);

export const LH299_LongActivation: Rule = {
  id: 'LH299',
  pack: 'best-practice',
  title: 'Activation longer than the organisation allows',
  defaultLevel: 'warning',
  rationale: 'Long activations keep privileged access open after the work is done.',
  fix: 'Shorten eligible.maxActivation, or raise parameters.maximumActivationHours in the policy file.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/how-to/create-eligible-authorizations',
  source: 'azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md@2026-04-06',
  parameters: [MAXIMUM_ACTIVATION_HOURS],
  *check({ plan, parameter }: RuleContext): Iterable<FindingDraft> {
    const limit = parameter(MAXIMUM_ACTIVATION_HOURS) * 3600;
    for (const { delegation, authorization } of authorizations(plan)) {
      const duration = parseIsoDuration(authorization.eligible?.maximumActivationDuration);
      const seconds = duration && durationSeconds(duration);
      if (seconds === undefined || seconds <= limit) continue;
      yield {
        message: `the eligible ${roleText(authorization.role)} authorization of ${describePrincipal(authorization.principal)} `
          + `in ${where(plan, delegation)} activates for ${authorization.eligible!.maximumActivationDuration}, more than the policy allows`,
        subject: { kind: 'authorization', delegation, authorization },
      };
    }
  },
};
