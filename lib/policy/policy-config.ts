import { PackName, RuleSetting } from './rule';

/** A loaded policy file (lighthouse.policy.yaml): which packs run, rule levels, parameters. */
export interface PolicyConfig {
  /** Packs explicitly turned on or off; a pack not named is on. */
  readonly packs: Readonly<Partial<Record<PackName, boolean>>>;
  /** Per rule id: a level, or `off`. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Parameters the policy sets, by name (normalized); a rule reads the default of any it does not set. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Where it came from, for messages (`(default policy)` when none was given). */
  readonly file: string;
}

/**
 * The policy when none is given: every pack on, every rule at its catalog level, every parameter at the default
 * its rule declares. The one default: policies/default.policy.yaml is generated to say the same (npm run gen).
 */
export const DEFAULT_POLICY: PolicyConfig = { packs: {}, rules: {}, parameters: {}, file: '(default policy)' };
