import { formatLocation, SourceLocation } from '../model/location';
import { Plan } from '../model/plan';
import { ordinal } from './describe';
import { RoleCatalog } from '../roles/catalog';
import { fingerprintOf, subjectFields, subjectIdentity } from './identity';
import { RuleParameter } from './parameters';
import { PolicyConfig } from './policy-config';
import { Finding, FindingDraft, Level, Rule, RuleContext } from './rule';
import { suppressionFor } from './suppressions';

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, info: 2 };

/** What the rules run over. */
export interface RunInput {
  readonly plan: Plan;
  readonly roles: RoleCatalog;
  readonly baseline?: Plan;
}

/** The level a rule runs at under a policy, or undefined when its pack or the rule itself is off. */
export function effectiveLevel(rule: Rule, policy: PolicyConfig): Level | undefined {
  if (policy.packs[rule.pack] === false) return undefined;
  const setting = policy.rules[rule.id] ?? rule.defaultLevel;
  return setting === 'off' ? undefined : setting;
}

/**
 * Runs every enabled rule and returns the findings in a stable order (file position, then rule id, then what
 * they concern), suppressions applied. The engine derives each finding's fields and fingerprint from its subject;
 * a fingerprint that would repeat within the run (a rule that reported one subject twice) gets the ordinal of the
 * repeat, so fingerprints are unique. A rule that throws does not stop the run: it becomes an error finding
 * naming the rule, since a checker that crashes on odd input is worse than useless.
 */
export function runRules(rules: readonly Rule[], input: RunInput, policy: PolicyConfig, onRule?: (done: number, total: number) => void): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const [index, rule] of rules.entries()) {
    onRule?.(index, rules.length);
    const level = effectiveLevel(rule, policy);
    if (level === undefined) continue;
    const context = contextFor(rule, input, policy);
    let drafts: FindingDraft[];
    try {
      drafts = [...rule.check(context)];
    } catch (error) {
      const message = `rule ${rule.id} failed on this input (${error instanceof Error ? error.message : String(error)}); please report it`;
      findings.push(toFinding(rule.id, 'error', { message, subject: { kind: 'plan' }, aspect: 'crash' }, input.plan, seen));
      continue;
    }
    // One at a time: a rule may report hundreds of thousands of findings, more than a spread's arguments can hold.
    for (const finding of distinctMessages(drafts.map((draft) => toFinding(rule.id, level, draft, input.plan, seen)))) findings.push(finding);
  }
  onRule?.(rules.length, rules.length);
  return findings.sort(compareFindings);
}

/**
 * Two findings of a rule never read the same: a rule that reports two subjects its message cannot tell apart (an
 * authorization listed twice in one definition) gets the repeat's ordinal and location appended.
 */
function distinctMessages(findings: Finding[]): Finding[] {
  const count = new Map<string, number>();
  return findings.map((finding) => {
    const n = (count.get(finding.message) ?? 0) + 1;
    count.set(finding.message, n);
    if (n === 1) return finding;
    const at = finding.location ? `, at ${formatLocation(finding.location)}` : '';
    return { ...finding, message: `${finding.message} (${ordinal(n)} such finding${at})` };
  });
}

function contextFor(rule: Rule, input: RunInput, policy: PolicyConfig): RuleContext {
  const declared = new Set(rule.parameters ?? []);
  return {
    plan: input.plan,
    roles: input.roles,
    ...(input.baseline && { baseline: input.baseline }),
    parameter<T>(parameter: RuleParameter<T>): T {
      if (!declared.has(parameter)) throw new Error(`rule ${rule.id} reads parameter ${parameter.name} without declaring it in its parameters`);
      return (Object.hasOwn(policy.parameters, parameter.name) ? policy.parameters[parameter.name] : parameter.default) as T;
    },
  };
}

function toFinding(ruleId: string, level: Level, draft: FindingDraft, plan: Plan, seen: Map<string, number>): Finding {
  const identity = subjectIdentity(plan, draft.subject);
  identity.unshift(ruleId);
  identity.push(draft.aspect ?? '');
  let fingerprint = fingerprintOf(identity);
  const repeat = (seen.get(fingerprint) ?? 0) + 1;
  seen.set(fingerprint, repeat);
  if (repeat > 1) fingerprint = fingerprintOf([...identity, `#${repeat}`]);
  // Field by field, in the order reports have always seen (one of these per finding, hundreds of thousands in a large estate).
  const fields = subjectFields(draft.subject) as { location?: SourceLocation };
  if (draft.location) fields.location = draft.location;
  const suppression = suppressionFor(plan, ruleId, fields);
  const finding = Object.assign({ ruleId, level, message: draft.message, subject: draft.subject }, fields) as Record<string, unknown>;
  finding.suppressed = suppression !== undefined;
  if (suppression) finding.suppressionReason = suppression.reason;
  finding.fingerprint = fingerprint;
  return finding as unknown as Finding;
}

function compareFindings(a: Finding, b: Finding): number {
  return compare(a.location?.file, b.location?.file)
    || (a.location?.line ?? 0) - (b.location?.line ?? 0)
    || (a.location?.column ?? 0) - (b.location?.column ?? 0)
    || compare(a.ruleId, b.ruleId)
    || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
    || compare(a.customer, b.customer)
    || compare(a.subscription, b.subscription)
    || compare(a.offer, b.offer)
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
