import { ALL_RULES } from '../../policies';
import { Plan, Suppression } from '../model/plan';
import { checkPlan } from '../policy/check';
import { DEFAULT_POLICY, PolicyConfig } from '../policy/policy-config';
import { Finding, Rule } from '../policy/rule';
import { RoleCatalog } from '../roles/catalog';
import { Aspects, IAspect, IConstruct, TerraformStack } from './cdk';
import { readCheckedPlan } from './checked-plan';
import { markRunsAboveStacks } from './checks-above-stacks';
import { Annotator, stackOf } from './finding-annotations';

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

/**
 * Runs the policy rules (docs/architecture.md) over code-built constructs as a cdktf Aspect: error findings
 * become error annotations, warnings warnings, info (and suppressed findings) info.
 *
 * Where to add it:
 * - `Aspects.of(app).add(new PolicyChecks())` checks every stack of the app TOGETHER (cross-customer rules such as
 *   LH301 see all customers): the one way the README advises. cdktf 0.21 never invokes aspects added to the App
 *   (each stack's synth walks its aspects starting at the stack, with none inherited), so a CustomerStack inherits
 *   its ancestors' aspects in prepareStack(), and any stack (a plain TerraformStack too) that holds a
 *   LighthouseDelegation runs this aspect in a validation (checks-above-stacks.ts): after the stack's own aspects,
 *   before its annotations are collected, so errors still fail synth. Not with `App({ skipValidation: true })`,
 *   which skips validations, and not for a stack of raw provider resources only (nothing of this library is in it
 *   to run the aspect): there `PolicyChecks.addTo(app)`, which adds the aspect to the App (to mark the scope) and to
 *   each of its stacks (to be invoked); call it after creating the stacks. A stack created later is still checked
 *   and annotated if it synthesizes after one that runs the aspect; findings on constructs of a stack that
 *   synthesized before the checks ran are reported on the first checked stack instead, prefixed with the
 *   construct path.
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
 * What it reads: the Terraform JSON cdktf resolves for each stack with an `azurerm_lighthouse_definition` /
 * `azurerm_lighthouse_assignment` inside the checked scopes (`toTerraform()`, what synth writes to cdk.tf.json,
 * overrides included), through the Terraform reader `lighthouse-iac import` uses (checked-plan.ts). Findings land on
 * the construct their subject came from: the LighthouseDelegation for the resources it made, else the raw resource;
 * their locations point into `<outdir>/stacks/<stack>/cdk.tf.json`. What that JSON reads when the checks run is
 * what is checked: aspects that change resources after this one are not seen. Limitations:
 * - what only Terraform knows (variables, references, functions) is left out or unknown, as
 *   lib/import/terraform/reading.ts lists: an authorization with an expression in its principal, role, delegated
 *   roles or just-in-time policy is left out, one info annotation per delegation lists what was not checked, and a
 *   finding that may be a false alarm because of it is reported as info (decided from the finding's subject, not
 *   its text: finding-annotations.ts);
 * - principal types are unknown in Terraform, so LH109 (service-principal approvers) and LH202 (individual users) cannot fire;
 * - the customer tenant is the literal `tenant_id` of the definition's azurerm provider, else the CustomerStack's,
 *   else the `customerTenantId` of the stack's LighthouseDelegations, else unknown ('');
 * - a definition without an assignment in the checked scope is checked with no scopes; an assignment whose definition
 *   is not in its stack (an expression, another stack, a literal id of a definition managed elsewhere) gets a
 *   warning and is not checked; input the reader rejects (e.g. a definition at a resource group) is an error
 *   annotation on that resource, and its stack is not checked.
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
    markRunsAboveStacks(this);
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
    const checked = readCheckedPlan(this.attachedScopes(node), this.roles, this.suppressions);
    const findings = checkPlan(checked.plan, { rules: this.rules, roles: this.roles, policy: this.policy, baseline: this.baseline });
    this.result = { plan: checked.plan, findings };
    new Annotator(node, this.rules, checked).annotate(findings);
  }

  /** Every scope this instance was added to (found in the whole tree), without those nested in another one. */
  private attachedScopes(visited: IConstruct): IConstruct[] {
    const attached = visited.node.root.node.findAll().filter((n) => Aspects.of(n).all.includes(this));
    if (!attached.includes(visited)) attached.push(visited);
    const set = new Set(attached);
    return attached.filter((scope) => !scope.node.scopes.slice(0, -1).some((ancestor) => set.has(ancestor)));
  }
}

