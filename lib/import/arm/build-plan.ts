import { deriveAuthorizationSets } from '../../model/authorization-sets';
import { InputError } from '../../model/errors';
import { resourceGroupScopeId, sanitizeKey, subscriptionScopeId } from '../../model/ids';
import { SourceLocation } from '../../model/location';
import { Customer, DEFAULT_SETTINGS, DelegatedScope, Delegation, ManagingTenant, Offer, Plan, Principal } from '../../model/plan';
import { AssignmentResource, DefinitionResource } from './lighthouse-resources';

export interface PlanParts {
  readonly file: string;
  readonly customer: Customer;
  readonly definitions: readonly DefinitionResource[];
  readonly assignments: readonly AssignmentResource[];
  /** Offer keys by definition id, from our export's metadata. */
  readonly offerKeys: ReadonlyMap<string, string>;
  /** The template as a whole, for "nothing found" errors. */
  readonly templateSource: SourceLocation;
}

/**
 * Links each registration assignment to the definition it names and turns each definition into a Delegation
 * with the assignments as its scopes. Definitions with the same registrationDefinitionName form one offer.
 */
export function buildPlan(parts: PlanParts): Plan {
  const { definitions, assignments, customer } = parts;
  if (definitions.length === 0) {
    throw InputError.at(parts.templateSource, 'the template deploys no Microsoft.ManagedServices/registrationDefinitions resource',
      'import a Lighthouse onboarding template (such as Microsoft\'s subscription.json or rg.json); if its resources are conditional, check the parameter values');
  }
  const byName = new Map<string, DefinitionResource>();
  for (const definition of definitions) {
    const key = definition.definitionId.toLowerCase();
    if (byName.has(key)) {
      throw InputError.at(definition.source, `two registration definitions are named ${definition.definitionId}`,
        'give every registration definition its own name, e.g. "[guid(parameters(\'mspOfferName\'), <something that differs>)]"');
    }
    byName.set(key, definition);
  }
  const scopes = new Map<DefinitionResource, DelegatedScope[]>(definitions.map((d) => [d, []]));
  for (const assignment of assignments) {
    const definition = byName.get(assignment.definitionName.toLowerCase());
    if (!definition) {
      throw InputError.at(assignment.definitionIdSource, `registration assignment ${assignment.name} assigns definition ${JSON.stringify(assignment.definitionName)}, which this template does not deploy`,
        `point registrationDefinitionId at a definition of this template (${[...byName.values()].map((d) => d.definitionId).join(', ')}) with resourceId('Microsoft.ManagedServices/registrationDefinitions', <its name>)`);
    }
    if (assignment.subscriptionId !== definition.subscriptionId) {
      throw InputError.at(assignment.source, `registration assignment ${assignment.name} is deployed to subscription ${JSON.stringify(assignment.subscriptionId)}, but its definition to ${JSON.stringify(definition.subscriptionId)}`,
        'assign a registration definition only in its own subscription or in resource groups of it');
    }
    scopes.get(definition)!.push(scopeOf(assignment));
  }
  for (const [definition, list] of scopes) {
    if (list.length === 0) {
      throw InputError.at(definition.source, `registration definition ${definition.definitionId} (${JSON.stringify(definition.registrationDefinitionName)}) is never assigned: the template has no registration assignment for it`,
        'add a Microsoft.ManagedServices/registrationAssignments resource with "registrationDefinitionId": "[resourceId(\'Microsoft.ManagedServices/registrationDefinitions\', <definition name>)]"');
    }
  }

  const offerKeyOf = offerKeys(definitions, parts.offerKeys);
  const offers = new Map<string, Offer>();
  const read = definitions.map((definition): Omit<Delegation, 'authorizationSets'> => {
    const offer = offerKeyOf.get(definition)!;
    if (!offers.has(offer)) {
      offers.set(offer, {
        key: offer, name: definition.registrationDefinitionName, authorizationSets: [],
        ...(definition.description !== undefined && { description: definition.description }),
        ...(definition.plan && { plan: definition.plan }),
        source: definition.source,
      });
    }
    return {
      customer: customer.key, offer, managingTenantId: definition.managingTenantId, customerTenantId: customer.tenantId, subscriptionId: definition.subscriptionId,
      name: definition.registrationDefinitionName,
      ...(definition.description !== undefined && { description: definition.description }),
      definitionId: definition.definitionId,
      authorizations: definition.authorizations,
      ...(definition.plan && { plan: definition.plan }),
      ...(definition.apiVersion && { apiVersion: definition.apiVersion }),
      scopes: scopes.get(definition)!,
      source: definition.source,
    };
  });

  // Templates have no authorization sets: the importers' shared derivation gives every input the same shape.
  const { delegations, offers: withSets, authorizationSets } = deriveAuthorizationSets(read, [...offers.values()]);
  return {
    file: parts.file,
    ...managingTenant(definitions),
    principals: principals(delegations),
    customers: [customer],
    offers: withSets,
    authorizationSets,
    delegations,
    suppressions: [],
    settings: DEFAULT_SETTINGS,
  };
}

function scopeOf(assignment: AssignmentResource): DelegatedScope {
  if (assignment.resourceGroup === undefined) {
    return { kind: 'subscription', id: subscriptionScopeId(assignment.subscriptionId), assignmentName: assignment.name, ...(assignment.apiVersion && { apiVersion: assignment.apiVersion }), source: assignment.source };
  }
  return {
    kind: 'resourceGroup', id: resourceGroupScopeId(assignment.subscriptionId, assignment.resourceGroup), resourceGroup: assignment.resourceGroup,
    assignmentName: assignment.name, ...(assignment.apiVersion && { apiVersion: assignment.apiVersion }), source: assignment.source,
  };
}

/**
 * Offer key per definition: the export metadata's, else the sanitized registrationDefinitionName; two different
 * names that sanitize alike get `-2`, `-3`, ... in template order, so distinct offers never merge.
 */
function offerKeys(definitions: readonly DefinitionResource[], fromMetadata: ReadonlyMap<string, string>): Map<DefinitionResource, string> {
  const keyByName = new Map<string, string>();
  const taken = new Set(fromMetadata.values());
  const result = new Map<DefinitionResource, string>();
  for (const definition of definitions) {
    const known = fromMetadata.get(definition.definitionId.toLowerCase());
    if (known !== undefined) {
      result.set(definition, known);
      continue;
    }
    let key = keyByName.get(definition.registrationDefinitionName);
    if (key === undefined) {
      const base = sanitizeKey(definition.registrationDefinitionName);
      key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
      taken.add(key);
      keyByName.set(definition.registrationDefinitionName, key);
    }
    result.set(definition, key);
  }
  return result;
}

/** The managing tenant when every definition names the same one; a template may mix several. */
function managingTenant(definitions: readonly DefinitionResource[]): { managingTenant?: ManagingTenant } {
  const [first] = definitions;
  if (definitions.some((d) => d.managingTenantId.toLowerCase() !== first.managingTenantId.toLowerCase())) return {};
  return { managingTenant: { id: first.managingTenantId, source: first.managingTenantSource } };
}

/** Every principal and approver once, by object id, first occurrence first (a later display name fills a missing one). */
function principals(delegations: readonly Delegation[]): Principal[] {
  const byId = new Map<string, Principal>();
  const add = (principal: Principal) => {
    const key = principal.id.toLowerCase();
    const known = byId.get(key);
    if (!known) byId.set(key, { id: principal.id, ...(principal.displayName !== undefined && { displayName: principal.displayName }), ...(principal.source && { source: principal.source }) });
    else if (known.displayName === undefined && principal.displayName !== undefined) byId.set(key, { ...known, displayName: principal.displayName });
  };
  for (const delegation of delegations) {
    for (const authorization of delegation.authorizations) {
      add(authorization.principal);
      for (const approver of authorization.eligible?.approvers ?? []) add(approver);
    }
  }
  return [...byId.values()];
}
