/**
 * What `lighthouse-iac diff` reports: access changes between two Plans, each with the risk flags that apply.
 * The flag names are a public contract, like the rule ids: CI gates on them (`--fail-on escalation,access-loss`).
 */
export const RISK_FLAGS = [
  'escalation', 'mfa-dropped', 'approvers-removed', 'activation-extended', 'new-customer-reach', 'replacement', 'access-loss',
  'customer-removed', 'plan-version',
] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

/** What each flag means, for help texts and reports. */
export const RISK_FLAG_DESCRIPTIONS: Readonly<Record<RiskFlag, string>> = {
  escalation: 'a principal gains a role or more privilege: a new active role, a new Contributor-level eligible role, User Access Administrator or new delegated roles, eligible made active',
  'mfa-dropped': 'activation of an eligible role no longer requires MFA',
  'approvers-removed': 'an eligible role loses approvers (activation needs less review, or none)',
  'activation-extended': 'the maximum activation of an eligible role gets longer',
  'new-customer-reach': 'a principal gains access to a customer it could not reach before',
  replacement: 'Terraform replaces a registration definition or assignment (a ForceNew attribute changes); with ARM a changed offer name creates a second offer beside the old one',
  'access-loss': 'access is removed, or interrupted while a replacement applies',
  'customer-removed': 'a customer is no longer synthesized: its stack must be destroyed first, or the delegation stays live in Azure',
  'plan-version': 'the authorizations of a Marketplace offer change: its plan needs a new, higher version',
};

export type ChangeKind =
  | 'customer-added' | 'customer-removed'
  | 'delegation-added' | 'delegation-removed' | 'definition-changed'
  | 'scope-added' | 'scope-removed' | 'assignment-replaced'
  | 'authorization-added' | 'authorization-removed' | 'authorization-changed'
  | 'plan-changed';

/** An authorization as the diff shows it. */
export interface GrantView {
  readonly access: 'active' | 'eligible';
  /** ISO 8601; eligible only. */
  readonly maximumActivation?: string;
  /** Eligible only. */
  readonly requireMfa?: boolean;
  /** Approver labels (key or object id), sorted; eligible only. */
  readonly approvers?: readonly string[];
  /** Delegated role labels (User Access Administrator), sorted. */
  readonly delegatedRoles?: readonly string[];
}

export interface PrincipalView {
  /** Manifest key, when the input has keys. */
  readonly key?: string;
  /** Object id (lower-case). */
  readonly id: string;
  readonly displayName?: string;
}

export interface RoleView {
  /** Role definition GUID (lower-case). */
  readonly id: string;
  readonly name?: string;
}

/** A Terraform attribute whose change forces a new resource. */
export interface Replacement {
  readonly resource: 'azurerm_lighthouse_definition' | 'azurerm_lighthouse_assignment';
  /** Terraform attribute, e.g. `name`, `managing_tenant_id`, `lighthouse_definition_id`. */
  readonly attribute: string;
  readonly before: string;
  readonly after: string;
}

export interface AccessChange {
  readonly kind: ChangeKind;
  /** Customer key (of the new Plan when both have it); `undefined` for offer-wide changes. */
  readonly customer?: string;
  readonly subscription?: string;
  /** Offer key. */
  readonly offer?: string;
  /** ARM scope id of the assignment the change is about. */
  readonly scope?: string;
  readonly principal?: PrincipalView;
  readonly role?: RoleView;
  readonly before?: GrantView;
  readonly after?: GrantView;
  /** What changed, in words (`MFA no longer required`, `name "A" -> "B"`), in a stable order. */
  readonly details: readonly string[];
  readonly flags: readonly RiskFlag[];
  /** Terraform replacements this change causes. @default - none */
  readonly replacements?: readonly Replacement[];
}

export interface AccessDiff {
  /** The inputs as the user named them. */
  readonly before: string;
  readonly after: string;
  /** Changes in a stable order: customer (manifest order of the new Plan, then removed ones), subscription, offer, scope, principal, role. */
  readonly changes: readonly AccessChange[];
}

/** How many changes carry each flag. */
export function flagCounts(diff: AccessDiff): Record<RiskFlag, number> {
  const counts = Object.fromEntries(RISK_FLAGS.map((flag) => [flag, 0])) as Record<RiskFlag, number>;
  for (const change of diff.changes) for (const flag of change.flags) counts[flag]++;
  return counts;
}

export type DiffFailOn = readonly RiskFlag[] | 'any' | 'never';

/** True when a change carries a flag the gate names (`any`: any change at all). */
export function diffFailsAt(diff: AccessDiff, failOn: DiffFailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'any') return diff.changes.length > 0;
  return diff.changes.some((change) => change.flags.some((flag) => failOn.includes(flag)));
}
