import { Delegation } from '../model/plan';
import { Finding, Level, Rule } from '../policy/rule';
import { Subject } from '../policy/subject';
import { Annotations, IConstruct, TerraformStack } from './cdk';
import { CheckedPlan, TAG } from './checked-plan';

/**
 * Turns PolicyChecks findings into annotations on the constructs their subjects came from, at the finding's level,
 * or info when the finding may be a false alarm (`doubt`) or is suppressed.
 */
export class Annotator {
  private readonly rules: Map<string, Rule>;
  /** Stacks that synthesize before the visited one (App.synth order): annotations added there now are never collected. */
  private readonly synthesized: Set<TerraformStack>;

  constructor(private readonly visited: IConstruct, rules: readonly Rule[], private readonly checked: CheckedPlan) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
    const visitedStack = stackOf(visited);
    const order = visited.node.root.node.findAll().filter((n): n is TerraformStack => TerraformStack.isStack(n));
    const index = visitedStack ? order.indexOf(visitedStack) : -1;
    this.synthesized = new Set(index > 0 ? order.slice(0, index) : []);
  }

  annotate(findings: readonly Finding[]): void {
    for (const note of this.checked.notes) this.add(note.construct, note.level, note.text);
    for (const finding of findings) {
      const fix = this.rules.get(finding.ruleId)?.fix;
      let text = `[${finding.ruleId}] ${finding.message}${fix ? ` (fix: ${fix})` : ''}`;
      let level = finding.level;
      const doubt = this.doubt(finding.subject);
      if (doubt && level !== 'info') {
        text += ` [reported as info instead of ${level}: ${doubt}]`;
        level = 'info';
      }
      const construct = this.constructOf(finding);
      if (finding.suppressed) this.add(construct, 'info', `[suppressed] ${text} (suppressed: ${finding.suppressionReason ?? ''})`);
      else this.add(construct, level, text);
    }
    if (this.checked.plan.delegations.length === 0) {
      this.add(this.visited, 'info', `${TAG} PolicyChecks found no LighthouseDelegation, azurerm_lighthouse_definition or azurerm_lighthouse_assignment to check`);
    }
  }

  /**
   * Why a finding may be a false alarm, from what its subject spans and what the reader could not know there:
   * - one authorization, or one scope, was read in full (left-out ones are not in the Plan): no doubt;
   * - a delegation as a whole: doubt when authorizations were left out (the missing Delete Role may be the left-out
   *   one) or values the rules judge are unknown (managing tenant, subscription, plan, an assignment's scope);
   * - a principal in one delegation: doubt when authorizations were left out (its other grants may be among them);
   * - a principal across customers (LH301, LH302): doubt when a customer tenant is unknown (two stacks may be one
   *   tenant) or authorizations were left out; an offer: when its delegations are in doubt as a whole; a managing
   *   tenant: when it is the unknown ''.
   */
  private doubt(subject: Subject): string | undefined {
    switch (subject.kind) {
      case 'authorization':
      case 'plan':
        return undefined;
      case 'delegation':
        return subject.scope ? undefined : this.leftOut(subject.delegation) ?? this.unknownValues(subject.delegation);
      case 'principal':
        if (subject.delegation) return this.leftOut(subject.delegation);
        return this.unknownTenant(this.delegationsOf(subject)) ?? first(this.delegationsOf(subject), (d) => this.leftOut(d));
      case 'offer':
        return first(this.delegationsOf(subject), (d) => this.leftOut(d) ?? this.unknownValues(d));
      case 'managingTenant':
        return subject.tenantId === '' ? 'it concerns the managing tenant, which is a Terraform expression known only at apply time' : undefined;
    }
  }

  private leftOut(delegation: Delegation): string | undefined {
    const n = this.checked.notKnownOf(delegation).filter((part) => part.kind === 'authorization').length;
    return n === 0 ? undefined : `${n} authorization block${n === 1 ? ' is' : 's are'} Terraform expressions and were not checked`;
  }

  private unknownValues(delegation: Delegation): string | undefined {
    const values = this.checked.notKnownOf(delegation).filter((part) => part.kind === 'value').map((part) => part.what);
    return values.length === 0 ? undefined : `it concerns values that are Terraform expressions, known only at apply time (${values.join(', ')})`;
  }

  private unknownTenant(delegations: readonly Delegation[]): string | undefined {
    const unknown = delegations.find((d) => d.customerTenantId === '');
    return unknown && `it compares customers, and the tenant of ${unknown.customer} is unknown here (no CustomerStack, and no literal tenant_id on the azurerm provider)`;
  }

  /** The delegations a subject concerns. */
  private delegationsOf(subject: Subject): readonly Delegation[] {
    const { delegations } = this.checked.plan;
    switch (subject.kind) {
      case 'authorization':
      case 'delegation':
        return [subject.delegation];
      case 'principal': {
        if (subject.delegation) return [subject.delegation];
        const customers = subject.customers && new Set(subject.customers);
        const id = subject.principal.id.toLowerCase();
        return delegations.filter((d) => (!customers || customers.has(d.customer)) && d.authorizations.some((a) => a.principal.id.toLowerCase() === id));
      }
      case 'offer':
        return delegations.filter((d) => d.offer === subject.offer.key);
      case 'managingTenant':
        return delegations.filter((d) => d.managingTenantId.toLowerCase() === subject.tenantId);
      case 'plan':
        return [];
    }
  }

  /**
   * The construct of the subject's element (an authorization, a scope, a delegation), else of the element the
   * finding points at (its location, e.g. the first authorization of an LH302 group); for a subject spanning
   * delegations, the one delegation, else the one stack they are all in, else the visited node.
   */
  private constructOf(finding: Finding): IConstruct {
    const { subject } = finding;
    const element = subject.kind === 'authorization' ? subject.authorization
      : subject.kind === 'delegation' ? subject.scope ?? subject.delegation
        : subject.kind === 'principal' ? subject.delegation : undefined;
    const exact = (element && this.checked.constructOf(element)) ?? (finding.location && this.checked.constructOf(finding.location));
    if (exact) return exact;
    const constructs = this.delegationsOf(subject).map((d) => this.checked.constructOf(d)).filter((c): c is IConstruct => c !== undefined);
    if (constructs.length === 1) return constructs[0];
    const stacks = new Set(constructs.map(stackOf));
    const [stack] = stacks;
    return stacks.size === 1 && stack ? stack : this.visited;
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

/** Which stack a construct is in, or undefined above the stacks. */
export function stackOf(construct: IConstruct): TerraformStack | undefined {
  for (const node of [...construct.node.scopes].reverse()) {
    if (TerraformStack.isStack(node)) return node;
  }
  return undefined;
}

function first<T>(items: readonly T[], reason: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const found = reason(item);
    if (found) return found;
  }
  return undefined;
}
