import { sanitizeKey } from '../../model/ids';
import { SourceLocation } from '../../model/location';
import { Authorization, DelegatedScope, MarketplacePlan, Principal } from '../../model/plan';
import { DEFAULT_MAX_ACTIVATION } from '../../model/scopes';
import { RoleCatalog } from '../../roles/catalog';
import { AttributeReader, Block } from './attribute-reader';
import { delegatedScope, parseScope, ParsedScope } from './azure-ids';
import { JsonObject, Path } from './input-reader';
import { ImportedDelegation, principal, roleRef } from './plan-assembly';

/**
 * The attributes of `azurerm_lighthouse_definition` / `azurerm_lighthouse_assignment` (LIGHTHOUSE.md §2),
 * read alike from configuration JSON and show -json values.
 */
export interface DefinitionAttributes {
  readonly subscriptionId: string;
  readonly managingTenantId: string;
  readonly managingTenantSource: SourceLocation;
  readonly name: string;
  readonly description?: string;
  /** `lighthouse_definition_id`; `''` when absent: Terraform then generates a random GUID at apply. */
  readonly definitionId: string;
  readonly authorizations: Authorization[];
  readonly plan?: MarketplacePlan;
  readonly source: SourceLocation;
}

/**
 * A definition's attributes placed as an imported delegation: configuration JSON and show -json differ only
 * in how they find the offer key, the customer tenant and the scope order.
 */
export function importedDelegation(
  attributes: DefinitionAttributes, offerKey: string, customerTenantId: string, scopes: DelegatedScope[],
): ImportedDelegation {
  const { subscriptionId, managingTenantId, managingTenantSource, definitionId, source, name, description, authorizations, plan } = attributes;
  return {
    offerKey, managingTenantId, managingTenantSource, customerTenantId, subscriptionId, name,
    ...(description !== undefined && { description }),
    definitionId, authorizations,
    ...(plan && { plan }),
    scopes, source,
  };
}

export function readDefinition(r: AttributeReader, body: JsonObject, path: Path, roles: RoleCatalog): DefinitionAttributes {
  const scope = r.required(body, path, 'scope', 'the subscription of the definition');
  const parsed = parseScope(scope);
  if (!parsed || parsed.resourceGroup !== undefined) {
    throw r.error([...path, 'scope'], `scope ${JSON.stringify(scope)} is not a subscription id`,
      'a registration definition lives at a subscription: set scope to "/subscriptions/<subscription id>" (resource groups are delegated by assignments)');
  }
  const description = r.string(body, path, 'description');
  const plan = r.optionalBlock(body, path, 'plan');
  return {
    subscriptionId: parsed.subscriptionId,
    managingTenantId: r.required(body, path, 'managing_tenant_id', 'the managing tenant').trim().toLowerCase(),
    managingTenantSource: r.at([...path, 'managing_tenant_id']),
    name: r.required(body, path, 'name', 'the offer name'),
    ...(description !== undefined && { description }),
    definitionId: (r.string(body, path, 'lighthouse_definition_id') ?? '').trim().toLowerCase(),
    authorizations: [
      ...r.blocks(body, path, 'authorization').map((block) => activeAuthorization(r, block, roles)),
      ...r.blocks(body, path, 'eligible_authorization').map((block) => eligibleAuthorization(r, block, roles)),
    ],
    ...(plan && { plan: marketplacePlan(r, plan) }),
    source: r.at(path),
  };
}

/**
 * Our stacks name definitions `<offer key>-<subscription>_definition` (and record the construct path
 * `<stack>/<offer key>-<subscription>/definition`): the offer key is recovered from either. Anyone else's
 * definitions get a key from the offer name.
 */
export function offerKeyOf(attributes: DefinitionAttributes, resourceName: string, constructPath?: string): string {
  const suffix = `-${attributes.subscriptionId}`;
  const candidates = [
    constructPath?.split('/').slice(-2, -1)[0],
    resourceName.endsWith('_definition') ? resourceName.slice(0, -'_definition'.length) : undefined,
  ];
  for (const id of candidates) {
    if (id !== undefined && id.endsWith(suffix) && id.length > suffix.length) return id.slice(0, -suffix.length);
  }
  return sanitizeKey(attributes.name);
}

export interface AssignmentAttributes {
  readonly scope: ParsedScope;
  readonly delegatedScope: DelegatedScope;
}

export function readAssignment(r: AttributeReader, body: JsonObject, path: Path): AssignmentAttributes {
  const text = r.required(body, path, 'scope', 'the delegated subscription or resource group');
  const scope = parseScope(text);
  if (!scope) {
    throw r.error([...path, 'scope'], `scope ${JSON.stringify(text)} is neither a subscription nor a resource group id`,
      'set scope to "/subscriptions/<id>" or "/subscriptions/<id>/resourceGroups/<name>"');
  }
  // '' when absent: Terraform generates a random name at apply.
  return { scope, delegatedScope: delegatedScope(scope, r.string(body, path, 'name') ?? '', r.at(path)) };
}

function activeAuthorization(r: AttributeReader, { body, path }: Block, roles: RoleCatalog): Authorization {
  return {
    principal: principalOf(r, body, path),
    role: roleRef(roles, r.required(body, path, 'role_definition_id', 'the role'), r.at([...path, 'role_definition_id'])),
    delegatedRoles: r.strings(body, path, 'delegated_role_definition_ids').map((id) => roleRef(roles, id.value, r.at(id.path))),
    source: r.at(path),
  };
}

function eligibleAuthorization(r: AttributeReader, { body, path }: Block, roles: RoleCatalog): Authorization {
  const policy = r.optionalBlock(body, path, 'just_in_time_access_policy');
  return {
    principal: principalOf(r, body, path),
    role: roleRef(roles, r.required(body, path, 'role_definition_id', 'the role'), r.at([...path, 'role_definition_id'])),
    delegatedRoles: [],
    // Without a policy block the provider sends the API defaults: PT8H, no MFA, no approvers.
    eligible: {
      maximumActivationDuration: (policy && r.string(policy.body, policy.path, 'maximum_activation_duration')) ?? DEFAULT_MAX_ACTIVATION,
      requireMfa: policy ? requireMfa(r, policy) : false,
      approvers: policy ? r.blocks(policy.body, policy.path, 'approver').map((approver) => principalOf(r, approver.body, approver.path)) : [],
    },
    source: r.at(path),
  };
}

/** The provider accepts only `Azure`; unset means `None`. */
function requireMfa(r: AttributeReader, { body, path }: Block): boolean {
  const provider = r.string(body, path, 'multi_factor_auth_provider');
  if (provider === undefined || provider.toLowerCase() === 'none') return false;
  if (provider.toLowerCase() === 'azure') return true;
  throw r.error([...path, 'multi_factor_auth_provider'], `multi_factor_auth_provider ${JSON.stringify(provider)} is neither "Azure" nor "None"`,
    'set "Azure" to require MFA on activation, or leave it out');
}

function principalOf(r: AttributeReader, body: JsonObject, path: Path): Principal {
  const id = r.required(body, path, 'principal_id', 'the principal object id');
  return principal(id, r.string(body, path, 'principal_display_name'), r.at([...path, 'principal_id']));
}

function marketplacePlan(r: AttributeReader, { body, path }: Block): MarketplacePlan {
  // Missing fields stay '' so that LH116 reports them with the rest of the findings.
  return {
    name: r.string(body, path, 'name') ?? '',
    publisher: r.string(body, path, 'publisher') ?? '',
    product: r.string(body, path, 'product') ?? '',
    version: r.string(body, path, 'version') ?? '',
    source: r.at(path),
  };
}
