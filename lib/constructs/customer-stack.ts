import { backendProblems } from '../model/backend';
import { isGuid } from '../model/guid';
import { AZURE_CLOUDS, environmentOfCloud } from '../model/clouds';
import { AzureCloud, BackendSettings, DEFAULT_SETTINGS } from '../model/plan';
import {
  Aspects, AzurermBackend, AzurermProvider, Construct, IConstruct, LocalBackend, NamedCloudWorkspace, OfflineCloudBackend,
  ResourceProviderRegistration, TerraformStack,
} from './cdk';
import { CUSTOMER_STACK, CustomerScope, enclosingCustomerScope, isCustomerScope } from './customer-scope';
import { LighthouseDelegation, LighthouseDelegationProps, logicalName } from './lighthouse-delegation';

export interface CustomerStackProps {
  /** The customer's Entra tenant: every azurerm provider of the stack authenticates against it. */
  readonly tenantId: string;
  /**
   * Customer name for people (reports, introspection); not written to the Terraform output.
   * @default - the stack id
   */
  readonly displayName?: string;
  /**
   * Azure cloud of the customer: sets the providers' (and an azurerm backend's) `environment`.
   * @default 'AzureCloud'
   */
  readonly cloud?: AzureCloud;
  /**
   * Where Terraform keeps this stack's state; `{stack}` in a path, key or workspace becomes the stack id.
   * A local path is relative to the stack's directory (`<out>/stacks/<stack>/`).
   * A local path inside the output directory is refused (synth replaces what it wrote there).
   * @default { type: 'local', path: '../../../terraform.{stack}.tfstate' }: next to the output directory, never
   * inside it; never cdktf's default, an absolute path that differs between checkouts
   */
  readonly backend?: BackendSettings;
  /**
   * Add an `azurerm_resource_provider_registration` for `Microsoft.ManagedServices` to every subscription
   * the stack delegates; delegations then depend on it. Needed when the RP is not registered yet (e.g. an
   * extra subscription on a Marketplace offer). Terraform fails if the RP is already registered and not imported.
   * @default false
   */
  readonly registerResourceProvider?: boolean;
}

/**
 * One Terraform stack per customer tenant (README, "Deploying the stacks in a pipeline"): its own state and one
 * azurerm provider per subscription, so pipelines deploy customers in parallel and one customer's failure
 * or state lock never blocks another. The stack id comes from the manifest's customer key and names the
 * state (local file / backend key / workspace via `{stack}`): renaming the key starts an empty state whose
 * first apply collides with the existing delegations (same derived names); move the state file first.
 */
export class CustomerStack extends TerraformStack implements CustomerScope {
  /**
   * The enclosing CustomerStack of `construct` (or the construct itself), or undefined when there is none
   * (TerraformStack.of, by contrast, throws outside a stack).
   */
  static enclosing(construct: IConstruct): CustomerStack | undefined {
    return enclosingCustomerScope(construct) as CustomerStack | undefined;
  }

  /** Symbol check instead of instanceof, so two copies of this library still recognize each other. */
  static isCustomerStack(x: unknown): x is CustomerStack {
    return isCustomerScope(x);
  }

  readonly tenantId: string;
  readonly displayName: string;
  readonly cloud: AzureCloud;
  readonly registerResourceProvider: boolean;
  private readonly providers = new Map<string, AzurermProvider>();
  private readonly registrations = new Map<string, ResourceProviderRegistration>();

  constructor(scope: Construct, id: string, props: CustomerStackProps) {
    super(scope, id);
    Object.defineProperty(this, CUSTOMER_STACK, { value: true });
    if (!isGuid(props.tenantId)) {
      throw new Error(`CustomerStack '${id}': tenantId "${props.tenantId}" is not a GUID.\n  fix: pass the customer's Entra tenant id, e.g. "00000000-0000-0000-0000-000000000000".`);
    }
    this.tenantId = props.tenantId.toLowerCase();
    this.displayName = props.displayName ?? id;
    this.cloud = props.cloud ?? DEFAULT_SETTINGS.cloud;
    if (environmentOfCloud(this.cloud) === undefined) {
      throw new Error(`CustomerStack '${id}': cloud "${this.cloud}" is unknown.\n  fix: use one of ${AZURE_CLOUDS.join(', ')}.`);
    }
    this.registerResourceProvider = props.registerResourceProvider ?? DEFAULT_SETTINGS.registerResourceProvider;
    const backend = props.backend ?? DEFAULT_SETTINGS.backend;
    // One stack alone cannot share its state; a state file inside the output directory is lost on the next synth.
    for (const { field, problem, fix } of backendProblems(backend, 1)) {
      throw new Error(`CustomerStack '${id}': backend ${field}: ${problem}.\n  fix: ${fix}.`);
    }
    this.addBackend(backend);
  }

  /**
   * The azurerm provider for one subscription, created on first use with alias `sub-<subscription guid>`
   * (stable, a valid Terraform alias, and readable in `terraform plan`). `resource_provider_registrations =
   * "none"` stops the provider from registering dozens of resource providers with the onboarding identity,
   * which needs only `roleAssignments/write` on the subscription.
   */
  providerFor(subscriptionId: string): AzurermProvider {
    if (!isGuid(subscriptionId)) {
      throw new Error(`CustomerStack '${this.node.id}': subscriptionId "${subscriptionId}" is not a GUID.\n  fix: pass the subscription id, e.g. "00000000-0000-0000-0000-000000000000".`);
    }
    const subscription = subscriptionId.toLowerCase();
    let provider = this.providers.get(subscription);
    if (!provider) {
      provider = new AzurermProvider(this, `azurerm-sub-${subscription}`, {
        alias: `sub-${subscription}`,
        tenantId: this.tenantId,
        subscriptionId: subscription,
        environment: environmentOfCloud(this.cloud),
        features: [{}],
        resourceProviderRegistrations: 'none',
      });
      this.providers.set(subscription, provider);
      if (this.registerResourceProvider) this.addRegistration(subscription, provider);
    }
    return provider;
  }

  /**
   * The `Microsoft.ManagedServices` registration of a subscription (created with its provider when
   * `registerResourceProvider` is on), for delegations to depend on; undefined otherwise.
   */
  resourceProviderRegistrationFor(subscriptionId: string): ResourceProviderRegistration | undefined {
    return this.registrations.get(subscriptionId.toLowerCase());
  }

  /**
   * cdktf 0.21 invokes aspects from each stack downwards and never passes on those added to the App, so
   * `Aspects.of(app).add(new PolicyChecks())` would silently do nothing. A CustomerStack inherits its
   * ancestors' aspects just before synthesis (cdktf prepares every stack before it synthesizes any), as
   * in the AWS CDK.
   */
  override prepareStack(): void {
    const own = Aspects.of(this);
    for (const ancestor of this.node.scopes.slice(0, -1)) {
      for (const aspect of Aspects.of(ancestor).all) if (!own.all.includes(aspect)) own.add(aspect);
    }
    super.prepareStack();
  }

  /** `new LighthouseDelegation(this, id, props)`; the customer tenant defaults to this stack's. */
  addDelegation(id: string, props: LighthouseDelegationProps): LighthouseDelegation {
    return new LighthouseDelegation(this, id, props);
  }

  private addRegistration(subscription: string, provider: AzurermProvider): void {
    const registration = new ResourceProviderRegistration(this, `managedservices-${subscription}`, {
      provider,
      name: 'Microsoft.ManagedServices',
    });
    registration.overrideLogicalId(logicalName(`sub_${subscription}_managedservices_registration`));
    this.registrations.set(subscription, registration);
  }

  private addBackend(backend: BackendSettings): void {
    const stack = (template: string) => template.split('{stack}').join(this.node.id);
    switch (backend.type) {
      case 'local':
        new LocalBackend(this, { path: stack(backend.path) });
        return;
      case 'azurerm':
        new AzurermBackend(this, {
          resourceGroupName: backend.resourceGroupName,
          storageAccountName: backend.storageAccountName,
          containerName: backend.containerName,
          key: stack(backend.key),
          subscriptionId: backend.subscriptionId,
          tenantId: backend.tenantId,
          useAzureadAuth: backend.useAzureadAuth,
          useOidc: backend.useOidc,
          // The state storage lives in the same cloud as the customer's resources.
          environment: this.cloud === 'AzureCloud' ? undefined : environmentOfCloud(this.cloud),
        });
        return;
      case 'cloud':
        new OfflineCloudBackend(this, {
          organization: backend.organization,
          hostname: backend.hostname,
          workspaces: new NamedCloudWorkspace(stack(backend.workspace), backend.project),
        });
        return;
      default:
        throw new Error(`CustomerStack '${this.node.id}': backend type "${(backend as { type: string }).type}" is unknown.\n  fix: use "local", "azurerm" or "cloud".`);
    }
  }
}
