import { SourceLocation } from '../model/location';
import { Plan } from '../model/plan';
import { RoleCatalog } from '../roles/catalog';
import { SubjectFields } from './identity';
import { RuleParameter } from './parameters';
import { Subject } from './subject';

export type Level = 'error' | 'warning' | 'info';
/** A level in a policy file: a level, or `off` to disable the rule. */
export type RuleSetting = Level | 'off';
export type PackName = 'service' | 'best-practice' | 'cross-customer' | 'marketplace';

export const LEVELS: readonly Level[] = ['error', 'warning', 'info'];
export const PACKS: readonly PackName[] = ['service', 'best-practice', 'cross-customer', 'marketplace'];

/** Everything a rule may read. Rules are pure: same context, same findings. */
export interface RuleContext {
  readonly plan: Plan;
  readonly roles: RoleCatalog;
  /** The previous Plan (`check --baseline`), for rules that compare versions (LH403). */
  readonly baseline?: Plan;
  /** The value of one of the rule's declared parameters under the policy (its default when the policy does not set it). */
  parameter<T>(parameter: RuleParameter<T>): T;
}

/** What a rule reports; the engine derives the rest (SubjectFields, fingerprint, level, suppression). */
export interface FindingDraft {
  /** One sentence naming the offending value, e.g. `Owner (8e3af657-…) is granted to "Ops" …`. */
  readonly message: string;
  /** The Plan element the finding is about. */
  readonly subject: Subject;
  /** Where the finding points when that is not the subject's own entry (e.g. the role of an authorization). @default - the subject's source */
  readonly location?: SourceLocation;
  /**
   * Tells apart findings of one rule about one subject (LH115: the principal id and the role id of one
   * authorization). @default - none: one finding per subject
   */
  readonly aspect?: string;
}

export interface Rule {
  /** `LH101` … `LH405`: a public contract, never renumbered. */
  readonly id: string;
  readonly pack: PackName;
  /** Short description, e.g. "Owner role is not allowed". */
  readonly title: string;
  readonly defaultLevel: Level;
  /** Why it matters (what Azure does, or what the risk is). */
  readonly rationale: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** Public documentation the rule is based on (https URL). */
  readonly helpUri: string;
  /** Citation of the fact behind the rule (e.g. `azure-docs:articles/lighthouse/...@2026-04-06`). */
  readonly source: string;
  /** The policy parameters the rule reads through `context.parameter`. @default - none */
  readonly parameters?: readonly RuleParameter[];
  check(context: RuleContext): Iterable<FindingDraft>;
}

/**
 * What a user reads about a rule (`lighthouse-iac rules`), without its code: policies/generated/rule-facts.ts holds
 * them for every rule (npm run gen), so that listing the rules loads no rule.
 */
export interface RuleFacts extends Pick<Rule, 'id' | 'pack' | 'title' | 'defaultLevel' | 'rationale' | 'fix' | 'helpUri' | 'source'> {
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly default: unknown; readonly description: string }>;
}

/** The facts of a rule, as rule-facts.ts lists them. */
export function ruleFacts({ id, pack, title, defaultLevel, rationale, fix, helpUri, source, parameters = [] }: Rule): RuleFacts {
  return {
    id, pack, title, defaultLevel, rationale, fix, helpUri, source,
    parameters: parameters.map(({ name, description, default: value }) => ({ name, default: value, description })),
  };
}

export interface Finding extends SubjectFields {
  readonly ruleId: string;
  readonly level: Level;
  readonly message: string;
  readonly subject: Subject;
  readonly suppressed: boolean;
  readonly suppressionReason?: string;
  /** Unique within the run; stable across runs and edits that do not change what the finding is about (SARIF partialFingerprints). */
  readonly fingerprint: string;
}
