import { toolVersion } from '../../util/tool-version';
import { LATEST_MANAGED_SERVICES_API_VERSION } from '../../model/api-versions';
import { Authorization, DelegatedScope, Delegation, isEligible } from '../../model/plan';
import { activeAuthorizationValue, eligibleAuthorizationValue } from './authorization-values';
import { ParameterBase, parameterNaming, ParameterNaming } from './parameter-names';
import { ArmOutput, ArmParameterDeclaration, ArmParametersFile, ArmResource, ArmTemplate, JsonValue } from './types';

/** Subscription-level deployment template (the eligible-authorization samples use this version). */
export const SUBSCRIPTION_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#';
/** Nested templates deployed to a resource group. */
export const RESOURCE_GROUP_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
/**
 * Parameter files: "The schema for a parameter file is the same for all deployment scopes" (Microsoft Learn,
 * "Subscription deployments with ARM templates"). There is no 2019-08-01 subscriptionDeploymentParameters schema;
 * the samples' 2018-05-01 one is older but equivalent.
 */
export const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
export const CONTENT_VERSION = '1.0.0.0';
/** Latest stable Microsoft.ManagedServices API: needed for eligibleAuthorizations (>= 2020-02-01-preview). */
export const MANAGED_SERVICES_API_VERSION = LATEST_MANAGED_SERVICES_API_VERSION;
/** Microsoft.Resources/deployments API of the nested resource-group deployments. */
export const DEPLOYMENTS_API_VERSION = '2022-09-01';

export const DEFINITION_TYPE = 'Microsoft.ManagedServices/registrationDefinitions';
export const ASSIGNMENT_TYPE = 'Microsoft.ManagedServices/registrationAssignments';
export const DEPLOYMENT_TYPE = 'Microsoft.Resources/deployments';

/** What one customer subscription receives: its delegations (one per offer), in Plan order. */
export interface SubscriptionGroup {
  readonly customer: string;
  readonly customerDisplayName: string;
  readonly customerTenantId: string;
  readonly subscriptionId: string;
  readonly delegations: readonly Delegation[];
}

/**
 * The template and parameters file of one customer subscription. Resource names are literal GUIDs from the
 * Plan (definition = deterministic definition id, assignment = deterministic assignment name), never
 * `guid(parameters(...))` as in the samples: the names must not change when someone edits a parameter, so a
 * re-deploy updates the delegation that Terraform or an earlier export created instead of adding a second one.
 */
export function subscriptionTemplate(group: SubscriptionGroup): { template: ArmTemplate; parameters: ArmParametersFile } {
  const parameters: Record<string, ArmParameterDeclaration> = {};
  const values: Record<string, { value: JsonValue }> = {};
  const resources: ArmResource[] = [];
  const outputs: Record<string, ArmOutput> = {};
  group.delegations.forEach((delegation, index) => {
    const part = new DelegationPart(delegation, parameterNaming(index, group.delegations.length, delegation.offer));
    Object.assign(parameters, part.parameters);
    Object.assign(values, part.values);
    resources.push(...part.resources());
    Object.assign(outputs, part.outputs());
  });
  const template: ArmTemplate = {
    $schema: SUBSCRIPTION_TEMPLATE_SCHEMA,
    contentVersion: CONTENT_VERSION,
    metadata: {
      'lighthouse-iac': {
        version: toolVersion(),
        customer: group.customer,
        customerDisplayName: group.customerDisplayName,
        customerTenantId: group.customerTenantId,
        subscriptionId: group.subscriptionId,
        delegations: group.delegations.map((d) => ({ offer: d.offer, definitionId: d.definitionId })),
      },
    },
    parameters,
    resources,
    outputs,
  };
  return { template, parameters: { $schema: PARAMETERS_SCHEMA, contentVersion: CONTENT_VERSION, parameters: values } };
}

/** `[resourceId('Microsoft.ManagedServices/registrationDefinitions/', '<guid>')]`, as the samples reference it. */
export function definitionReference(definitionId: string): string {
  return `[resourceId('${DEFINITION_TYPE}/', ${literal(definitionId)})]`;
}

/** Name of the nested deployment that assigns a resource group (unique per assignment, <= 64 characters). */
export function nestedDeploymentName(scope: DelegatedScope): string {
  return `rgAssignment-${scope.assignmentName}`;
}

/** The parameters, values, resources and outputs one delegation contributes. */
class DelegationPart {
  readonly parameters: Record<string, ArmParameterDeclaration> = {};
  readonly values: Record<string, { value: JsonValue }> = {};
  private readonly active: readonly Authorization[];
  private readonly eligible: readonly Authorization[];
  private readonly resourceGroups: readonly DelegatedScope[];
  private readonly definitionRef: string;

  constructor(private readonly delegation: Delegation, private readonly naming: ParameterNaming) {
    const d = delegation;
    this.active = d.authorizations.filter((a) => !isEligible(a));
    this.eligible = d.authorizations.filter(isEligible);
    this.resourceGroups = d.scopes.filter((s) => s.kind === 'resourceGroup');
    this.definitionRef = definitionReference(d.definitionId);
    this.declare('mspOfferName', 'string', 'Offer name the customer sees under "Service providers" (registrationDefinitionName)', d.name);
    if (d.description !== undefined) this.declare('mspOfferDescription', 'string', 'Description of the offer', d.description);
    this.declare('managedByTenantId', 'string', 'Tenant id of the managing tenant (the service provider)', d.managingTenantId);
    this.declare('authorizations', 'array',
      'Permanent authorizations: principalId (a user, group or service principal in the managing tenant), principalIdDisplayName, '
      + 'roleDefinitionId (built-in role GUID) and, for User Access Administrator, delegatedRoleDefinitionIds',
      this.active.map(activeAuthorizationValue));
    if (this.eligible.length > 0) {
      this.declare('eligibleAuthorizations', 'array',
        'Just-in-time (eligible) authorizations: principalId, principalIdDisplayName, roleDefinitionId and justInTimeAccessPolicy '
        + '(multiFactorAuthProvider, maximumActivationDuration, managedByTenantApprovers)',
        this.eligible.map(eligibleAuthorizationValue));
    }
    if (this.resourceGroups.length === 1) {
      this.declare('rgName', 'string', 'The resource group to delegate (it must exist)', this.resourceGroups[0].resourceGroup ?? '');
    } else if (this.resourceGroups.length > 1) {
      this.declare('resourceGroups', 'array', 'The resource groups to delegate, as { "rgName": ... } objects (they must exist)',
        this.resourceGroups.map((s) => ({ rgName: s.resourceGroup ?? '' })));
    }
    if (d.plan) {
      this.declare('marketplacePublisherId', 'string', 'Azure Marketplace publisher ID of the offer\'s plan', d.plan.publisher);
      this.declare('marketplaceOfferId', 'string', 'Azure Marketplace offer ID (product code) of the plan', d.plan.product);
      this.declare('marketplacePlanId', 'string', 'Azure Marketplace plan ID', d.plan.name);
      this.declare('marketplacePlanVersion', 'string', 'Version of the plan\'s technical configuration', d.plan.version);
    }
  }

  resources(): ArmResource[] {
    return [this.definitionResource(), ...this.delegation.scopes.map((scope) => this.assignmentResource(scope))];
  }

  outputs(): Record<string, ArmOutput> {
    const name = this.naming.name;
    return {
      [name('mspOfferName')]: { type: 'string', value: `[concat('Managed by', ' ', ${this.parameterCall('mspOfferName')})]` },
      [name('authorizations')]: { type: 'array', value: this.parameter('authorizations') },
      ...(this.eligible.length > 0 && { [name('eligibleAuthorizations')]: { type: 'array', value: this.parameter('eligibleAuthorizations') } }),
      ...(this.delegation.plan && { [name('marketplace')]: { type: 'object', value: this.planObject() } }),
      [name('assignmentIds')]: { type: 'array', value: this.delegation.scopes.map((scope) => this.assignmentId(scope)) },
    };
  }

  private declare(base: ParameterBase, type: ArmParameterDeclaration['type'], description: string, value: JsonValue): void {
    const name = this.naming.name(base);
    this.parameters[name] = { type, metadata: { description: this.naming.describe(description) } };
    this.values[name] = { value };
  }

  private parameterCall(base: ParameterBase): string {
    return `parameters(${literal(this.naming.name(base))})`;
  }

  private parameter(base: ParameterBase): string {
    return `[${this.parameterCall(base)}]`;
  }

  private definitionResource(): ArmResource {
    return {
      type: DEFINITION_TYPE,
      apiVersion: MANAGED_SERVICES_API_VERSION,
      name: this.delegation.definitionId,
      properties: {
        registrationDefinitionName: this.parameter('mspOfferName'),
        ...(this.delegation.description !== undefined && { description: this.parameter('mspOfferDescription') }),
        managedByTenantId: this.parameter('managedByTenantId'),
        authorizations: this.parameter('authorizations'),
        ...(this.eligible.length > 0 && { eligibleAuthorizations: this.parameter('eligibleAuthorizations') }),
      },
      ...(this.delegation.plan && { plan: this.planObject() }),
    };
  }

  /** Field names as the definition's `plan` takes them: name = plan ID, product = offer ID. */
  private planObject(): { [key: string]: string } {
    return {
      name: this.parameter('marketplacePlanId'),
      product: this.parameter('marketplaceOfferId'),
      publisher: this.parameter('marketplacePublisherId'),
      version: this.parameter('marketplacePlanVersion'),
    };
  }

  /**
   * The subscription is assigned directly. A resource group is assigned through a nested deployment scoped to
   * it, as rg.json / multi-rg.json do: a subscription-level deployment cannot create a resource-group
   * resource itself. The nested template's expressions are evaluated in the outer (subscription) scope (the
   * default for nested templates), so `resourceId(...)` yields the subscription-level definition id.
   */
  private assignmentResource(scope: DelegatedScope): ArmResource {
    const assignment = (dependsOn: boolean): ArmResource => ({
      type: ASSIGNMENT_TYPE,
      apiVersion: MANAGED_SERVICES_API_VERSION,
      name: scope.assignmentName,
      ...(dependsOn && { dependsOn: [this.definitionRef] }),
      properties: { registrationDefinitionId: this.definitionRef },
    });
    if (scope.kind === 'subscription') return assignment(true);
    return {
      type: DEPLOYMENT_TYPE,
      apiVersion: DEPLOYMENTS_API_VERSION,
      name: nestedDeploymentName(scope),
      resourceGroup: this.resourceGroupExpression(scope),
      dependsOn: [this.definitionRef],
      properties: {
        mode: 'Incremental',
        template: {
          $schema: RESOURCE_GROUP_TEMPLATE_SCHEMA,
          contentVersion: CONTENT_VERSION,
          resources: [assignment(false)],
        },
      },
    };
  }

  /** `parameters('rgName')`, or `parameters('resourceGroups')[i].rgName` as multi-rg.json indexes it. */
  private resourceGroupCall(scope: DelegatedScope): string {
    if (this.resourceGroups.length === 1) return this.parameterCall('rgName');
    return `${this.parameterCall('resourceGroups')}[${this.resourceGroups.indexOf(scope)}].rgName`;
  }

  private resourceGroupExpression(scope: DelegatedScope): string {
    return `[${this.resourceGroupCall(scope)}]`;
  }

  private assignmentId(scope: DelegatedScope): string {
    return scope.kind === 'subscription'
      ? `[resourceId('${ASSIGNMENT_TYPE}', ${literal(scope.assignmentName)})]`
      : `[resourceId(${this.resourceGroupCall(scope)}, '${ASSIGNMENT_TYPE}', ${literal(scope.assignmentName)})]`;
  }
}

/** An ARM string literal: single quotes, a quote inside doubled. */
function literal(text: string): string {
  return `'${text.includes("'") ? text.replace(/'/g, "''") : text}'`;
}
