import { SourceLocation } from '../../model/location';
import { Authorization, MarketplacePlan, Principal } from '../../model/plan';
import { DEFAULT_MAX_ACTIVATION } from '../../model/scopes';
import { RoleCatalog } from '../../roles/catalog';
import { principal, roleRef } from '../shared/plan-assembly';
import { ObjectAt, RestReader } from './rest-reader';

/** The properties of a registration definition (REST API 2022-10-01, azure-rest-api-specs managedservices.json) as the Plan needs them. */
export interface RegistrationDefinition {
  readonly name: string;
  readonly description?: string;
  readonly managingTenantId: string;
  readonly managingTenantSource: SourceLocation;
  /** `manageeTenantId`: the customer tenant, which GET returns. */
  readonly customerTenantId?: string;
  readonly customerTenantName?: string;
  readonly authorizations: Authorization[];
  readonly plan?: MarketplacePlan;
}

/**
 * Reads `properties` (and the sibling `plan`) of a definition, whether listed by itself or expanded in an
 * assignment (`registrationDefinition`). Service rules are not checked here: they become findings.
 */
export function readRegistrationDefinition(rest: RestReader, properties: ObjectAt, plan: ObjectAt | undefined, roles: RoleCatalog): RegistrationDefinition {
  const { value, path } = properties;
  const description = rest.string(value, path, 'description');
  const customerTenantId = rest.string(value, path, 'manageeTenantId');
  const customerTenantName = rest.string(value, path, 'manageeTenantName');
  return {
    name: rest.string(value, path, 'registrationDefinitionName') ?? '',
    ...(description !== undefined && { description }),
    managingTenantId: rest.required(value, path, 'managedByTenantId', 'the managing tenant').trim().toLowerCase(),
    managingTenantSource: rest.at([...path, 'managedByTenantId']),
    ...(customerTenantId !== undefined && customerTenantId !== '' && { customerTenantId: customerTenantId.trim().toLowerCase() }),
    ...(customerTenantName !== undefined && customerTenantName !== '' && { customerTenantName }),
    authorizations: [
      ...rest.objects(value, path, 'authorizations').map((entry) => activeAuthorization(rest, entry, roles)),
      ...rest.objects(value, path, 'eligibleAuthorizations').map((entry) => eligibleAuthorization(rest, entry, roles)),
    ],
    ...(plan && { plan: marketplacePlan(rest, plan) }),
  };
}

function activeAuthorization(rest: RestReader, { value, path }: ObjectAt, roles: RoleCatalog): Authorization {
  return {
    principal: principalOf(rest, { value, path }),
    role: roleRef(roles, rest.required(value, path, 'roleDefinitionId', 'the role'), rest.at([...path, 'roleDefinitionId'])),
    delegatedRoles: rest.strings(value, path, 'delegatedRoleDefinitionIds').map((id) => roleRef(roles, id.value, rest.at(id.path))),
    source: rest.at(path),
  };
}

function eligibleAuthorization(rest: RestReader, { value, path }: ObjectAt, roles: RoleCatalog): Authorization {
  const policy = rest.object(value, path, 'justInTimeAccessPolicy');
  const provider = policy && rest.string(policy.value, policy.path, 'multiFactorAuthProvider');
  return {
    principal: principalOf(rest, { value, path }),
    role: roleRef(roles, rest.required(value, path, 'roleDefinitionId', 'the role'), rest.at([...path, 'roleDefinitionId'])),
    delegatedRoles: [],
    // The service's defaults when no policy is given: PT8H, multiFactorAuthProvider None, no approvers.
    eligible: {
      maximumActivationDuration: (policy && rest.string(policy.value, policy.path, 'maximumActivationDuration')) ?? DEFAULT_MAX_ACTIVATION,
      requireMfa: provider !== undefined && provider.toLowerCase() === 'azure',
      approvers: policy ? rest.objects(policy.value, policy.path, 'managedByTenantApprovers').map((approver) => principalOf(rest, approver)) : [],
    },
    source: rest.at(path),
  };
}

function principalOf(rest: RestReader, { value, path }: ObjectAt): Principal {
  return principal(rest.required(value, path, 'principalId', 'the principal object id'), rest.string(value, path, 'principalIdDisplayName'), rest.at([...path, 'principalId']));
}

function marketplacePlan(rest: RestReader, { value, path }: ObjectAt): MarketplacePlan {
  // Missing fields stay '' so that LH116 reports them with the other findings.
  return {
    name: rest.string(value, path, 'name') ?? '',
    publisher: rest.string(value, path, 'publisher') ?? '',
    product: rest.string(value, path, 'product') ?? '',
    version: rest.string(value, path, 'version') ?? '',
    source: rest.at(path),
  };
}
