import { DEFAULT_PARAMETERS, PackName, PolicyParameters, RuleSetting } from './rule';

/** A loaded policy file (lighthouse.policy.yaml): which packs run, rule levels, parameters. */
export interface PolicyConfig {
  /** Packs explicitly turned on or off; a pack not named is on. */
  readonly packs: Readonly<Partial<Record<PackName, boolean>>>;
  /** Per rule id: a level, or `off`. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly parameters: PolicyParameters;
  /** Where it came from, for messages (`(built-in default policy)` when none was given). */
  readonly file: string;
}

export const DEFAULT_POLICY: PolicyConfig = { packs: {}, rules: {}, parameters: DEFAULT_PARAMETERS, file: '(default policy)' };
