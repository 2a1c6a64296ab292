import { isGuid } from '../../model/guid';
import { PrincipalType } from '../../model/plan';

/**
 * The manifest to write, before it becomes YAML: plain values plus the comments that go with them. Built from
 * a Plan by build-manifest.ts, rendered by render-yaml.ts; keeping the two apart lets each be read on its own.
 */
export interface Value<T = string> {
  readonly value: T;
  /** A comment after the value, on the same line (`# TODO: ...`). */
  readonly comment?: string;
}

export interface ManifestModel {
  /** The file the Plan was read from, named in the header comment. */
  readonly source: string;
  /** Header lines about the whole file (what was left out and why). */
  readonly notes: readonly string[];
  readonly managingTenant: { readonly id: Value; readonly name?: string };
  readonly principals: readonly PrincipalModel[];
  readonly authorizationSets: readonly SetModel[];
  readonly offers: readonly OfferModel[];
  readonly customers: readonly CustomerModel[];
  readonly suppressions: readonly SuppressionModel[];
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface PrincipalModel {
  readonly key: string;
  readonly id: Value;
  readonly displayName?: string;
  readonly type: Value<PrincipalType>;
  /** A comment above the entry (a missing display name). */
  readonly comment?: string;
}

export interface AuthorizationModel {
  readonly principal: string;
  readonly role: Value;
  readonly delegatedRoles?: readonly Value[];
  readonly eligible?: { readonly maxActivation: Value; readonly requireMfa: boolean; readonly approvers?: readonly string[] };
}

export interface SetModel {
  readonly key: string;
  readonly entries: readonly AuthorizationModel[];
}

export interface OfferModel {
  readonly key: string;
  readonly name: Value;
  readonly description?: string;
  readonly authorizations: readonly string[];
  readonly plan?: { readonly publisher: Value; readonly product: Value; readonly name: Value; readonly version: Value };
}

export interface DelegationModel {
  readonly offer: string;
  readonly subscription: Value;
  readonly resourceGroups?: readonly Value[];
  /** Set keys, only when they differ from the offer's (a per-delegation override). */
  readonly authorizations?: readonly string[];
  /** A comment above the entry (the source's definition id, a split scope list). */
  readonly comment?: string;
}

export interface CustomerModel {
  readonly key: string;
  readonly displayName: Value;
  readonly tenantId: Value;
  readonly delegations: readonly DelegationModel[];
}

export interface SuppressionModel {
  readonly rule: string;
  readonly reason: string;
  readonly customer?: string;
  readonly subscription?: string;
  readonly principal?: string;
}

/** The all-zero GUID: valid for the schema, and reported by LH115 as a placeholder. */
export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

/** A value the manifest needs but the source does not have, or has in a form the manifest cannot take. */
export function todo<T>(value: T, what: string): Value<T> {
  return { value, comment: `TODO: ${what}` };
}

/**
 * A GUID: the source's when it is one (lower-cased), else the all-zero GUID with a TODO saying what to put there
 * (also when the source has the all-zero GUID: Microsoft's sample parameter files use it as a placeholder).
 */
export function guidValue(source: string, missing: string, replaceWith: string): Value {
  const blank = source.trim() === '';
  if (isGuid(source) && source !== ZERO_GUID) return { value: source.toLowerCase() };
  if (source === ZERO_GUID) return todo(ZERO_GUID, `the source has the all-zero GUID, a placeholder: replace with ${replaceWith}`);
  return todo(ZERO_GUID, blank
    ? `${missing}: replace with ${replaceWith}`
    : `${JSON.stringify(source)} in the source is not a GUID: replace with ${replaceWith}`);
}
