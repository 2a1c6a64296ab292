import { armGuid, isGuid } from './guid';
import { DelegatedScope, Delegation } from './plan';

/**
 * Deterministic identity (README, "What gets generated"): names are derived, never random, so synth
 * is byte-identical run to run and a re-deploy updates a delegation instead of replacing it.
 * GUIDs are lower-cased first so that the same tenant written in another case is the same delegation.
 */
export function registrationDefinitionGuid(
  managingTenantId: string, customerTenantId: string, subscriptionId: string, offerKey: string,
): string {
  return armGuid(managingTenantId.toLowerCase(), customerTenantId.toLowerCase(), subscriptionId.toLowerCase(), offerKey);
}

export function registrationAssignmentGuid(definitionGuid: string, scopeId: string): string {
  return armGuid(definitionGuid.toLowerCase(), scopeId.toLowerCase());
}

// Joined, not concatenated: a flat string, where `+` keeps the pieces (a Plan keeps one scope id per assignment).
export function subscriptionScopeId(subscriptionId: string): string {
  return ['/subscriptions/', subscriptionId.toLowerCase()].join('');
}

export function resourceGroupScopeId(subscriptionId: string, resourceGroup: string): string {
  return ['/subscriptions/', subscriptionId.toLowerCase(), '/resourceGroups/', resourceGroup].join('');
}

export function registrationDefinitionResourceId(subscriptionId: string, definitionGuid: string): string {
  return `${subscriptionScopeId(subscriptionId)}/providers/Microsoft.ManagedServices/registrationDefinitions/${definitionGuid}`;
}

const CLEAN_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Construct ids and stack names come from manifest keys: `[a-z0-9-]`, no leading/trailing/double dashes. */
export function sanitizeKey(key: string): string {
  // Most keys are clean already (one test instead of four passes: this runs per delegation, 300,000 times at 100,000 customers).
  if (CLEAN_KEY.test(key)) return key;
  const cleaned = key.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}

/**
 * Names in generated output derived from Plan keys (README, "What gets generated"). The emitters build
 * paths and ids only through these, and plan-identity.ts checks them once for every input, before any emitter
 * runs: what they return is `[a-z0-9-]` (or a lower-case GUID), so it is one safe path segment by construction.
 */

/** Terraform stack id, `<out>/stacks/<stack>/` and the ARM output folder of a customer. */
export function stackName(customerKey: string): string {
  return sanitizeKey(customerKey);
}

/** Construct id of a delegation in its customer's stack (its Terraform names start with it). */
export function delegationConstructId(offerKey: string, subscriptionId: string, definitionId?: string): string {
  return sanitizeKey(definitionId === undefined ? `${offerKey}-${subscriptionId}` : `${offerKey}-${subscriptionId}-${definitionId}`);
}

/**
 * The construct ids of delegations, index-aligned: `<offer key>-<subscription>`, the one delegation of an offer to a
 * subscription in its customer's stack. An offer can reach one subscription as several registration definitions
 * (Microsoft's multi-rg template deploys one per resource group, and a manifest that adopts them keeps them
 * apart with `definitionId`): each of those is `<offer key>-<subscription>-<definition id>`, which does not depend
 * on their order. Adding a second definition of an offer to a subscription therefore renames the first one's
 * Terraform resources (move its state, `terraform state mv`, or adopt it again with `synth --adopt`).
 */
export function delegationConstructIds(delegations: ReadonlyArray<Pick<Delegation, 'customer' | 'offer' | 'subscriptionId' | 'definitionId'>>): string[] {
  // One stack name per customer, one group key per delegation (this runs over 300,000 delegations at 100,000 customers).
  const stacks = new Map<string, string>();
  const stackOf = (customer: string) => {
    let stack = stacks.get(customer);
    if (stack === undefined) stacks.set(customer, (stack = stackName(customer)));
    return stack;
  };
  const groups = delegations.map((d) => `${stackOf(d.customer)}\u0000${d.offer}\u0000${d.subscriptionId.toLowerCase()}`);
  const counts = new Map<string, number>();
  for (const group of groups) counts.set(group, (counts.get(group) ?? 0) + 1);
  return delegations.map((d, i) => (counts.get(groups[i])! > 1
    ? delegationConstructId(d.offer, d.subscriptionId, d.definitionId.toLowerCase())
    : delegationConstructId(d.offer, d.subscriptionId)));
}

/** The Partner Center output folder of an offer. */
export function offerFolderName(offerKey: string): string {
  return sanitizeKey(offerKey);
}

/**
 * Base name of a subscription's ARM template and parameters file: the subscription GUID; `subscription` when the
 * input does not say; any other text (an imported placeholder, `../../x`) sanitized, never used as it is.
 */
export function armFileBase(subscriptionId: string): string {
  if (subscriptionId === '') return 'subscription';
  return isGuid(subscriptionId) ? subscriptionId.toLowerCase() : sanitizeKey(subscriptionId);
}

/**
 * The part of a registration assignment's construct id and Terraform name that names its scope: `subscription`,
 * or `rg_<resource group>`. The prefix keeps a group named "subscription" apart, and a name that sanitizing
 * changed gets a hash so that `rg.a` and `rg(a)` stay apart.
 */
export function scopeConstructSuffix(scope: Pick<DelegatedScope, 'kind' | 'resourceGroup'>): string {
  if (scope.kind === 'subscription' || scope.resourceGroup === undefined) return 'subscription';
  const cleaned = scope.resourceGroup.replace(/[^A-Za-z0-9_-]/g, '_');
  return cleaned === scope.resourceGroup
    ? `rg_${cleaned}`
    : `rg_${cleaned}_${armGuid(scope.resourceGroup.toLowerCase()).slice(0, 8)}`;
}
