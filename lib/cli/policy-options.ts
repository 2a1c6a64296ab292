import { ALL_RULES } from '../../policies';
import { loadInput } from '../import/load-input';
import { Plan } from '../model/plan';
import { checkPlan } from '../policy/check';
import { DEFAULT_POLICY } from '../policy/policy-config';
import { loadPolicyFile } from '../policy/policy-file';
import { Finding, Rule } from '../policy/rule';
import { effectiveLevel } from '../policy/runner';
import { RoleCatalog } from '../roles/catalog';
import { Progress } from './progress';

export interface PolicyOptions {
  readonly policy?: string;
  readonly baseline?: string;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** The rules the policy enabled: what reports list as checked. */
  readonly rules: readonly Rule[];
}

/** Loads the policy (or takes the default, which policies/default.policy.yaml spells out) and the baseline, and checks the Plan. */
export function checkWithOptions(plan: Plan, roles: RoleCatalog, options: PolicyOptions, progress: Progress = Progress.none): CheckResult {
  const policy = options.policy === undefined ? DEFAULT_POLICY : loadPolicyFile(options.policy, ALL_RULES);
  const baseline = options.baseline === undefined ? undefined : loadInput(options.baseline, { roles });
  const rules = ALL_RULES.filter((rule) => effectiveLevel(rule, policy) !== undefined);
  progress.phase(`checking ${plan.delegations.length.toLocaleString('en-US')} delegations`, { total: rules.length, unit: 'rule' });
  const findings = checkPlan(plan, { rules, roles, policy, baseline, onRule: (done) => progress.step(done) });
  return { findings, rules };
}
