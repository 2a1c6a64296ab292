import { SourceLocation } from './location';

/**
 * The normalized, validated model everything works from (docs/architecture.md). Every input (manifest,
 * ARM template, Terraform JSON, az CLI export, code-built constructs) becomes a Plan; every output and every
 * policy rule reads only the Plan. Elements keep the source location of the entry that produced them so
 * that findings point into the user's file. GUIDs are lower-case.
 */
export interface Plan {
  /** The file the Plan was read from, as the user named it. */
  readonly file: string;
  /** The managing (service-provider) tenant. Absent only for imports that mix several managing tenants. */
  readonly managingTenant?: ManagingTenant;
  /** Managing-tenant principals by manifest key (imports: by object id), in manifest order. */
  readonly principals: readonly Principal[];
  readonly customers: readonly Customer[];
  readonly offers: readonly Offer[];
  /**
   * Named, reusable lists of authorizations: a manifest's `authorizationSets`; for imports, which have none, one
   * set per distinct authorization list of each offer (`derived`). Offers and delegations name theirs by key.
   */
  readonly authorizationSets: readonly AuthorizationSet[];
  /** One per customer subscription and offer: a registration definition plus its assignments. */
  readonly delegations: readonly Delegation[];
  readonly suppressions: readonly Suppression[];
  readonly settings: Settings;
  /**
   * What a reader of any output should know about the input: what it cannot show (an az CLI export read with an API
   * version that has no eligible authorizations). Commands print them on stderr; `import` writes them into the
   * manifest's header. @default - none
   */
  readonly notes?: readonly InputNote[];
}

/** A note about the input as a whole (Plan.notes): what it leaves out, and how to get a complete one. */
export interface InputNote {
  readonly message: string;
  readonly fix: string;
  readonly location?: SourceLocation;
}

export interface ManagingTenant {
  readonly id: string;
  readonly name?: string;
  readonly source?: SourceLocation;
}

export type PrincipalType = 'user' | 'group' | 'servicePrincipal';

export interface Principal {
  /** Manifest key; absent when imported from a template, Terraform or az CLI output. */
  readonly key?: string;
  /** Object id in the managing tenant. */
  readonly id: string;
  readonly displayName?: string;
  /** Absent when the input does not say (ARM templates do not record principal types). */
  readonly type?: PrincipalType;
  readonly source?: SourceLocation;
}

export interface RoleRef {
  /** Bare role definition GUID, as `roleDefinitionId` takes it. */
  readonly id: string;
  /** Built-in role name from the role catalog; absent when the GUID is not a known built-in role. */
  readonly name?: string;
  readonly source?: SourceLocation;
}

/** Just-in-time (PIM) activation settings of an eligible authorization. */
export interface JustInTimePolicy {
  /** ISO 8601 duration, PT30M..PT8H. */
  readonly maximumActivationDuration: string;
  /** `multiFactorAuthProvider: Azure` when true, `None` when false. */
  readonly requireMfa: boolean;
  readonly approvers: readonly Principal[];
}

export interface Authorization {
  readonly principal: Principal;
  readonly role: RoleRef;
  /** `delegatedRoleDefinitionIds` (User Access Administrator only); empty when none. */
  readonly delegatedRoles: readonly RoleRef[];
  /** Present for an eligible (just-in-time) authorization; absent for an active (permanent) one. */
  readonly eligible?: JustInTimePolicy;
  /** The authorization set it came from, when the input has sets. */
  readonly authorizationSet?: string;
  readonly source?: SourceLocation;
}

export interface MarketplacePlan {
  /** Marketplace plan id. */
  readonly name: string;
  /** Marketplace publisher id. */
  readonly publisher: string;
  /** Marketplace offer id ("product code"). */
  readonly product: string;
  /** Plan (manifest) version, `n.n.n`. */
  readonly version: string;
  readonly source?: SourceLocation;
}

export interface Customer {
  readonly key: string;
  readonly displayName: string;
  readonly tenantId: string;
  readonly source?: SourceLocation;
}

export interface AuthorizationSet {
  /** Manifest key (imports: derived from the offer key). */
  readonly key: string;
  readonly authorizations: readonly Authorization[];
  /** The input has no sets: the importer made this one from the authorization list of a delegation. */
  readonly derived?: boolean;
  readonly source?: SourceLocation;
}

export interface Offer {
  readonly key: string;
  /** `registrationDefinitionName`: the offer title the customer sees. */
  readonly name: string;
  readonly description?: string;
  readonly authorizationSets: readonly string[];
  readonly plan?: MarketplacePlan;
  readonly source?: SourceLocation;
}

export type ScopeKind = 'subscription' | 'resourceGroup';

/** A scope a registration assignment delegates: the subscription itself or one of its resource groups. */
export interface DelegatedScope {
  readonly kind: ScopeKind;
  /** ARM scope id: `/subscriptions/<id>` or `/subscriptions/<id>/resourceGroups/<name>`. */
  readonly id: string;
  readonly resourceGroup?: string;
  /** Registration assignment name (GUID), derived from the definition and the scope. */
  readonly assignmentName: string;
  /** The api-version the input deploys the assignment with (ARM templates say; other inputs do not). */
  readonly apiVersion?: ApiVersion;
  readonly source?: SourceLocation;
}

/** A Microsoft.ManagedServices api-version as an input writes it, e.g. `2022-10-01` or `2020-02-01-preview`. */
export interface ApiVersion {
  readonly value: string;
  readonly source?: SourceLocation;
}

export interface Delegation {
  /** Customer key. */
  readonly customer: string;
  /** Offer key. */
  readonly offer: string;
  readonly managingTenantId: string;
  /** `''` when the input does not say (an imported ARM template is deployed to a tenant chosen at deploy time). */
  readonly customerTenantId: string;
  /** `''` when the input does not say; scope ids then read `/subscriptions/` + `''` + `[/resourceGroups/<name>]`. */
  readonly subscriptionId: string;
  /** `registrationDefinitionName`. */
  readonly name: string;
  readonly description?: string;
  /** Registration definition name (GUID); `''` when the input leaves it to the tool (Terraform generates one). */
  readonly definitionId: string;
  /** Active and eligible authorizations, in manifest order: those of its authorization sets, in order. */
  readonly authorizations: readonly Authorization[];
  /** Keys of the sets its authorizations come from (the offer's, or a per-delegation override), in order. */
  readonly authorizationSets: readonly string[];
  readonly plan?: MarketplacePlan;
  /** The api-version the input deploys the definition with (ARM templates say; other inputs do not). */
  readonly apiVersion?: ApiVersion;
  /** At least one: the subscription, or resource groups in it. */
  readonly scopes: readonly DelegatedScope[];
  readonly source?: SourceLocation;
}

export interface Suppression {
  /** Rule id, e.g. `LH301`. */
  readonly rule: string;
  readonly reason: string;
  readonly customer?: string;
  readonly subscription?: string;
  /** Principal key or object id. */
  readonly principal?: string;
  readonly source?: SourceLocation;
}

export type AzureCloud = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';

export type BackendSettings = LocalBackendSettings | AzurermBackendSettings | CloudBackendSettings;

/** Where a backend was set (the manifest's `settings.backend`), for errors about it. */
interface BackendSource {
  readonly source?: SourceLocation;
}

/** In every path/key/workspace template, `{stack}` is replaced by the stack name. */
export interface LocalBackendSettings extends BackendSource {
  readonly type: 'local';
  /** Relative to the stack's directory, `<out>/stacks/<stack>`. */
  readonly path: string;
}

export interface AzurermBackendSettings extends BackendSource {
  readonly type: 'azurerm';
  readonly resourceGroupName: string;
  readonly storageAccountName: string;
  readonly containerName: string;
  readonly key: string;
  readonly subscriptionId?: string;
  readonly tenantId?: string;
  readonly useAzureadAuth: boolean;
  readonly useOidc: boolean;
}

export interface CloudBackendSettings extends BackendSource {
  readonly type: 'cloud';
  readonly organization: string;
  readonly workspace: string;
  readonly hostname?: string;
  readonly project?: string;
}

export interface Settings {
  readonly cloud: AzureCloud;
  readonly backend: BackendSettings;
  /** Add `azurerm_resource_provider_registration` for Microsoft.ManagedServices to every subscription. */
  readonly registerResourceProvider: boolean;
}

/**
 * Local state lives next to the output directory (`<out>/stacks/<stack>/../../../`), never inside it:
 * the output is generated, and a state file among generated files is refused (lib/model/backend.ts).
 */
export const DEFAULT_LOCAL_STATE_PATH = '../../../terraform.{stack}.tfstate';

export const DEFAULT_SETTINGS: Settings = {
  cloud: 'AzureCloud',
  backend: { type: 'local', path: DEFAULT_LOCAL_STATE_PATH },
  registerResourceProvider: false,
};

export function isEligible(authorization: Authorization): boolean {
  return authorization.eligible !== undefined;
}
