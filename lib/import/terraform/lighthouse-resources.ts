import { sanitizeKey } from '../../model/ids';
import { SourceLocation } from '../../model/location';
import { Authorization, DelegatedScope, MarketplacePlan, Principal } from '../../model/plan';
import { DEFAULT_MAX_ACTIVATION } from '../../model/scopes';
import { RoleCatalog } from '../../roles/catalog';
import { AttributeReader, Block, UnknownValue } from './attribute-reader';
import { delegatedScope, parseScope, ParsedScope } from '../shared/azure-ids';
import { JsonObject, Path } from '../shared/input-reader';
import { ImportedDelegation, principal, roleRef } from '../shared/plan-assembly';

/**
 * The attributes of `azurerm_lighthouse_definition` / `azurerm_lighthouse_assignment` (terraform-provider-azurerm, website/docs/r/lighthouse_*.html.markdown),
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
  /** What a reader in `unknown` mode left out or read as unknown; empty in `error` mode (it throws instead). */
  readonly notKnown: readonly NotKnown[];
}

/** A part of a definition only Terraform knows (`unknown` mode): left out of the Plan, or read as unknown (''). */
export interface NotKnown {
  /** In the configuration's terms: `authorization[0] (principal_id)`, `managing_tenant_id`, `plan.version`. */
  readonly what: string;
  /**
   * `authorization`: an authorization left out, so that findings about the definition as a whole may be false
   * alarms; `value`: a value the rules judge (managing tenant, subscription, plan, an assignment's scope, the
   * provider's environment), left out or read as ''.
   */
  readonly kind: 'authorization' | 'value';
  readonly location: SourceLocation;
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
  // The `unknown(...)` fallbacks run only in `unknown` mode: in `error` mode the reads throw their InputError.
  const notKnown: NotKnown[] = [];
  const unknown = <T>(what: () => string, kind: NotKnown['kind'], value: T) => (u: UnknownValue): T => {
    notKnown.push({ what: what(), kind, location: u.location });
    return value;
  };
  const scope = r.orUnknown(() => r.required(body, path, 'scope', 'the subscription of the definition'), unknown(() => 'scope', 'value', undefined));
  const parsed = scope === undefined ? { subscriptionId: '' } : parseScope(scope);
  if (!parsed || parsed.resourceGroup !== undefined) {
    throw r.error([...path, 'scope'], `scope ${JSON.stringify(scope)} is not a subscription id`,
      'a registration definition lives at a subscription: set scope to "/subscriptions/<subscription id>" (resource groups are delegated by assignments)');
  }
  const description = r.text(body, path, 'description');
  const planUnknown = unknown(() => r.expressionPaths(body.plan, ['plan']).join(', '), 'value', undefined);
  const planBlock = r.orUnknown(() => r.optionalBlock(body, path, 'plan'), planUnknown);
  const managingTenantId = r.orUnknown(() => r.required(body, path, 'managing_tenant_id', 'the managing tenant').trim().toLowerCase(),
    unknown(() => 'managing_tenant_id', 'value', ''));
  const name = r.orUnknown(() => r.required(body, path, 'name', 'the offer name'), () => String(body.name));
  // Left to Terraform (absent, or an expression): '', and Terraform generates one at apply.
  const definitionId = r.orUnknown(() => (r.string(body, path, 'lighthouse_definition_id') ?? '').trim().toLowerCase(), () => '');
  const authorizations: Authorization[] = [];
  const readBlocks = (key: string, read: (block: Block) => Authorization) => {
    const blocks = r.orUnknown(() => r.blocks(body, path, key), unknown(() => `${key} (the whole block)`, 'authorization', [] as Block[]));
    blocks.forEach((block, i) => {
      const authorization = r.orUnknown(() => read(block),
        unknown(() => `${key}[${i}] (${r.expressionPaths(block.body).join(', ')})`, 'authorization', undefined));
      if (authorization) authorizations.push(authorization);
    });
  };
  readBlocks('authorization', (block) => activeAuthorization(r, block, roles));
  readBlocks('eligible_authorization', (block) => eligibleAuthorization(r, block, roles));
  const plan = planBlock && r.orUnknown(() => marketplacePlan(r, planBlock), planUnknown);
  return {
    subscriptionId: parsed.subscriptionId,
    managingTenantId,
    managingTenantSource: r.at([...path, 'managing_tenant_id']),
    name,
    ...(description !== undefined && { description }),
    definitionId,
    authorizations,
    ...(plan && { plan }),
    source: r.at(path),
    notKnown,
  };
}

/**
 * Our stacks name definitions `<offer key>-<subscription>_definition`, or `<offer key>-<subscription>-<definition
 * id>_definition` for one of several definitions of an offer in a subscription (and record the construct path
 * `<stack>/<construct id>/definition`): the offer key is recovered from either. Other cdktf
 * constructs (a code-built LighthouseDelegation `<stack>/<id>/definition`, a LighthouseDefinition `<stack>/<id>`)
 * are keyed by their construct id, the stable key their definition GUID derives from. Anyone else's definitions
 * get a key from the offer name.
 */
export function offerKeyOf(attributes: DefinitionAttributes, resourceName: string, constructPath?: string): string {
  const suffixes = [`-${attributes.subscriptionId}-${attributes.definitionId}`, `-${attributes.subscriptionId}`];
  const ids = constructPath?.split('/').slice(1) ?? [];
  const constructId = ids.length > 1 && ids[ids.length - 1] === 'definition' ? ids[ids.length - 2] : ids[ids.length - 1];
  const candidates = [
    constructPath?.split('/').slice(-2, -1)[0],
    resourceName.endsWith('_definition') ? resourceName.slice(0, -'_definition'.length) : undefined,
  ];
  for (const id of candidates) {
    const suffix = suffixes.find((end) => id !== undefined && id.endsWith(end) && id.length > end.length);
    if (suffix !== undefined) return id!.slice(0, -suffix.length);
  }
  return sanitizeKey(constructId ?? attributes.name);
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
  // '' when absent (or an expression): Terraform generates a random name at apply.
  const name = r.orUnknown(() => r.string(body, path, 'name') ?? '', () => '');
  return { scope, delegatedScope: delegatedScope(scope, name, r.at(path)) };
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
  return principal(id, r.text(body, path, 'principal_display_name'), r.at([...path, 'principal_id']));
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
