import { registrationAssignmentGuid, registrationDefinitionGuid, resourceGroupScopeId, subscriptionScopeId } from '../../model/ids';
import { DelegatedScope, Delegation } from '../../model/plan';
import { DelegationModel, guidValue, todo, Value } from './model';

/** Resource group names as the manifest schema takes them. */
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/;

export interface DelegationInput {
  readonly delegation: Delegation;
  /** Manifest offer key. */
  readonly offer: string;
  /** Set keys when they differ from the offer's. */
  readonly authorizations?: readonly string[];
}

/** One manifest entry on its way out, with what it came from. */
interface Draft {
  offer: string;
  subscription: Value;
  groups: string[];
  authorizations?: readonly string[];
  lines: string[];
  /** Source definition ids (several after a merge) and the one the manifest derives; only when they differ. */
  renamed?: { sources: Array<{ id: string; groups: readonly string[] }>; derived: string };
  /** Resource-group entries with a renamed definition merge when this matches. */
  mergeKey?: string;
}

/**
 * The `delegations` of one manifest customer. Usually one entry per Plan delegation; two when a definition is
 * assigned to the whole subscription and to resource groups in it (an entry says one or the other); and one for
 * several resource-group definitions that the manifest would give the same definition id (same offer and
 * subscription): Microsoft's multi-rg sample makes one definition per resource group, the manifest one
 * definition assigned to each group, which grants the same access. Comments note definition and assignment
 * names the manifest would not derive: deploying from it then creates new ones beside the old.
 */
export function customerDelegations(inputs: readonly DelegationInput[], managingTenantId: string, customerTenantId: string): DelegationModel[] {
  const drafts: Draft[] = [];
  // Drafts by merge key, each with the ids of its sources and its groups, so that merging many resource-group
  // definitions (one per group, as multi-rg makes them) stays linear.
  const mergeable = new Map<string, Array<{ readonly draft: Draft; readonly sources: Set<string>; readonly groups: Set<string> }>>();
  for (const input of inputs) {
    for (const draft of draftsOf(input, managingTenantId, customerTenantId)) {
      const candidates = draft.mergeKey === undefined ? undefined : mergeable.get(draft.mergeKey);
      const into = candidates?.find((c) => !c.sources.has(draft.renamed!.sources[0].id));
      if (into) {
        for (const group of draft.groups) {
          if (into.groups.has(group)) continue;
          into.groups.add(group);
          into.draft.groups.push(group);
        }
        for (const source of draft.renamed!.sources) {
          into.sources.add(source.id);
          into.draft.renamed!.sources.push(source);
        }
        continue;
      }
      drafts.push(draft);
      if (draft.mergeKey === undefined) continue;
      const entry = { draft, sources: new Set(draft.renamed!.sources.map((source) => source.id)), groups: new Set(draft.groups) };
      if (candidates) candidates.push(entry);
      else mergeable.set(draft.mergeKey, [entry]);
    }
  }
  return drafts.map(finish);
}

function draftsOf(input: DelegationInput, managingTenantId: string, customerTenantId: string): Draft[] {
  const { delegation, offer, authorizations } = input;
  const subscription = guidValue(delegation.subscriptionId, 'the source does not say which subscription', 'the customer subscription id');
  const groups = [...new Set(delegation.scopes.filter((s) => s.kind === 'resourceGroup').map(resourceGroupOf))];
  const whole = delegation.scopes.some((s) => s.kind === 'subscription');
  const derived = registrationDefinitionGuid(managingTenantId, customerTenantId, subscription.value, offer);
  const source = delegation.definitionId.toLowerCase();
  const base = { offer, subscription, ...(authorizations && { authorizations }) };
  const renamed = source === derived ? undefined : { sources: [{ id: source, groups: [...groups] }], derived };
  const assignments = renamed ? undefined : renamedAssignments(delegation, derived, subscription.value);
  const lines = assignments ? [assignments] : [];
  if (groups.length === 0) {
    if (delegation.scopes.length === 0) lines.unshift('TODO: the source assigns this definition nowhere; written as a whole-subscription delegation: check the scope');
    return [{ ...base, groups: [], lines, ...(renamed && { renamed }) }];
  }
  if (!whole) {
    const mergeKey = renamed && JSON.stringify([offer, subscription.value, authorizations ?? null]);
    return [{ ...base, groups, lines, ...(renamed && { renamed, mergeKey }) }];
  }
  return [
    { ...base, groups: [], lines: ['the source assigns this definition to the whole subscription and to resource groups in it (LH117): written as two delegations', ...lines], ...(renamed && { renamed }) },
    { ...base, groups, lines: [] },
  ];
}

function finish(draft: Draft): DelegationModel {
  const lines = [...draft.lines];
  if (draft.renamed) {
    const { sources, derived } = draft.renamed;
    if (sources.length === 1) {
      lines.push(`registration definition in the source: ${sources[0].id}`,
        `this manifest derives ${derived} (from managing tenant, customer tenant, subscription and offer key):`,
        'deploying it creates a new definition and assignments; remove the old delegation first');
    } else {
      lines.push('registration definitions in the source, one per resource group:',
        ...sources.map((s) => `  ${s.id} (${s.groups.join(', ')})`),
        `this manifest derives one, ${derived} (from managing tenant, customer tenant, subscription and offer key),`,
        'assigned to each group: deploying it creates a new definition and assignments; remove the old delegations first');
    }
  }
  return {
    offer: draft.offer,
    subscription: draft.subscription,
    ...(draft.groups.length > 0 && { resourceGroups: resourceGroupValues(draft.groups) }),
    ...(draft.authorizations && { authorizations: draft.authorizations }),
    ...(lines.length > 0 && { comment: lines.join('\n') }),
  };
}

/** Says so when the source's assignment names differ from what the manifest derives for the same definition. */
function renamedAssignments(delegation: Delegation, definitionId: string, subscription: string): string | undefined {
  const differing = delegation.scopes.filter((scope) => {
    const id = scope.kind === 'subscription' ? subscriptionScopeId(subscription) : resourceGroupScopeId(subscription, resourceGroupOf(scope));
    return registrationAssignmentGuid(definitionId, id) !== scope.assignmentName.toLowerCase();
  });
  if (differing.length === 0) return undefined;
  return `registration assignment names in the source: ${differing.map((s) => s.assignmentName).join(', ')}\n`
    + 'this manifest derives others (from the definition and the scope): deploying it creates new assignments; remove the old ones first';
}

function resourceGroupOf(scope: DelegatedScope): string {
  return scope.resourceGroup ?? scope.id.replace(/^.*\/resourceGroups\//i, '');
}

function resourceGroupValues(groups: readonly string[]): Value[] {
  let placeholder = 0;
  return groups.map((name) => (RESOURCE_GROUP.test(name)
    ? { value: name }
    : todo(`resource-group-${++placeholder}`, `${JSON.stringify(name)} in the source is not a resource group name the manifest takes: replace with the resource group`)));
}
