import { ALL_RULES } from '../../policies';
import { loadInput } from '../import/load-input';
import { Plan } from '../model/plan';
import { checkPlan } from '../policy/check';
import { loadPolicyFile } from '../policy/policy-file';
import { Finding, Rule } from '../policy/rule';
import { effectiveLevel } from '../policy/runner';
import { RoleCatalog } from '../roles/catalog';
import { packageFile } from '../util/package-file';

export interface PolicyOptions {
  readonly policy?: string;
  readonly baseline?: string;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** The rules the policy enabled: what reports list as checked. */
  readonly rules: readonly Rule[];
}

/** Loads the policy (or policies/default.policy.yaml) and the baseline, and checks the Plan. */
export function checkWithOptions(plan: Plan, roles: RoleCatalog, options: PolicyOptions): CheckResult {
  const ruleIds = ALL_RULES.map((rule) => rule.id);
  const policy = loadPolicyFile(options.policy ?? packageFile('policies/default.policy.yaml'), ruleIds);
  const baseline = options.baseline === undefined ? undefined : loadInput(options.baseline, { roles });
  const rules = ALL_RULES.filter((rule) => effectiveLevel(rule, policy) !== undefined);
  return { findings: checkPlan(plan, { rules, roles, policy, baseline }), rules };
}
