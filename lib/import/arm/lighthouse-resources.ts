import { InputError } from '../../model/errors';
import { isGuid } from '../../model/guid';
import { SourceLocation } from '../../model/location';
import { ApiVersion, Authorization, JustInTimePolicy, MarketplacePlan, Principal, RoleRef } from '../../model/plan';
import { DEFAULT_MAX_ACTIVATION } from '../../model/scopes';
import { RoleCatalog } from '../../roles/catalog';
import { Fields } from './fields';
import { FoundResource } from './resources';
import { isNull, locationOf, property, ScalarVal, typeName } from './value';

/** A registration definition as the template deploys it. */
export interface DefinitionResource {
  /** The resource name (the definition GUID), GUIDs lower-cased. */
  readonly definitionId: string;
  readonly registrationDefinitionName: string;
  readonly description?: string;
  readonly managingTenantId: string;
  readonly managingTenantSource: SourceLocation;
  /** Active, then eligible. */
  readonly authorizations: readonly Authorization[];
  readonly plan?: MarketplacePlan;
  readonly subscriptionId: string;
  readonly apiVersion?: ApiVersion;
  readonly source: SourceLocation;
}

/** A registration assignment as the template deploys it. */
export interface AssignmentResource {
  readonly name: string;
  /** The last segment of `registrationDefinitionId`: the name of the definition it assigns. */
  readonly definitionName: string;
  readonly definitionIdSource: SourceLocation;
  readonly subscriptionId: string;
  readonly resourceGroup?: string;
  readonly apiVersion?: ApiVersion;
  readonly source: SourceLocation;
}

const DEFINITION_FIX = 'see Microsoft\'s onboarding templates (Azure/Azure-Lighthouse-samples) for the shape of a registration definition';

export function readDefinition(found: FoundResource, roles: RoleCatalog): DefinitionResource {
  const { resource, scope, target } = found;
  const source = locationOf(resource);
  const name = scope.evaluate(property(resource, 'name') ?? missingName(resource, 'registration definition'));
  if (name.kind !== 'scalar' || typeof name.value !== 'string') throw InputError.at(locationOf(name), `the registration definition's name must be a string (a GUID), not ${typeName(name)}`, DEFINITION_FIX);
  const owner = `registration definition ${name.value}`;
  if (target.resourceGroup !== undefined) {
    throw InputError.at(source, `${owner} is deployed to resource group ${JSON.stringify(target.resourceGroup)}, but registration definitions exist only at subscription scope`,
      'move the registration definition to the subscription-level template; only its registration assignment goes into the nested deployment for the resource group');
  }
  const properties = evaluated(found, 'properties', owner);
  const offerName = properties.requiredString('registrationDefinitionName', 'give the offer name customers see as properties.registrationDefinitionName');
  const description = properties.optionalString('description');
  const managedBy = properties.requiredString('managedByTenantId', 'give the managing tenant id as properties.managedByTenantId');
  const active = properties.requiredArray('authorizations', 'give the permanent authorizations as properties.authorizations: [{ "principalId", "roleDefinitionId", ... }]');
  const eligible = properties.optionalArray('eligibleAuthorizations');
  const authorizations = [
    ...properties.objects(active, 'authorizations').map((entry) => authorization(entry, roles, false)),
    ...(eligible ? properties.objects(eligible, 'eligibleAuthorizations').map((entry) => authorization(entry, roles, true)) : []),
  ];
  // `plan` is a sibling of `properties`; json('null') (no Marketplace plan) evaluates to null.
  const rawPlan = property(resource, 'plan');
  const planValue = rawPlan && scope.evaluate(rawPlan);
  const plan = planValue && !isNull(planValue) ? Fields.of(planValue, 'plan', owner) : undefined;
  return {
    definitionId: normalizeId(name.value),
    registrationDefinitionName: offerName.value,
    ...(description !== undefined && { description: description.value }),
    managingTenantId: normalizeId(managedBy.value),
    managingTenantSource: locationOf(managedBy),
    authorizations,
    ...(plan && { plan: marketplacePlan(plan) }),
    subscriptionId: target.subscriptionId,
    ...apiVersionOf(found),
    source,
  };
}

/** The resource's `apiVersion` (LH120 and LH209 judge it), evaluated; absent when it is not a string. */
function apiVersionOf(found: FoundResource): { apiVersion?: ApiVersion } {
  const raw = property(found.resource, 'apiVersion');
  if (!raw) return {};
  const value = found.scope.evaluate(raw);
  return value.kind === 'scalar' && typeof value.value === 'string' ? { apiVersion: { value: value.value, source: locationOf(value) } } : {};
}

export function readAssignment(found: FoundResource): AssignmentResource {
  const { resource, scope, target } = found;
  const name = scope.evaluate(property(resource, 'name') ?? missingName(resource, 'registration assignment'));
  if (name.kind !== 'scalar' || typeof name.value !== 'string') throw InputError.at(locationOf(name), `the registration assignment's name must be a string (a GUID), not ${typeName(name)}`, DEFINITION_FIX);
  const properties = evaluated(found, 'properties', `registration assignment ${name.value}`);
  const definitionId = properties.requiredString('registrationDefinitionId',
    'set properties.registrationDefinitionId to the definition\'s id: "[resourceId(\'Microsoft.ManagedServices/registrationDefinitions\', <definition name>)]"');
  const definitionName = definitionId.value.replace(/\/+$/, '').split('/').pop() ?? '';
  return {
    name: normalizeId(name.value),
    definitionName: normalizeId(definitionName),
    definitionIdSource: locationOf(definitionId),
    subscriptionId: target.subscriptionId,
    ...(target.resourceGroup !== undefined && { resourceGroup: target.resourceGroup }),
    ...apiVersionOf(found),
    source: locationOf(resource),
  };
}

function authorization(entry: Fields, roles: RoleCatalog, eligible: boolean): Authorization {
  const principalId = entry.requiredString('principalId', 'give the object id of the managing-tenant user, group or service principal as principalId');
  const roleId = entry.requiredString('roleDefinitionId', 'give the built-in role\'s GUID as roleDefinitionId');
  const delegated = eligible ? undefined : entry.optionalArray('delegatedRoleDefinitionIds');
  const policy = eligible ? justInTimePolicy(entry) : undefined;
  return {
    principal: principal(principalId, entry.optionalString('principalIdDisplayName')),
    role: roleRef(roleId, roles),
    delegatedRoles: delegated ? entry.strings(delegated, 'delegatedRoleDefinitionIds').map((id) => roleRef(id, roles)) : [],
    ...(policy && { eligible: policy }),
    source: locationOf(entry.object),
  };
}

/**
 * `justInTimeAccessPolicy`: `multiFactorAuthProvider` is `Azure` (MFA) or `None`, default `None` (the REST default);
 * `maximumActivationDuration` defaults to PT8H; approvers from `managedByTenantApprovers`.
 */
function justInTimePolicy(entry: Fields): JustInTimePolicy {
  const policy = entry.optionalObject('justInTimeAccessPolicy');
  const provider = policy?.optionalString('multiFactorAuthProvider');
  const mfa = provider?.value.toLowerCase();
  if (provider && mfa !== 'azure' && mfa !== 'none') {
    throw InputError.at(locationOf(provider), `${policy!.path('multiFactorAuthProvider')} must be "Azure" or "None", not ${JSON.stringify(provider.value)}`,
      'write "multiFactorAuthProvider": "Azure" to require MFA on activation, or "None"');
  }
  const approvers = policy?.optionalArray('managedByTenantApprovers');
  return {
    maximumActivationDuration: policy?.optionalString('maximumActivationDuration')?.value ?? DEFAULT_MAX_ACTIVATION,
    requireMfa: mfa === 'azure',
    approvers: approvers
      ? policy!.objects(approvers, 'managedByTenantApprovers').map((approver) => principal(
        approver.requiredString('principalId', 'give the approver\'s object id as principalId'), approver.optionalString('principalIdDisplayName')))
      : [],
  };
}

function principal(id: ScalarVal & { value: string }, displayName: (ScalarVal & { value: string }) | undefined): Principal {
  return { id: normalizeId(id.value), ...(displayName !== undefined && { displayName: displayName.value }), source: locationOf(id) };
}

function roleRef(id: ScalarVal & { value: string }, roles: RoleCatalog): RoleRef {
  const normalized = normalizeId(id.value);
  const role = isGuid(normalized) ? roles.byId(normalized) : undefined;
  return { id: normalized, ...(role && { name: role.name }), source: locationOf(id) };
}

/** Missing plan fields read as '' so that LH116 reports them as findings. */
function marketplacePlan(plan: Fields): MarketplacePlan {
  const field = (name: string) => plan.optionalString(name)?.value ?? '';
  return { name: field('name'), publisher: field('publisher'), product: field('product'), version: field('version'), source: locationOf(plan.object) };
}

/**
 * One top-level field of the resource, evaluated. Only the fields the Plan needs are evaluated, so expressions the
 * import does not support elsewhere in the resource (tags, dependsOn) do not stop it.
 */
function evaluated(found: FoundResource, name: string, owner: string): Fields {
  const raw = property(found.resource, name);
  const value = raw && found.scope.evaluate(raw);
  if (value === undefined || isNull(value)) throw InputError.at(locationOf(found.resource), `${name} of ${owner} is missing`, DEFINITION_FIX);
  return Fields.of(value, name, owner);
}

function missingName(resource: FoundResource['resource'], what: string): never {
  throw InputError.at(locationOf(resource), `the ${what} has no "name"`, `give the ${what} a name (a GUID), e.g. "[guid(parameters('mspOfferName'))]"`);
}

/** GUIDs lower-cased (the Plan's convention); anything else, such as a placeholder, kept as written for the findings. */
export function normalizeId(value: string): string {
  const trimmed = value.trim();
  return isGuid(trimmed) ? trimmed.toLowerCase() : value;
}
