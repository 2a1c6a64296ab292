import { fingerprint } from './fingerprint';
import { PolicyConfig } from './policy-config';
import { Finding, FindingDraft, Level, Rule, RuleContext } from './rule';
import { suppressionFor } from './suppressions';

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, info: 2 };

/** The level a rule runs at under a policy, or undefined when its pack or the rule itself is off. */
export function effectiveLevel(rule: Rule, policy: PolicyConfig): Level | undefined {
  if (policy.packs[rule.pack] === false) return undefined;
  const setting = policy.rules[rule.id] ?? rule.defaultLevel;
  return setting === 'off' ? undefined : setting;
}

/**
 * Runs every enabled rule over the context and returns the findings in a stable order (file position,
 * then rule id, then what they concern), suppressions applied. A rule that throws does not stop the run:
 * it becomes an error finding naming the rule, since a checker that crashes on odd input is worse than useless.
 */
export function runRules(rules: readonly Rule[], context: RuleContext, policy: PolicyConfig): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = effectiveLevel(rule, policy);
    if (level === undefined) continue;
    let drafts: FindingDraft[];
    try {
      drafts = [...rule.check(context)];
    } catch (error) {
      drafts = [{ message: `rule ${rule.id} failed on this input (${error instanceof Error ? error.message : String(error)}); please report it`, discriminator: 'crash' }];
      findings.push(toFinding(rule.id, 'error', drafts[0], context));
      continue;
    }
    for (const draft of drafts) findings.push(toFinding(rule.id, level, draft, context));
  }
  return findings.sort(compareFindings);
}

function toFinding(ruleId: string, level: Level, draft: FindingDraft, context: RuleContext): Finding {
  const suppression = suppressionFor(context.plan, ruleId, draft);
  return {
    ruleId, level, ...draft,
    suppressed: suppression !== undefined,
    ...(suppression && { suppressionReason: suppression.reason }),
    fingerprint: fingerprint(ruleId, draft),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return compare(a.location?.file, b.location?.file)
    || (a.location?.line ?? 0) - (b.location?.line ?? 0)
    || (a.location?.column ?? 0) - (b.location?.column ?? 0)
    || compare(a.ruleId, b.ruleId)
    || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
    || compare(a.customer, b.customer)
    || compare(a.subscription, b.subscription)
    || compare(a.scope, b.scope)
    || compare(a.principal, b.principal)
    || compare(a.role, b.role)
    || compare(a.fingerprint, b.fingerprint);
}

function compare(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
