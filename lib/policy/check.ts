import { Plan } from '../model/plan';
import { assertPlan } from '../model/validate-plan';
import { RoleCatalog } from '../roles/catalog';
import { DEFAULT_POLICY, PolicyConfig } from './policy-config';
import { Finding, Level, Rule } from './rule';
import { runRules } from './runner';

export interface CheckPlanOptions {
  /** The rules to run (usually ALL_RULES from `lighthouse-iac/rules`). */
  readonly rules: readonly Rule[];
  /** @default RoleCatalog.builtIn() */
  readonly roles?: RoleCatalog;
  /** @default DEFAULT_POLICY: every pack on, catalog levels, default parameters */
  readonly policy?: PolicyConfig;
  /** The previous Plan, for LH403. @default - none: LH403 stays silent */
  readonly baseline?: Plan;
  /** Called after each rule with how many of the rules have run (a progress display). @default - none */
  readonly onRule?: (done: number, total: number) => void;
}

/**
 * Runs the policy over a Plan: the one entry point of `check`, `synth` and the cdktf Aspect. The Plan's shape is
 * checked once here (a library caller may hand in anything), so that rules can trust it.
 */
export function checkPlan(plan: Plan, options: CheckPlanOptions): Finding[] {
  assertPlan(plan);
  if (options.baseline) assertPlan(options.baseline);
  return runRules(options.rules, { plan, roles: options.roles ?? RoleCatalog.builtIn(), ...(options.baseline && { baseline: options.baseline }) },
    options.policy ?? DEFAULT_POLICY, options.onRule);
}

export type FailOn = Level | 'never';

const RANK: Record<Level, number> = { error: 3, warning: 2, info: 1 };

/** True when an unsuppressed finding is at or above `failOn` (the CLI then exits 1). */
export function failsAt(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => !f.suppressed && RANK[f.level] >= RANK[failOn]);
}
