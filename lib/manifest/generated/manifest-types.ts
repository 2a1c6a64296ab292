/* eslint-disable */
/**
 * GENERATED from schema/manifest.schema.json by `npm run gen`: do not edit by hand.
 * The schema is the source of truth; a test fails when this file is stale.
 */

export type Guid = string;
export type NonEmptyString = string;
export type Key = string;
/**
 * Keys of entries in `authorizationSets`.
 *
 * @minItems 1
 */
export type AuthorizationSetKeys = [Key, ...Key[]];
export type ResourceGroupName = string;
/**
 * Terraform state backend of every customer stack. `{stack}` in path, key and workspace is replaced by the stack name. Default: local, terraform.{stack}.tfstate.
 */
export type BackendEntry = Backend & Backend1;
export type Backend = LocalBackendEntry | AzurermBackendEntry | CloudBackendEntry;

/**
 * An Azure Lighthouse delegation manifest: which managing-tenant principals get which built-in roles on which customer subscriptions or resource groups.
 */
export interface LighthouseManifest {
  /**
   * Optional: the URL or path of this schema, for editors.
   */
  $schema?: string;
  managingTenant: ManagingTenant;
  /**
   * Managing-tenant principals (users, groups, service principals), referenced by key.
   */
  principals: {
    [k: string]: PrincipalEntry | undefined;
  };
  /**
   * Named, reusable lists of authorizations.
   */
  authorizationSets: {
    /**
     * @minItems 1
     */
    [k: string]: [AuthorizationEntry, ...AuthorizationEntry[]] | undefined;
  };
  /**
   * What the MSP sells: each offer becomes one registration definition per customer subscription.
   */
  offers: {
    [k: string]: OfferEntry | undefined;
  };
  /**
   * Customer tenants and the delegations they receive, by key (the key names the Terraform stack). May be empty: a manifest of Marketplace offers only (for partner-center) has no customers yet.
   */
  customers: {
    [k: string]: CustomerEntry | undefined;
  };
  /**
   * Policy findings accepted on purpose, each with a reason. Suppressed findings stay in reports.
   */
  suppressions?: SuppressionEntry[];
  settings?: SettingsEntry;
}
/**
 * The MSP's Entra tenant (managedByTenantId).
 */
export interface ManagingTenant {
  id: Guid;
  /**
   * Your organisation's name, shown in reports and generated READMEs.
   */
  name?: string;
}
export interface PrincipalEntry {
  /**
   * Object id in the managing tenant.
   */
  id: string;
  /**
   * What the customer sees instead of a bare GUID.
   */
  displayName?: string;
  /**
   * What the principal is. Absent: unknown (an import that could not tell); rules that depend on the type (LH109, LH202, LH203) cannot check it, and LH210 says so. Look it up with `az ad sp show --id <object id>` / `az ad group show --group <object id>` / `az ad user show --id <object id>`.
   */
  type?: 'user' | 'group' | 'servicePrincipal';
}
export interface AuthorizationEntry {
  /**
   * Key of an entry in `principals`.
   */
  principal: string;
  /**
   * Built-in role name (case-insensitive) or role definition GUID.
   */
  role: string;
  /**
   * Roles a User Access Administrator may assign to managed identities (delegatedRoleDefinitionIds).
   *
   * @minItems 1
   */
  delegatedRoles?: [NonEmptyString, ...NonEmptyString[]];
  eligible?: EligibleEntry;
}
/**
 * Makes the authorization eligible (just-in-time through PIM) instead of permanent.
 */
export interface EligibleEntry {
  /**
   * Maximum activation duration, ISO 8601 (PT30M to PT8H). Default PT8H.
   */
  maxActivation?: string;
  /**
   * Require Entra MFA to activate. Default true.
   */
  requireMfa?: boolean;
  /**
   * Principal keys of the approvers (users or groups in the managing tenant).
   */
  approvers?: Key[];
}
export interface OfferEntry {
  /**
   * registrationDefinitionName: the offer title the customer sees.
   */
  name: string;
  /**
   * registrationDefinition description: what the customer sees under the offer title.
   */
  description?: string;
  authorizations: AuthorizationSetKeys;
  plan?: MarketplacePlanEntry;
}
/**
 * The Marketplace plan, for offers published through Partner Center (partner-center writes its technical configuration).
 */
export interface MarketplacePlanEntry {
  /**
   * Marketplace publisher id.
   */
  publisher: string;
  /**
   * Marketplace offer id.
   */
  product: string;
  /**
   * Marketplace plan id.
   */
  name: string;
  /**
   * Plan version, n.n.n.
   */
  version: string;
}
export interface CustomerEntry {
  /**
   * The customer's name in generated files and reports (Azure does not use it). Default: the key.
   */
  displayName?: string;
  /**
   * The customer's Entra tenant id.
   */
  tenantId: string;
  /**
   * @minItems 1
   */
  delegations: [DelegationEntry, ...DelegationEntry[]];
}
export interface DelegationEntry {
  /**
   * Key of an entry in `offers`.
   */
  offer: string;
  /**
   * The customer subscription to delegate (or whose resource groups to delegate).
   */
  subscription: string;
  /**
   * Delegate only these resource groups of the subscription. Absent: the whole subscription.
   *
   * @minItems 1
   */
  resourceGroups?: [ResourceGroupName, ...ResourceGroupName[]];
  authorizations?: AuthorizationSetKeys;
  /**
   * Keep this registration definition name (GUID) instead of deriving one from managing tenant, customer tenant, subscription and offer key: the id of a delegation that is already deployed (import fills it in), so that a deploy updates it in place.
   */
  definitionId?: string;
  /**
   * A whole-subscription delegation: keep this registration assignment name instead of deriving it from the definition and the scope.
   */
  assignmentName?: string;
  /**
   * A resource-group delegation: registration assignment names to keep, by resource group (each listed in resourceGroups); groups not named here get derived names.
   */
  assignmentNames?: {
    [k: string]: Guid | undefined;
  };
}
export interface SuppressionEntry {
  /**
   * The rule id, e.g. LH301 (any case).
   */
  rule: string;
  /**
   * Why the finding is accepted (at least 10 characters).
   */
  reason: string;
  /**
   * Only in this customer (a key of `customers`).
   */
  customer?: string;
  /**
   * Only in this subscription.
   */
  subscription?: string;
  /**
   * Only for this principal (a key of `principals`).
   */
  principal?: string;
}
/**
 * Cloud, Terraform state backend and provider registration of the generated stacks.
 */
export interface SettingsEntry {
  /**
   * Default AzureCloud.
   */
  cloud?: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
  backend?: BackendEntry;
  /**
   * Register Microsoft.ManagedServices on every delegated subscription. Default false.
   */
  registerResourceProvider?: boolean;
}
export interface LocalBackendEntry {
  type: 'local';
  /**
   * State file path relative to the stack directory. Default terraform.{stack}.tfstate.
   */
  path?: string;
}
export interface AzurermBackendEntry {
  type: 'azurerm';
  /**
   * Resource group of the state storage account.
   */
  resourceGroupName: string;
  /**
   * Storage account holding the state (3-24 lower-case letters and digits).
   */
  storageAccountName: string;
  /**
   * Blob container of the state.
   */
  containerName: string;
  /**
   * State blob name. Default lighthouse/{stack}.tfstate.
   */
  key?: string;
  /**
   * Subscription of the storage account. Default: the provider's.
   */
  subscriptionId?: string;
  /**
   * Tenant of the storage account. Default: the provider's.
   */
  tenantId?: string;
  /**
   * Default true: Entra ID auth to the storage account, no access keys.
   */
  useAzureadAuth?: boolean;
  /**
   * Default false: set true for workload identity federation in CI.
   */
  useOidc?: boolean;
}
export interface CloudBackendEntry {
  type: 'cloud';
  /**
   * HCP Terraform organization.
   */
  organization: string;
  /**
   * Workspace name. Default lighthouse-{stack}.
   */
  workspace?: string;
  /**
   * Default app.terraform.io.
   */
  hostname?: string;
  /**
   * HCP Terraform project of the workspaces.
   */
  project?: string;
}
export interface Backend1 {
  type: 'local' | 'azurerm' | 'cloud';
}
