import { ALL_RULES } from '../../policies';
import { cloudOfEnvironment } from '../model/clouds';
import { armGuid, isGuid } from '../model/guid';
import { registrationAssignmentGuid } from '../model/ids';
import { SourceLocation } from '../model/location';
import {
  Authorization, AzureCloud, Customer, DEFAULT_SETTINGS, DelegatedScope, Delegation, JustInTimePolicy, MarketplacePlan, Offer,
  Plan, Principal, RoleRef, Suppression,
} from '../model/plan';
import { checkPlan } from '../policy/check';
import { DEFAULT_POLICY, PolicyConfig } from '../policy/policy-config';
import { Finding, Level, Rule } from '../policy/rule';
import { RoleCatalog } from '../roles/catalog';
import {
  Annotations, Aspects, AzurermProvider, IAspect, IConstruct, LighthouseAssignment, LighthouseDefinition, TerraformResource,
  TerraformStack, Token, Tokenization,
} from './cdk';
import { CustomerStack } from './customer-stack';
import { LighthouseDelegation } from './lighthouse-delegation';

export interface PolicyChecksProps {
  /**
   * The rules to run.
   * @default ALL_RULES from policies/ (the whole catalog)
   */
  readonly rules?: readonly Rule[];
  /**
   * Packs, levels and parameters, e.g. a loaded `lighthouse.policy.yaml`.
   * @default DEFAULT_POLICY: every pack on, catalog levels, default parameters
   */
  readonly policy?: PolicyConfig;
  /**
   * Resolves role GUIDs to built-in roles (names, DataActions, restricted actions).
   * @default RoleCatalog.builtIn()
   */
  readonly roles?: RoleCatalog;
  /**
   * The previous Plan, for rules that compare versions (LH403).
   * @default - none: LH403 stays silent
   */
  readonly baseline?: Plan;
  /**
   * Accepted findings, as in a manifest's `suppressions` (reason of at least 10 characters; narrowed by customer =
   * stack id, subscription, or principal object id). Suppressed findings become info annotations, never vanish.
   * @default - none
   */
  readonly suppressions?: readonly Suppression[];
}

/** Marks every annotation this aspect adds that is not a rule finding. */
const TAG = '[lighthouse-iac]';

/** Placeholder for a display name that is a Terraform expression: a token would make messages unreadable. */
const EXPRESSION_DISPLAY_NAME = '(display name known at apply time)';

/**
 * Runs the policy rules (DESIGN.md, "Policy layer") over code-built constructs as a cdktf Aspect: error findings
 * become error annotations, warnings warnings, info (and suppressed findings) info.
 *
 * Where to add it:
 * - `Aspects.of(app).add(new PolicyChecks())` checks every stack of the app TOGETHER (cross-customer rules such as
 *   LH301 see all customers) when the stacks are CustomerStacks: cdktf 0.21 never invokes aspects added to the App
 *   (each stack's synth walks its aspects starting at the stack, with none inherited), so CustomerStack inherits its
 *   ancestors' aspects in prepareStack(). With plain TerraformStacks that line would silently check nothing: use
 *   `PolicyChecks.addTo(app)`, which adds the aspect to the App (to mark the scope) and to each of its stacks (to be
 *   invoked); call it after creating the stacks. A stack created later is still checked and annotated if it
 *   synthesizes after one that carries the aspect; findings on constructs of a stack that synthesized before the
 *   checks ran are reported on the first checked stack instead, prefixed with the construct path.
 * - `Aspects.of(stack).add(new PolicyChecks())` (or `PolicyChecks.addTo(stack)`) checks that stack alone.
 * The rules run once per instance, on the first visit, over every scope the instance was added to; later visits
 * (other stacks, a second synth) do nothing. `plan` and `findings` hold the result afterwards.
 *
 * What cdktf does with the annotations (cdktf 0.21, lib/synthesize/synthesizer.js): per stack, `app.synth()` invokes
 * the aspects, runs validations, collects every info/warning/error annotation of the stack's constructs into
 * `manifest.json` (`stacks.<id>.annotations`), and then, if any is an error, throws
 * `Encountered Annotations with level "ERROR":\n[<construct path>] <message>...` before writing that stack's
 * `cdk.tf.json` (stacks synthesized earlier are already written; manifest.json is not). It does not throw when the
 * environment variable CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS was set when the stack was constructed (the cdktf CLI
 * uses it to print the annotations itself). `Testing.synth(stack)` invokes aspects but never throws: inspect
 * `node.metadata` (types `@cdktf/error`, `@cdktf/warn`, `@cdktf/info`). Annotations on the App itself are never
 * collected, so every finding lands on a construct inside a stack.
 *
 * What it reads: every `LighthouseDelegation` (its normalized `delegation`) and every `azurerm_lighthouse_definition` /
 * `azurerm_lighthouse_assignment` created directly (not by a LighthouseDelegation), from the values they were
 * configured with (the bindings' `*Input` getters). Limitations:
 * - values that are Terraform expressions (variables, references, functions) are known only at apply time: an
 *   authorization with one in its principal, role, delegated roles or just-in-time policy is left out (one info
 *   annotation lists them); a finding that quotes such a value, and a definition-level finding on a definition with
 *   left-out authorizations (e.g. "no Delete Role" when the Delete Role is the left-out one), is reported as info;
 * - principal types are unknown in Terraform, so LH109 (service-principal approvers) and LH202 (individual users) cannot fire;
 * - the customer tenant of a raw definition is the enclosing CustomerStack's, else the literal `tenant_id` of its azurerm
 *   provider (explicit, else the stack's alias-less one), else unknown (''; a finding quoting `""` there is reported as info);
 * - a definition without an assignment in the checked scope is checked with no scopes;
 * - escape hatches (`addOverride`) are not seen; an assignment whose definition is neither a reference to a definition
 *   in the checked scope nor a literal registration definition id gets a warning and is not checked.
 */
export class PolicyChecks implements IAspect {
  /** `new PolicyChecks(props).applyTo(scope)`. */
  static addTo(scope: IConstruct, props: PolicyChecksProps = {}): PolicyChecks {
    return new PolicyChecks(props).applyTo(scope);
  }

  readonly rules: readonly Rule[];
  readonly policy: PolicyConfig;
  readonly roles: RoleCatalog;
  readonly baseline?: Plan;
  readonly suppressions: readonly Suppression[];
  private result?: { readonly plan: Plan; readonly findings: readonly Finding[] };

  constructor(props: PolicyChecksProps = {}) {
    this.rules = props.rules ?? ALL_RULES;
    this.policy = props.policy ?? DEFAULT_POLICY;
    this.roles = props.roles ?? RoleCatalog.builtIn();
    this.baseline = props.baseline;
    this.suppressions = props.suppressions ?? [];
    this.suppressions.forEach((s, i) => {
      if (typeof s.rule !== 'string' || s.rule.trim() === '') {
        throw new Error(`PolicyChecks: suppressions[${i}] names no rule.\n  fix: set rule to a rule id such as "LH301".`);
      }
      if (typeof s.reason !== 'string' || s.reason.trim().length < 10) {
        throw new Error(`PolicyChecks: suppressions[${i}] (${s.rule}) has reason ${JSON.stringify(s.reason)}.\n  fix: say why the finding is accepted, in at least 10 characters.`);
      }
    });
  }

  /** The Plan the rules ran over; undefined until the first visit. */
  get plan(): Plan | undefined {
    return this.result?.plan;
  }

  /** What the rules found (suppressed ones included); undefined until the first visit. */
  get findings(): readonly Finding[] | undefined {
    return this.result?.findings;
  }

  /**
   * Adds this aspect to `scope`. A scope above the stacks (the App, or a construct grouping stacks) is not visited by
   * cdktf, so the aspect is also added to every stack under it; a stack or anything inside one gets it directly.
   */
  applyTo(scope: IConstruct): this {
    Aspects.of(scope).add(this);
    if (stackOf(scope) === undefined) {
      for (const node of scope.node.findAll()) {
        if (TerraformStack.isStack(node) && !Aspects.of(node).all.includes(this)) Aspects.of(node).add(this);
      }
    }
    return this;
  }

  visit(node: IConstruct): void {
    if (this.result) return;
    const scopes = this.attachedScopes(node);
    const reader = new ConstructReader(this.roles, this.suppressions);
    const plan = reader.read(scopes);
    const findings = checkPlan(plan, { rules: this.rules, roles: this.roles, policy: this.policy, baseline: this.baseline });
    this.result = { plan, findings };
    new Annotator(node, this.rules, reader).annotate(findings);
  }

  /** Every scope this instance was added to (found in the whole tree), without those nested in another one. */
  private attachedScopes(visited: IConstruct): IConstruct[] {
    const attached = visited.node.root.node.findAll().filter((n) => Aspects.of(n).all.includes(this));
    if (!attached.includes(visited)) attached.push(visited);
    const set = new Set(attached);
    return attached.filter((scope) => !scope.node.scopes.slice(0, -1).some((ancestor) => set.has(ancestor)));
  }
}

/** Where a Plan element came from: the construct, its entry, and whether it is one specific authorization. */
interface Target {
  readonly construct: IConstruct;
  readonly entry?: Entry;
  readonly authorizationLevel: boolean;
}

/** One registration definition: a LighthouseDelegation, or a raw LighthouseDefinition with its raw assignments. */
interface Entry {
  readonly construct: IConstruct;
  readonly definition: LighthouseDefinition;
  /** Its `scopes` are replaced by the entry's `scopes` when the Plan is made. */
  delegation: Delegation;
  readonly scopes: DelegatedScope[];
  readonly cloud?: AzureCloud;
  readonly customer: Customer;
  /** Parts left out of the check (Terraform expressions), for the info annotation. */
  readonly notChecked: string[];
  /** Authorizations left out: definition-level findings may then be false alarms. */
  excludedAuthorizations: number;
  /** Set when the customer tenant is unknown (''): a finding on this entry quoting `""` is about it. */
  unknownTenant: boolean;
}

/** Which stack a construct is in, or undefined above the stacks. */
function stackOf(construct: IConstruct): TerraformStack | undefined {
  for (const node of [...construct.node.scopes].reverse()) {
    if (TerraformStack.isStack(node)) return node;
  }
  return undefined;
}

function isExpression(value: unknown): boolean {
  return value !== undefined && value !== null && (Tokenization.isResolvable(value) || Token.isUnresolved(value));
}

function lowerGuid(value: string): string {
  return isGuid(value) ? value.toLowerCase() : value;
}

const SCOPE_ID = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?\/?$/i;
const DEFINITION_RESOURCE_ID = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ManagedServices\/registrationDefinitions\/([^/]+)\/?$/i;

/** Reads the construct tree into a Plan and remembers where each element came from. */
class ConstructReader {
  readonly entries: Entry[] = [];
  readonly targets = new Map<SourceLocation, Target>();
  readonly byPath = new Map<string, Target>();
  /** Token strings that made it into the Plan: a finding quoting one is about a value known only at apply time. */
  readonly expressions = new Set<string>();
  /** Annotations that are not findings: unresolvable assignments, left-out parts. */
  readonly notes: Array<{ construct: IConstruct; level: Level; text: string }> = [];
  private readonly defaultProviders = new Map<TerraformStack, AzurermProvider | undefined>();

  constructor(private readonly roles: RoleCatalog, private readonly suppressions: readonly Suppression[]) {}

  read(scopes: readonly IConstruct[]): Plan {
    const nodes = new Set<IConstruct>();
    for (const scope of scopes) for (const node of scope.node.findAll()) nodes.add(node);
    const owned = new Set<IConstruct>();
    for (const node of nodes) {
      if (node instanceof LighthouseDelegation) [node.definition, ...node.assignments].forEach((r) => owned.add(r));
    }
    const assignments: LighthouseAssignment[] = [];
    for (const node of nodes) {
      if (node instanceof LighthouseDelegation) this.readDelegation(node);
      else if (node instanceof LighthouseDefinition && !owned.has(node)) this.readDefinition(node);
      else if (node instanceof LighthouseAssignment && !owned.has(node)) assignments.push(node);
    }
    for (const assignment of assignments) this.readAssignment(assignment);
    for (const entry of this.entries) {
      if (entry.notChecked.length > 0) {
        this.notes.push({
          construct: entry.construct, level: 'info',
          text: `${TAG} not checked, known only at apply time: ${entry.notChecked.join('; ')}`,
        });
      }
    }
    return this.plan();
  }

  private plan(): Plan {
    const delegations: Delegation[] = this.entries.map((e) => ({ ...e.delegation, scopes: e.scopes }));
    const customers = new Map<string, Customer>();
    const offers = new Map<string, Offer>();
    const principals = new Map<string, Principal>();
    const clouds = new Set<AzureCloud>();
    for (const entry of this.entries) {
      const d = entry.delegation;
      if (!customers.has(entry.customer.key)) customers.set(entry.customer.key, entry.customer);
      if (!offers.has(d.offer)) {
        offers.set(d.offer, {
          key: d.offer, name: d.name, authorizationSets: [],
          ...(d.description !== undefined && { description: d.description }),
          ...(d.plan && { plan: d.plan }),
          ...(d.source && { source: d.source }),
        });
      }
      for (const a of d.authorizations) {
        for (const p of [a.principal, ...(a.eligible?.approvers ?? [])]) {
          if (!principals.has(p.id)) principals.set(p.id, { id: p.id, ...(p.displayName !== undefined && { displayName: p.displayName }) });
        }
      }
      if (entry.cloud) clouds.add(entry.cloud);
    }
    if (clouds.size > 1 && this.entries.length > 0) {
      this.notes.push({
        construct: this.entries[0].construct, level: 'info',
        text: `${TAG} the checked stacks use several clouds (${[...clouds].join(', ')}): rules that depend on the cloud (LH118) were checked as AzureCloud; check each cloud's stacks with their own PolicyChecks`,
      });
    }
    const managing = new Set(delegations.map((d) => d.managingTenantId));
    const [onlyManaging] = managing;
    return {
      file: '(cdktf constructs)',
      ...(managing.size === 1 && isGuid(onlyManaging) && { managingTenant: { id: onlyManaging } }),
      principals: [...principals.values()],
      customers: [...customers.values()],
      offers: [...offers.values()],
      delegations,
      suppressions: this.suppressions,
      settings: { ...DEFAULT_SETTINGS, cloud: clouds.size === 1 ? [...clouds][0] : DEFAULT_SETTINGS.cloud },
    };
  }

  /** A synthetic source location that maps back to the construct (and entry) it describes. */
  private location(target: Target, path: string): SourceLocation {
    const location: SourceLocation = { file: target.construct.node.path, line: 1, column: 1, path };
    this.targets.set(location, target);
    if (!this.byPath.has(location.file)) this.byPath.set(location.file, { ...target, authorizationLevel: false });
    return location;
  }

  private readDelegation(construct: LighthouseDelegation): void {
    const d = construct.delegation;
    const stack = CustomerStack.enclosing(construct);
    const entry = this.addEntry(construct, construct.definition, {
      key: d.customer, displayName: stack?.displayName ?? d.customer, tenantId: d.customerTenantId,
    }, stack?.cloud ?? this.providerCloud(construct.definition));
    const at = (path: string, authorizationLevel = false) => this.location({ construct, entry, authorizationLevel }, path);
    const authorizations = d.authorizations.map((a, i): Authorization => ({
      ...a,
      role: { ...a.role, source: at(`authorizations[${i}].role`, true) },
      delegatedRoles: a.delegatedRoles.map((r, j) => ({ ...r, source: at(`authorizations[${i}].delegatedRoles[${j}]`, true) })),
      source: at(`authorizations[${i}]`, true),
    }));
    entry.delegation = {
      ...d, authorizations, source: at('(delegation)'),
      ...(d.plan && { plan: { ...d.plan, source: at('plan') } }),
    };
    entry.scopes.push(...d.scopes.map((s, i) => ({ ...s, source: at(`scopes[${i}]`) })));
  }

  private readDefinition(definition: LighthouseDefinition): void {
    const stack = CustomerStack.enclosing(definition);
    const terraformStack = TerraformStack.of(definition);
    const provider = this.providerOf(definition);
    const providerTenant = provider?.tenantIdInput;
    const tenantId = stack?.tenantId ?? (providerTenant !== undefined && !isExpression(providerTenant) ? lowerGuid(providerTenant) : '');
    const customerKey = (stack ?? terraformStack).node.id;
    const entry = this.addEntry(definition, definition, {
      key: customerKey, displayName: stack?.displayName ?? customerKey, tenantId,
    }, stack?.cloud ?? this.providerCloud(definition));
    if (entry.unknownTenant) entry.notChecked.push('the customer tenant (no CustomerStack, and no literal tenant_id on the azurerm provider)');
    const at = (path: string, authorizationLevel = false) => this.location({ construct: definition, entry, authorizationLevel }, path);
    /** A configured string as the Plan takes it: an expression stays its token string (and is remembered as one). */
    const text = (raw: string | undefined, fallback = ''): string => {
      if (raw === undefined) return fallback;
      if (isExpression(raw)) this.expressions.add(raw);
      return raw;
    };
    const value = (raw: string | undefined, fallback = ''): string => {
      const result = text(raw, fallback);
      return isExpression(result) ? result : lowerGuid(result);
    };

    const scope = definition.scopeInput;
    let subscriptionId = value(scope);
    if (scope !== undefined && !isExpression(scope)) {
      const match = SCOPE_ID.exec(scope);
      // A definition lives at a subscription; anything else stays as written, for LH115 to report.
      subscriptionId = match && match[2] === undefined ? lowerGuid(match[1]) : scope;
    }
    const definitionId = value(definition.lighthouseDefinitionIdInput,
      // Omitted: Terraform generates a random GUID at apply time; a stable stand-in keeps the Plan well-formed.
      armGuid('lighthouse-iac/terraform-generated-definition-id', definition.node.path));

    const authorizations: Authorization[] = [];
    const readList = (list: unknown, block: string, read: (item: Record<string, unknown>, path: string) => Authorization | string) => {
      if (list === undefined) return;
      if (isExpression(list) || !Array.isArray(list)) {
        entry.notChecked.push(`${block} (the whole block)`);
        entry.excludedAuthorizations += 1;
        return;
      }
      list.forEach((item, i) => {
        const path = `${block}[${i}]`;
        const result = isExpression(item) || typeof item !== 'object' || item === null ? 'the whole block' : read(item as Record<string, unknown>, path);
        if (typeof result === 'string') {
          entry.notChecked.push(`${path} (${result})`);
          entry.excludedAuthorizations += 1;
        } else {
          authorizations.push(result);
        }
      });
    };
    readList(definition.authorizationInput, 'authorization', (item, path) => this.readAuthorization(item, path, undefined, at));
    readList(definition.eligibleAuthorizationInput, 'eligible_authorization', (item, path) => {
      const policy = item.justInTimeAccessPolicy;
      if (isExpression(policy)) return 'just_in_time_access_policy';
      const jit = (policy ?? {}) as Record<string, unknown>;
      const expressions = ['maximumActivationDuration', 'multiFactorAuthProvider', 'approver'].filter((k) => isExpression(jit[k]));
      if (expressions.length > 0) return expressions.map((k) => `just_in_time_access_policy.${snake(k)}`).join(', ');
      const approvers: Principal[] = [];
      const approverList = Array.isArray(jit.approver) ? jit.approver : [];
      for (const [j, approver] of approverList.entries()) {
        const a = (approver ?? {}) as Record<string, unknown>;
        if (isExpression(approver) || isExpression(a.principalId)) return `just_in_time_access_policy.approver[${j}].principal_id`;
        approvers.push(this.principal(a.principalId, a.principalDisplayName));
      }
      const eligible: JustInTimePolicy = {
        // The API's defaults when the policy leaves them out: PT8H, no MFA.
        maximumActivationDuration: typeof jit.maximumActivationDuration === 'string' ? jit.maximumActivationDuration : 'PT8H',
        requireMfa: jit.multiFactorAuthProvider === 'Azure',
        approvers,
      };
      return this.readAuthorization(item, path, eligible, at);
    });

    const planInput = definition.planInput as unknown;
    let plan: MarketplacePlan | undefined;
    if (isExpression(planInput)) {
      entry.notChecked.push('plan (the whole block)');
    } else if (planInput !== undefined && planInput !== null) {
      const p = planInput as Record<string, string | undefined>;
      plan = { name: text(p.name), publisher: text(p.publisher), product: text(p.product), version: text(p.version), source: at('plan') };
    }
    const description = definition.descriptionInput;
    entry.delegation = {
      customer: customerKey,
      // The construct id plays the offer key's part, as for a LighthouseDelegation built from props.
      offer: definition.node.id,
      managingTenantId: value(definition.managingTenantIdInput),
      customerTenantId: tenantId,
      subscriptionId,
      name: text(definition.nameInput),
      ...(description !== undefined && { description: isExpression(description) ? EXPRESSION_DISPLAY_NAME : description }),
      definitionId,
      authorizations,
      ...(plan && { plan }),
      scopes: [],
      source: at('(definition)'),
    };
  }

  /** An authorization, or why it is left out (the fields that are Terraform expressions). */
  private readAuthorization(
    item: Record<string, unknown>, path: string, eligible: JustInTimePolicy | undefined,
    at: (path: string, authorizationLevel?: boolean) => SourceLocation,
  ): Authorization | string {
    const delegated = item.delegatedRoleDefinitionIds;
    const expressions = [
      isExpression(item.principalId) && 'principal_id',
      isExpression(item.roleDefinitionId) && 'role_definition_id',
      (isExpression(delegated) || (Array.isArray(delegated) && delegated.some(isExpression))) && 'delegated_role_definition_ids',
    ].filter((x): x is string => typeof x === 'string');
    if (expressions.length > 0) return expressions.join(', ');
    return {
      principal: this.principal(item.principalId, item.principalDisplayName),
      role: { ...this.role(item.roleDefinitionId), source: at(`${path}.role_definition_id`, true) },
      delegatedRoles: (Array.isArray(delegated) ? delegated : []).map((r, j) => ({
        ...this.role(r), source: at(`${path}.delegated_role_definition_ids[${j}]`, true),
      })),
      ...(eligible && { eligible }),
      source: at(path, true),
    };
  }

  private principal(id: unknown, displayName: unknown): Principal {
    const name = isExpression(displayName) ? EXPRESSION_DISPLAY_NAME : typeof displayName === 'string' ? displayName : undefined;
    return { id: typeof id === 'string' ? lowerGuid(id) : String(id ?? ''), ...(name !== undefined && { displayName: name }) };
  }

  private role(id: unknown): RoleRef {
    const text = typeof id === 'string' ? lowerGuid(id.trim()) : String(id ?? '');
    const builtIn = isGuid(text) ? this.roles.byId(text) : undefined;
    return { id: text, ...(builtIn && { name: builtIn.name }) };
  }

  private readAssignment(assignment: LighthouseAssignment): void {
    const entry = this.definitionOf(assignment.lighthouseDefinitionIdInput);
    if (!entry) {
      this.notes.push({
        construct: assignment, level: 'warning',
        text: `${TAG} cannot check: definition not found (lighthouse_definition_id is neither a reference to an azurerm_lighthouse_definition in the checked scope nor a literal /subscriptions/<id>/providers/Microsoft.ManagedServices/registrationDefinitions/<guid> of one)`,
      });
      return;
    }
    const target: Target = { construct: assignment, entry, authorizationLevel: false };
    const scope = assignment.scopeInput;
    if (scope === undefined || isExpression(scope)) {
      entry.notChecked.push(`scope of ${assignment.node.path}`);
      return;
    }
    const match = SCOPE_ID.exec(scope);
    const subscription = match ? lowerGuid(match[1]) : '';
    const id = !match ? scope : match[2] === undefined ? `/subscriptions/${subscription}` : `/subscriptions/${subscription}/resourceGroups/${match[2]}`;
    const name = assignment.nameInput;
    entry.scopes.push({
      kind: match?.[2] !== undefined ? 'resourceGroup' : 'subscription',
      id,
      ...(match?.[2] !== undefined && { resourceGroup: match[2] }),
      // Omitted (or an expression): Terraform picks it at apply time; a derived stand-in keeps the Plan well-formed.
      assignmentName: name !== undefined && !isExpression(name) ? lowerGuid(name) : registrationAssignmentGuid(entry.delegation.definitionId, id),
      source: this.location(target, '(assignment)'),
    });
  }

  /** The entry an assignment's `lighthouse_definition_id` points to: a reference to a definition's `id`, or a literal id. */
  private definitionOf(reference: string | undefined): Entry | undefined {
    if (reference === undefined) return undefined;
    if (isExpression(reference)) {
      const fragments = Tokenization.reverseString(reference);
      const token = fragments.length === 1 ? (fragments.firstToken as unknown as { identifier?: unknown; originStack?: unknown } | undefined) : undefined;
      if (typeof token?.identifier !== 'string') return undefined;
      return this.entries.find((e) =>
        token.identifier === `${e.definition.terraformResourceType}.${e.definition.friendlyUniqueId}.id`
        && (token.originStack === undefined || token.originStack === TerraformStack.of(e.definition)));
    }
    const match = DEFINITION_RESOURCE_ID.exec(reference.trim());
    if (!match) return undefined;
    const [, subscription, guid] = match.map((m) => m.toLowerCase());
    return this.entries.find((e) => e.delegation.subscriptionId.toLowerCase() === subscription && e.delegation.definitionId.toLowerCase() === guid);
  }

  private addEntry(construct: IConstruct, definition: LighthouseDefinition, customer: Customer, cloud: AzureCloud | undefined): Entry {
    const entry: Entry = {
      construct, definition, customer, scopes: [], notChecked: [], excludedAuthorizations: 0, unknownTenant: customer.tenantId === '',
      ...(cloud && { cloud }),
      delegation: undefined as unknown as Delegation, // set by the caller right after: its locations need the entry
    };
    this.entries.push(entry);
    this.byPath.set(construct.node.path, { construct, entry, authorizationLevel: false });
    return entry;
  }

  /** The resource's azurerm provider: its explicit one, else the stack's default (alias-less) one. */
  private providerOf(resource: TerraformResource): AzurermProvider | undefined {
    if (resource.provider) return resource.provider instanceof AzurermProvider ? resource.provider : undefined;
    const stack = TerraformStack.of(resource);
    if (!this.defaultProviders.has(stack)) {
      const provider = stack.node.findAll().find((n): n is AzurermProvider => n instanceof AzurermProvider && n.aliasInput === undefined);
      this.defaultProviders.set(stack, provider);
    }
    return this.defaultProviders.get(stack);
  }

  private providerCloud(resource: TerraformResource): AzureCloud | undefined {
    const environment = this.providerOf(resource)?.environmentInput;
    return typeof environment === 'string' && !isExpression(environment) ? cloudOfEnvironment(environment) : undefined;
  }
}

function snake(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Turns findings into annotations on the constructs they concern. */
class Annotator {
  private readonly rules: Map<string, Rule>;
  /** Stacks that synthesize before the visited one (App.synth order): annotations added there now are never collected. */
  private readonly synthesized: Set<TerraformStack>;

  constructor(private readonly visited: IConstruct, rules: readonly Rule[], private readonly reader: ConstructReader) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
    const visitedStack = stackOf(visited);
    const order = visited.node.root.node.findAll().filter((n): n is TerraformStack => TerraformStack.isStack(n));
    const index = visitedStack ? order.indexOf(visitedStack) : -1;
    this.synthesized = new Set(index > 0 ? order.slice(0, index) : []);
  }

  annotate(findings: readonly Finding[]): void {
    for (const note of this.reader.notes) this.add(note.construct, note.level, note.text);
    for (const finding of findings) {
      const target = this.targetOf(finding);
      const fix = this.rules.get(finding.ruleId)?.fix;
      let text = `[${finding.ruleId}] ${finding.message}${fix ? ` (fix: ${fix})` : ''}`;
      let level = finding.level;
      const doubt = this.doubt(finding, target);
      if (doubt && level !== 'info') {
        text += ` [reported as info instead of ${level}: ${doubt}]`;
        level = 'info';
      }
      if (finding.suppressed) {
        this.add(target.construct, 'info', `[suppressed] ${text} (suppressed: ${finding.suppressionReason ?? ''})`);
      } else {
        this.add(target.construct, level, text);
      }
    }
    if (this.reader.entries.length === 0) {
      this.add(this.visited, 'info', `${TAG} PolicyChecks found no LighthouseDelegation, azurerm_lighthouse_definition or azurerm_lighthouse_assignment to check`);
    }
  }

  /** Why a finding may be a false alarm, or undefined when the Plan had everything it needed. */
  private doubt(finding: Finding, target: Target): string | undefined {
    for (const expression of this.reader.expressions) {
      if (finding.message.includes(expression)) return 'it concerns a value that is a Terraform expression, known only at apply time';
    }
    // The Plan's "unknown" customer tenant is ''; rules that quote it (`customer tenant id ""`) judge a value nobody wrote.
    if (target.entry?.unknownTenant && finding.message.includes('""')) {
      return 'it concerns the customer tenant, which is unknown here (no CustomerStack, and no literal tenant_id on the azurerm provider)';
    }
    const excluded = target.entry?.excludedAuthorizations ?? 0;
    if (excluded > 0 && !target.authorizationLevel) {
      return `${excluded} authorization block${excluded === 1 ? ' is' : 's are'} Terraform expressions and were not checked`;
    }
    return undefined;
  }

  private targetOf(finding: Finding): Target {
    const location = finding.location;
    const exact = location && (this.reader.targets.get(location) ?? this.reader.byPath.get(location.file));
    if (exact) return exact;
    const entries = this.reader.entries.filter((e) =>
      (finding.customer === undefined || e.delegation.customer === finding.customer)
      && (finding.subscription === undefined || e.delegation.subscriptionId.toLowerCase() === finding.subscription.toLowerCase()));
    if ((finding.customer !== undefined || finding.subscription !== undefined) && entries.length > 0) {
      if (entries.length === 1) return { construct: entries[0].construct, entry: entries[0], authorizationLevel: false };
      const stacks = new Set(entries.map((e) => stackOf(e.construct)));
      const [stack] = stacks;
      if (stacks.size === 1 && stack) return { construct: stack, authorizationLevel: false };
    }
    return { construct: this.visited, authorizationLevel: false };
  }

  /** Adds the annotation where cdktf will collect it: not above the stacks, not in a stack already written. */
  private add(construct: IConstruct, level: Level, text: string): void {
    const stack = stackOf(construct);
    const place = stack === undefined || this.synthesized.has(stack) ? this.visited : construct;
    const message = place === construct ? text : `[${construct.node.path}] ${text}`;
    const annotations = Annotations.of(place);
    if (level === 'error') annotations.addError(message);
    else if (level === 'warning') annotations.addWarning(message);
    else annotations.addInfo(message);
  }
}
