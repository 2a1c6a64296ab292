import { Plan } from '../model/plan';
import { assertPlan } from '../model/validate-plan';
import { RoleCatalog } from '../roles/catalog';
import { DEFAULT_POLICY, PolicyConfig } from './policy-config';
import { Finding, Rule } from './rule';
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

// The gate lives apart, so that reports can read it without loading the engine.
export { fails, failsAt } from './fail-on';
export type { FailOn } from './fail-on';
