import { SourceLocation } from '../model/location';
import { Plan } from '../model/plan';
import { RoleCatalog } from '../roles/catalog';

export type Level = 'error' | 'warning' | 'info';
/** A level in a policy file: a level, or `off` to disable the rule. */
export type RuleSetting = Level | 'off';
export type PackName = 'service' | 'best-practice' | 'cross-customer' | 'marketplace';

export const LEVELS: readonly Level[] = ['error', 'warning', 'info'];
export const PACKS: readonly PackName[] = ['service', 'best-practice', 'cross-customer', 'marketplace'];

/** Organisation-specific inputs of the rules, set in the policy file's `parameters`. */
export interface PolicyParameters {
  /** LH303: managing tenant ids allowed to onboard; empty = LH303 has nothing to compare with and stays silent. */
  readonly allowedManagingTenants: readonly string[];
  /** LH203: roles (names or GUIDs) that must be granted as eligible, in addition to Contributor. */
  readonly mustBeEligibleRoles: readonly string[];
  /** LH301: how many customers with identical access make a finding. */
  readonly minimumCustomers: number;
  /** LH101: roles (names or GUIDs) the organisation forbids, in addition to Owner. */
  readonly forbiddenRoles: readonly string[];
}

export const DEFAULT_PARAMETERS: PolicyParameters = {
  allowedManagingTenants: [],
  mustBeEligibleRoles: [],
  minimumCustomers: 2,
  forbiddenRoles: [],
};

/** Everything a rule may read. Rules are pure: same context, same findings. */
export interface RuleContext {
  readonly plan: Plan;
  readonly roles: RoleCatalog;
  readonly parameters: PolicyParameters;
  /** The previous manifest's Plan (`check --baseline`), for rules that compare versions (LH403). */
  readonly baseline?: Plan;
}

/** What a rule reports; the runner adds the rule id, level, suppression and fingerprint. */
export interface FindingDraft {
  /** One sentence naming the offending value, e.g. `Owner (8e3af657-…) is granted to "Ops" …`. */
  readonly message: string;
  /** The manifest (or imported file) entry that causes the finding. */
  readonly location?: SourceLocation;
  /** Customer key. */
  readonly customer?: string;
  readonly subscription?: string;
  /** ARM scope id (subscription or resource group). */
  readonly scope?: string;
  /** Principal key when known, else its object id. */
  readonly principal?: string;
  /** Role name when known, else its GUID. */
  readonly role?: string;
  /**
   * Extra identity for the fingerprint when customer/subscription/scope/principal/role do not tell two
   * findings of one rule apart (e.g. the offer key, or the list of customers for LH301).
   */
  readonly discriminator?: string;
}

export interface Rule {
  /** `LH101` … `LH404`: a public contract, never renumbered. */
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
  /** Citation of the fact behind the rule, as in reference/LIGHTHOUSE.md (e.g. `azure-docs:…@2026-04-06`). */
  readonly source: string;
  check(context: RuleContext): Iterable<FindingDraft>;
}

export interface Finding extends FindingDraft {
  readonly ruleId: string;
  readonly level: Level;
  readonly suppressed: boolean;
  readonly suppressionReason?: string;
  /** Stable across runs and edits that do not change what the finding is about (SARIF partialFingerprints). */
  readonly fingerprint: string;
}
