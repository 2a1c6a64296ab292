import { registrationDefinitionResourceId } from './ids';
import { DelegatedScope, Delegation, Plan } from './plan';

/**
 * Adoption of what is already deployed (`synth --adopt <live export>`): which registration definitions and
 * assignments of a Plan exist in Azure with the same id, so that the first deploy imports them into Terraform state
 * (import blocks) instead of failing with "already exists" or creating them again beside the old ones.
 */
export interface AdoptedResource {
  /** The Azure resource id Terraform imports (`import { id = ... }`). */
  readonly id: string;
  /**
   * ForceNew attributes (LIGHTHOUSE.md §2.1-2.2) whose live value differs from the Plan's: Terraform imports the
   * resource and then replaces it. @default - none: it is updated in place
   */
  readonly replaced?: readonly string[];
}

export interface DelegationAdoption {
  readonly definition?: AdoptedResource;
  /** Index-aligned with the delegation's scopes; undefined where the assignment does not exist yet. */
  readonly assignments: ReadonlyArray<AdoptedResource | undefined>;
}

/** A live resource the Plan does not have: reported, never imported (adopting it would make Terraform delete it). */
export interface UnmanagedResource {
  readonly kind: 'definition' | 'assignment';
  readonly id: string;
  /** The live offer name (registrationDefinitionName). */
  readonly name: string;
  readonly managingTenantId: string;
}

/** Something live that makes the deploy fail or duplicate a delegation, with what to change in the manifest. */
export interface AdoptionConflict {
  readonly delegation: Delegation;
  readonly problem: string;
  readonly fix: string;
}

export interface Adoption {
  /** For every Plan delegation with something to adopt. */
  readonly delegations: ReadonlyMap<Delegation, DelegationAdoption>;
  readonly unmanaged: readonly UnmanagedResource[];
  readonly conflicts: readonly AdoptionConflict[];
}

const ASSIGNMENTS = '/providers/Microsoft.ManagedServices/registrationAssignments/';

/** `<scope>/providers/Microsoft.ManagedServices/registrationAssignments/<name>`. */
export function registrationAssignmentResourceId(scope: Pick<DelegatedScope, 'id' | 'assignmentName'>): string {
  return `${scope.id}${ASSIGNMENTS}${scope.assignmentName}`;
}

/**
 * Matches a Plan (what synth will declare) against a live Plan (an az CLI export or a Terraform state): a definition
 * is the same resource when its subscription and definition id are, an assignment when its scope and name are (the
 * keys Azure names them by; ids compare case-insensitively). Pure and linear: a Map lookup per resource.
 */
export function matchAdoption(plan: Plan, live: Plan): Adoption {
  const liveDefinitions = new Map<string, Delegation>();
  const liveAssignments = new Map<string, { delegation: Delegation; scope: DelegatedScope }>();
  const liveByScope = new Map<string, Array<{ delegation: Delegation; scope: DelegatedScope }>>();
  for (const delegation of live.delegations) {
    if (delegation.definitionId !== '') liveDefinitions.set(definitionKey(delegation), delegation);
    for (const scope of delegation.scopes) {
      if (scope.assignmentName !== '') liveAssignments.set(assignmentKey(scope), { delegation, scope });
      const list = liveByScope.get(scope.id.toLowerCase());
      if (list) list.push({ delegation, scope });
      else liveByScope.set(scope.id.toLowerCase(), [{ delegation, scope }]);
    }
  }
  const adopted = new Set<object>();
  const delegations = new Map<Delegation, DelegationAdoption>();
  const conflicts: AdoptionConflict[] = [];
  for (const delegation of plan.delegations) {
    const definition = delegation.definitionId === '' ? undefined : liveDefinitions.get(definitionKey(delegation));
    if (definition) adopted.add(definition);
    else conflicts.push(...sameOfferBeside(delegation, live));
    const assignments = delegation.scopes.map((scope) => {
      const found = scope.assignmentName === '' ? undefined : liveAssignments.get(assignmentKey(scope));
      if (!found) {
        conflicts.push(...secondAssignment(delegation, scope, liveByScope.get(scope.id.toLowerCase()) ?? []));
        return undefined;
      }
      adopted.add(found.scope);
      const replaced = found.delegation.definitionId.toLowerCase() === delegation.definitionId.toLowerCase() && sameSubscription(found.delegation, delegation)
        ? [] : [`lighthouse_definition_id: ${found.delegation.definitionId} live, ${delegation.definitionId} in the manifest`];
      return resource(registrationAssignmentResourceId(scope), replaced);
    });
    if (!definition && assignments.every((a) => a === undefined)) continue;
    delegations.set(delegation, {
      ...(definition && { definition: resource(registrationDefinitionResourceId(delegation.subscriptionId, delegation.definitionId), definitionReplacements(definition, delegation)) }),
      assignments,
    });
  }
  const unmanaged: UnmanagedResource[] = [];
  for (const delegation of live.delegations) {
    const about = { name: delegation.name, managingTenantId: delegation.managingTenantId };
    if (!adopted.has(delegation) && delegation.definitionId !== '') {
      unmanaged.push({ kind: 'definition', id: registrationDefinitionResourceId(delegation.subscriptionId, delegation.definitionId), ...about });
    }
    for (const scope of delegation.scopes) {
      if (!adopted.has(scope)) unmanaged.push({ kind: 'assignment', id: registrationAssignmentResourceId(scope), ...about });
    }
  }
  return { delegations, unmanaged, conflicts };
}

function definitionKey(d: Delegation): string {
  return `${d.subscriptionId.toLowerCase()}\u0000${d.definitionId.toLowerCase()}`;
}

function assignmentKey(scope: DelegatedScope): string {
  return `${scope.id.toLowerCase()}\u0000${scope.assignmentName.toLowerCase()}`;
}

function sameSubscription(a: Delegation, b: Delegation): boolean {
  return a.subscriptionId.toLowerCase() === b.subscriptionId.toLowerCase();
}

function resource(id: string, replaced: readonly string[]): AdoptedResource {
  return replaced.length > 0 ? { id, replaced } : { id };
}

/** The ForceNew attributes of azurerm_lighthouse_definition besides the id and scope (which matched). */
function definitionReplacements(live: Delegation, planned: Delegation): string[] {
  const replaced: string[] = [];
  if (live.name !== planned.name) replaced.push(`name: ${JSON.stringify(live.name)} live, ${JSON.stringify(planned.name)} in the manifest`);
  if (live.managingTenantId.toLowerCase() !== planned.managingTenantId.toLowerCase()) {
    replaced.push(`managing_tenant_id: ${live.managingTenantId} live, ${planned.managingTenantId} in the manifest`);
  }
  return replaced;
}

/**
 * A live definition of the same offer (name and managing tenant) in the subscription, under another id: deploying
 * creates a second one beside it (the customer sees the offer twice, and removing either can cut access the other
 * grants), so keep the live id instead.
 */
function sameOfferBeside(delegation: Delegation, live: Plan): AdoptionConflict[] {
  return live.delegations
    .filter((d) => sameSubscription(d, delegation) && d.name === delegation.name && d.managingTenantId.toLowerCase() === delegation.managingTenantId.toLowerCase()
      && d.definitionId.toLowerCase() !== delegation.definitionId.toLowerCase())
    .map((d) => ({
      delegation,
      problem: `subscription ${delegation.subscriptionId} has offer ${JSON.stringify(delegation.name)} deployed as registration definition ${d.definitionId}, but the manifest names it ${delegation.definitionId || '(generated)'}: the deploy would create a second definition beside it`,
      fix: `keep the deployed one: definitionId: ${d.definitionId} on this delegation (\`lighthouse-iac import <live export>\` writes it)`,
    }));
}

/** Azure refuses a second assignment of one definition at one scope ("Multiple registration assignments are not allowed"). */
function secondAssignment(delegation: Delegation, scope: DelegatedScope, atScope: ReadonlyArray<{ delegation: Delegation; scope: DelegatedScope }>): AdoptionConflict[] {
  return atScope
    .filter((live) => live.delegation.definitionId.toLowerCase() === delegation.definitionId.toLowerCase() && sameSubscription(live.delegation, delegation))
    .map((live) => ({
      delegation,
      problem: `${scope.id} already has registration assignment ${live.scope.assignmentName} of definition ${delegation.definitionId}, but the manifest names it ${scope.assignmentName || '(generated)'}: Azure refuses a second assignment of one definition at one scope, so the deploy would fail`,
      fix: `keep the deployed name: ${scope.kind === 'subscription' ? `assignmentName: ${live.scope.assignmentName}` : `assignmentNames: { ${scope.resourceGroup ?? scope.id.replace(/^.*\/resourceGroups\//i, '')}: ${live.scope.assignmentName} }`} on this delegation`,
    }));
}
