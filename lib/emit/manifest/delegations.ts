import { isGuid } from '../../model/guid';
import { registrationAssignmentGuid, registrationDefinitionGuid, resourceGroupScopeId, subscriptionScopeId } from '../../model/ids';
import { DelegatedScope, Delegation } from '../../model/plan';
import { DelegationEntry } from '../../manifest/generated/manifest-types';
import { Comment, Commented, guidValue, todo, under } from './draft';

/** Resource group names as the manifest schema takes them (`definitions.resourceGroupName`). */
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/;

export interface DelegationInput {
  readonly delegation: Delegation;
  /** Manifest offer key. */
  readonly offer: string;
  /** Set keys when they differ from the offer's. */
  readonly authorizations?: readonly string[];
}

export interface CustomerDelegations {
  readonly entries: ReadonlyArray<Commented<DelegationEntry>>;
  /** How many entries keep an id of the source (definitionId, assignmentName, assignmentNames). */
  readonly pinned: number;
}

/**
 * The `delegations` of one manifest customer: one entry per Plan delegation, and two when a definition is assigned
 * to the whole subscription and to resource groups in it (an entry says one or the other). An id of the source that
 * the manifest would not derive (another tool's GUIDs, Microsoft's `guid(mspOfferName)`, a renamed key) is kept:
 * `definitionId`, and `assignmentName` / `assignmentNames` for assignment names that differ from what the kept or
 * derived definition id gives, so that synth and arm reproduce the deployed names and a deploy updates in place.
 */
export function customerDelegations(inputs: readonly DelegationInput[], managingTenantId: string, customerTenantId: string): CustomerDelegations {
  const entries = inputs.flatMap((input) => entriesOf(input, managingTenantId, customerTenantId));
  const pinned = entries.filter((e) => e.value.definitionId !== undefined || e.value.assignmentName !== undefined || e.value.assignmentNames !== undefined).length;
  return { entries, pinned };
}

function entriesOf(input: DelegationInput, managingTenantId: string, customerTenantId: string): Array<Commented<DelegationEntry>> {
  const { delegation, offer, authorizations } = input;
  const subscription = guidValue(delegation.subscriptionId, 'the source does not say which subscription', 'the customer subscription id');
  const derived = registrationDefinitionGuid(managingTenantId, customerTenantId, subscription.value, offer);
  const definition = definitionIdOf(delegation, derived);
  // A resource group once (the schema's uniqueItems), as the source first names it.
  const seen = new Set<string>();
  const groupScopes = delegation.scopes.filter((s) => s.kind === 'resourceGroup' && !seen.has(resourceGroupOf(s)) && (seen.add(resourceGroupOf(s)), true));
  const whole = delegation.scopes.find((s) => s.kind === 'subscription');
  const build = (scopes: readonly DelegatedScope[], groups: boolean, lines: readonly string[]): Commented<DelegationEntry> => {
    const comments: Comment[] = [...under(['subscription'], subscription.comments), ...lines.map((text) => ({ path: [], text, position: 'before' as const }))];
    comments.push(...definition.comments);
    const definitionId = definition.value ?? derived;
    const names = assignmentNames(scopes, definitionId, subscription.value);
    comments.push(...names.comments);
    const resourceGroups = groups ? resourceGroupValues(scopes) : undefined;
    if (resourceGroups) comments.push(...under(['resourceGroups'], resourceGroups.comments));
    const pinnedGroups = groups ? Object.fromEntries(scopes.flatMap((scope, i) => {
      const name = names.value.get(scope);
      return name === undefined ? [] : [[resourceGroups!.value[i], name]];
    })) : {};
    const entry: DelegationEntry = {
      offer,
      subscription: subscription.value,
      ...(resourceGroups && { resourceGroups: resourceGroups.value as DelegationEntry['resourceGroups'] }),
      ...(authorizations && { authorizations: [...authorizations] as DelegationEntry['authorizations'] }),
      ...(definition.value !== undefined && { definitionId: definition.value }),
      ...(!groups && whole && names.value.has(whole) && { assignmentName: names.value.get(whole)! }),
      ...(Object.keys(pinnedGroups).length > 0 && { assignmentNames: pinnedGroups }),
    };
    return { value: entry, comments };
  };
  if (groupScopes.length === 0) {
    const lines = delegation.scopes.length === 0 ? ['TODO: the source assigns this definition nowhere; written as a whole-subscription delegation: check the scope'] : [];
    return [build(whole ? [whole] : [], false, lines)];
  }
  if (!whole) return [build(groupScopes, true, [])];
  return [
    build([whole], false, ['the source assigns this definition to the whole subscription and to resource groups in it (LH117): written as two delegations']),
    build(groupScopes, true, []),
  ];
}

/**
 * The definition id to keep (`definitionId`), or undefined when the manifest derives the source's own (our output,
 * read back) or the source has none to keep (Terraform generates one at apply when `lighthouse_definition_id` is
 * left out), with a comment saying which.
 */
function definitionIdOf(delegation: Delegation, derived: string): { value?: string; comments: Comment[] } {
  const source = delegation.definitionId.trim().toLowerCase();
  if (source === derived) return { comments: [] };
  const note = (text: string) => [{ path: [] as const, text, position: 'before' as const }];
  if (source === '') {
    return { comments: note(`the source leaves the registration definition id to Terraform (a random GUID at apply): this manifest derives ${derived}; if it is deployed, keep the deployed id with definitionId`) };
  }
  if (!isGuid(source)) {
    return { comments: note(`registration definition ${JSON.stringify(delegation.definitionId)} in the source is not a GUID: this manifest derives ${derived}`) };
  }
  return { value: source, comments: [] };
}

/**
 * Assignment names of the source that differ from what the definition id gives for their scope (kept, by scope),
 * with a comment for a name that cannot be kept (not a GUID, or none: Terraform generates one at apply).
 */
function assignmentNames(scopes: readonly DelegatedScope[], definitionId: string, subscription: string): { value: Map<DelegatedScope, string>; comments: Comment[] } {
  const value = new Map<DelegatedScope, string>();
  const lost: string[] = [];
  for (const scope of scopes) {
    const id = scope.kind === 'subscription' ? subscriptionScopeId(subscription) : resourceGroupScopeId(subscription, resourceGroupOf(scope));
    const name = scope.assignmentName.trim().toLowerCase();
    if (name === registrationAssignmentGuid(definitionId, id)) continue;
    if (isGuid(name)) value.set(scope, name);
    else lost.push(name === '' ? `${scopeName(scope)} (none: Terraform generates one at apply)` : `${scopeName(scope)} (${JSON.stringify(scope.assignmentName)}, not a GUID)`);
  }
  const comments: Comment[] = lost.length === 0 ? [] : [{
    path: [], position: 'before',
    text: `registration assignment names in the source that a manifest cannot keep: ${lost.join(', ')}; this manifest derives them from the definition and the scope`,
  }];
  return { value, comments };
}

function scopeName(scope: DelegatedScope): string {
  return scope.kind === 'subscription' ? 'the subscription' : `resource group ${resourceGroupOf(scope)}`;
}

function resourceGroupOf(scope: DelegatedScope): string {
  return scope.resourceGroup ?? scope.id.replace(/^.*\/resourceGroups\//i, '');
}

/** The scopes' resource groups, once each (the first spelling), placeholders for names the schema does not take. */
function resourceGroupValues(scopes: readonly DelegatedScope[]): Commented<string[]> {
  let placeholder = 0;
  const comments: Comment[] = [];
  const value = scopes.map((scope, i) => {
    const name = resourceGroupOf(scope);
    if (RESOURCE_GROUP.test(name)) return name;
    const replaced = todo(`resource-group-${++placeholder}`, `${JSON.stringify(name)} in the source is not a resource group name the manifest takes: replace with the resource group`);
    comments.push(...under([i], replaced.comments));
    return replaced.value;
  });
  return { value, comments };
}
