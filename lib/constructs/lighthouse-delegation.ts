import { scopeConstructSuffix, subscriptionScopeId } from '../model/ids';
import { Authorization, Delegation, MarketplacePlan } from '../model/plan';
import {
  Construct, LighthouseAssignment, LighthouseDefinition, LighthouseDefinitionAuthorization,
  LighthouseDefinitionEligibleAuthorization, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack,
} from './cdk';
import { runChecksAboveStackOf } from './checks-above-stacks';
import { enclosingCustomerScope } from './customer-scope';
import { LighthouseDelegationProps, normalizeProps } from './delegation-props';

export type { DelegationApprover, DelegationAuthorization, DelegationPlan, EligibleSettings, LighthouseDelegationProps } from './delegation-props';

export interface FromPlanOptions {
  /** @default - the enclosing CustomerStack's provider for the delegation's subscription, else the default provider */
  readonly provider?: TerraformProvider;
}

/** What the constructor builds from: props normalize into this; fromPlan passes the Plan's verbatim. */
interface BuildInput {
  readonly delegation: Delegation;
  readonly provider?: TerraformProvider;
}

/** Marks a props object that fromPlan made: the constructor then skips normalization. */
const PLAN_INPUT = Symbol('lighthouse-iac/LighthouseDelegation.planInput');

/**
 * One Azure Lighthouse delegation: an `azurerm_lighthouse_definition` at the subscription plus one
 * `azurerm_lighthouse_assignment` per delegated scope (the subscription, or each resource group), and
 * outputs with their ids. Names are deterministic (README, "What gets generated").
 *
 * Terraform addresses derive from the construct id (`<offer key>-<subscription>` when built from a Plan):
 * `<id>_definition`, `<id>_assignment_subscription` / `<id>_assignment_rg_<group>`, outputs `<id>_definition_id`
 * and `<id>_assignment_ids`. Renaming the id (or the offer key) REPLACES the resources: Terraform destroys the
 * old addresses and creates new ones, so the delegation is removed and re-created (and, when the Azure
 * names stay the same, the create can collide with the not-yet-deleted object). To rename in place, move
 * the state (`terraform state mv`) instead.
 *
 * Service rules (Owner not allowed, User Access Administrator needs delegated roles, ...) are checked by
 * the policy layer, which reads `delegation`; this construct only rejects inputs it cannot build from.
 */
export class LighthouseDelegation extends Construct {
  /** Builds from a Plan delegation, using its resolved role GUIDs, definition id and assignment names as they are. */
  static fromPlan(scope: Construct, id: string, delegation: Delegation, options: FromPlanOptions = {}): LighthouseDelegation {
    const input: BuildInput = { delegation, provider: options.provider };
    return new LighthouseDelegation(scope, id, { [PLAN_INPUT]: input } as unknown as LighthouseDelegationProps);
  }

  /** The normalized model of this delegation, for policy Aspects and reports. */
  readonly delegation: Delegation;
  readonly definition: LighthouseDefinition;
  /** One per scope, in `delegation.scopes` order. */
  readonly assignments: readonly LighthouseAssignment[];
  readonly definitionIdOutput: TerraformOutput;
  readonly assignmentIdsOutput: TerraformOutput;

  constructor(scope: Construct, id: string, props: LighthouseDelegationProps) {
    super(scope, id);
    const planInput = (props as unknown as { [PLAN_INPUT]?: BuildInput })[PLAN_INPUT];
    const stack = enclosingCustomerScope(this);
    const { delegation, provider } = planInput ?? {
      delegation: normalizeProps(props, { id, path: this.node.path, ...(stack && { customerStack: { id: stack.node.id, tenantId: stack.tenantId } }) }),
      provider: props.provider,
    };
    this.delegation = delegation;
    // `Aspects.of(app).add(new PolicyChecks())` checks this delegation's stack too, whatever kind of stack it is.
    runChecksAboveStackOf(this);

    // The one builder path, for props and Plans alike.
    const resolvedProvider = provider ?? stack?.providerFor(delegation.subscriptionId);
    const registration = stack?.resourceProviderRegistrationFor(delegation.subscriptionId);
    const base = logicalName(id);
    const names = new LogicalNames(this);

    this.definition = new LighthouseDefinition(this, 'definition', {
      provider: resolvedProvider,
      dependsOn: registration ? [registration] : undefined,
      scope: subscriptionScopeId(delegation.subscriptionId),
      lighthouseDefinitionId: delegation.definitionId,
      managingTenantId: delegation.managingTenantId,
      name: delegation.name,
      description: delegation.description,
      authorization: delegation.authorizations.filter((a) => !a.eligible).map(activeAuthorization),
      eligibleAuthorization: nonEmpty(delegation.authorizations.filter((a) => a.eligible).map(eligibleAuthorization)),
      plan: delegation.plan && planBlock(delegation.plan),
    });
    names.assign(this.definition, `${base}_definition`);
    // One reference token for all uses: each `.id` read makes a new token, and cdktf records a full stack
    // trace for every token it creates (about 15% of synth time at 1,000 customers, see npm run bench).
    const definitionId = this.definition.id;

    this.assignments = delegation.scopes.map((scopeEntry) => {
      const suffix = scopeConstructSuffix(scopeEntry);
      const assignment = new LighthouseAssignment(this, `assignment-${suffix}`, {
        provider: resolvedProvider,
        scope: scopeEntry.id,
        name: scopeEntry.assignmentName,
        lighthouseDefinitionId: definitionId,
      });
      names.assign(assignment, `${base}_assignment_${suffix}`);
      return assignment;
    });

    this.definitionIdOutput = new TerraformOutput(this, 'definition-id', {
      value: definitionId,
      description: `Registration definition of "${delegation.name}" in subscription ${delegation.subscriptionId}`,
    });
    names.assign(this.definitionIdOutput, `${base}_definition_id`);
    this.assignmentIdsOutput = new TerraformOutput(this, 'assignment-ids', {
      value: this.assignments.map((a) => a.id),
      description: `Registration assignments of "${delegation.name}", one per delegated scope`,
    });
    names.assign(this.assignmentIdsOutput, `${base}_assignment_ids`);
  }
}

/**
 * Terraform names are letters, digits, `_` and `-`, starting with a letter or `_`; anything else becomes `_`.
 * Dashes are kept so that distinct manifest keys (`a-b`, `a_b`) stay distinct names.
 */
export function logicalName(raw: string): string {
  const name = raw.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/**
 * Stable logical ids (overrideLogicalId) with a per-stack collision check: cdktf would silently merge two
 * elements with the same logical id, e.g. two delegations whose ids differ only in punctuation.
 */
class LogicalNames {
  private static readonly used = new WeakMap<TerraformStack, Map<string, string>>();

  constructor(private readonly owner: Construct) {}

  assign(element: TerraformResource | TerraformOutput, name: string): void {
    const stack = TerraformStack.of(this.owner);
    let used = LogicalNames.used.get(stack);
    if (!used) LogicalNames.used.set(stack, (used = new Map()));
    const key = `${element instanceof TerraformOutput ? 'output' : element.terraformResourceType}.${name}`;
    const other = used.get(key);
    if (other !== undefined) {
      throw new Error(`LighthouseDelegation '${this.owner.node.path}': Terraform name "${name}" is already used by '${other}'.\n  fix: give the delegations construct ids that differ in more than punctuation.`);
    }
    used.set(key, element.node.path);
    element.overrideLogicalId(name);
  }
}

function activeAuthorization(a: Authorization): LighthouseDefinitionAuthorization {
  return {
    principalId: a.principal.id,
    roleDefinitionId: a.role.id,
    principalDisplayName: a.principal.displayName,
    delegatedRoleDefinitionIds: nonEmpty(a.delegatedRoles.map((r) => r.id)),
  };
}

/** Eligible authorizations have no delegated roles in the API; the policy layer reports such input. */
function eligibleAuthorization(a: Authorization): LighthouseDefinitionEligibleAuthorization {
  const jit = a.eligible!;
  return {
    principalId: a.principal.id,
    roleDefinitionId: a.role.id,
    principalDisplayName: a.principal.displayName,
    justInTimeAccessPolicy: {
      maximumActivationDuration: jit.maximumActivationDuration,
      // The provider accepts only "Azure"; leaving it unset sends "None".
      multiFactorAuthProvider: jit.requireMfa ? 'Azure' : undefined,
      approver: nonEmpty(jit.approvers.map((p) => ({ principalId: p.id, principalDisplayName: p.displayName }))),
    },
  };
}

function planBlock(plan: MarketplacePlan) {
  return { name: plan.name, publisher: plan.publisher, product: plan.product, version: plan.version };
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}
