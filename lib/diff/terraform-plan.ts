import { Delegation, Plan } from '../model/plan';
import type { PlannedReplacement, TerraformPlanChanges } from '../import/terraform/plan-changes';
import { AccessChange, AccessDiff, Replacement } from './change';
import { diffPlans, DiffNames } from './diff-plans';

/**
 * The access changes of a Terraform plan (`terraform show -json <planfile>`): what is deployed (`prior_state`)
 * against what the plan leaves (`planned_values`), with the replacements Terraform will actually perform instead
 * of the ForceNew rules diffPlans infers: a replaced definition or assignment is flagged `replacement` and
 * `access-loss` with the attributes Terraform names, and an inferred replacement Terraform does not plan is dropped.
 */
export function diffTerraformPlan(changes: TerraformPlanChanges, names: DiffNames): AccessDiff {
  const diff = diffPlans(changes.before, changes.after, names);
  const planned = new Map<string, PlannedReplacement[]>();
  const assignmentsReplaced: Array<{ replacement: PlannedReplacement; delegation: Delegation; scope: string }> = [];
  for (const replacement of changes.replacements) {
    const values = replacement.before ?? replacement.after ?? {};
    if (replacement.type === 'azurerm_lighthouse_definition') {
      const delegation = findDefinition(changes.after, values) ?? findDefinition(changes.before, values);
      if (delegation) push(planned, delegationKey(delegation), replacement);
    } else {
      const found = findAssignment(changes.after, values) ?? findAssignment(changes.before, values);
      if (found) assignmentsReplaced.push({ replacement, ...found });
    }
  }

  const result: AccessChange[] = [];
  const covered = new Set<string>();
  for (const change of diff.changes) {
    // An inferred assignment replacement: the plan's own (below) replaces it; one the plan does not perform is none.
    if (change.kind === 'assignment-replaced') continue;
    if (change.kind !== 'definition-changed') {
      result.push(change);
      continue;
    }
    const key = `${change.customer}\u0000${change.subscription?.toLowerCase()}\u0000${change.offer}`;
    const replacements = planned.get(key);
    if (replacements) {
      covered.add(key);
      result.push(replaced(change, replacements));
    } else if (change.flags.includes('replacement')) {
      result.push({ ...change, flags: change.flags.filter((f) => f !== 'replacement' && f !== 'access-loss'), replacements: undefined,
        details: [...change.details.filter((d) => !d.startsWith('Terraform replaces')), 'the plan updates the definition in place'] });
    } else result.push(change);
  }
  for (const [key, replacements] of planned) {
    if (covered.has(key)) continue;
    const delegation = [...changes.after.delegations, ...changes.before.delegations].find((d) => delegationKey(d) === key)!;
    result.push(replaced({ customer: delegation.customer, subscription: delegation.subscriptionId, offer: delegation.offer, kind: 'definition-changed', details: [], flags: [] }, replacements));
  }
  for (const { replacement, delegation, scope } of assignmentsReplaced) {
    if (planned.has(delegationKey(delegation))) continue; // the definition's replacement takes its assignments along
    result.push({
      customer: delegation.customer, subscription: delegation.subscriptionId, offer: delegation.offer, scope, kind: 'assignment-replaced',
      details: [`the plan replaces ${replacement.address}${because(replacement)}: access to this scope is interrupted while it applies`],
      flags: ['replacement', 'access-loss'], replacements: replacementEntries(replacement),
    });
  }
  return { ...diff, changes: result };
}

function replaced(change: AccessChange, replacements: readonly PlannedReplacement[]): AccessChange {
  const details = change.details.filter((d) => !d.startsWith('Terraform replaces'));
  for (const r of replacements) {
    details.push(`the plan replaces ${r.address}${because(r)} and its assignments: the MSP loses access while the apply runs, and only an Owner in the customer's tenant can onboard again if it fails`);
  }
  return { ...change, details, flags: [...new Set([...change.flags, 'replacement' as const, 'access-loss' as const])], replacements: replacements.flatMap(replacementEntries) };
}

function because(replacement: PlannedReplacement): string {
  return replacement.attributes.length > 0 ? ` (${replacement.attributes.join(', ')} forces a new resource)` : '';
}

function replacementEntries(replacement: PlannedReplacement): Replacement[] {
  const attributes = replacement.attributes.length > 0 ? replacement.attributes : ['(not named by the plan)'];
  return attributes.map((attribute) => ({
    resource: replacement.type, attribute,
    before: text(replacement.before?.[attribute]), after: text(replacement.after?.[attribute], '(known after apply)'),
  }));
}

function text(value: unknown, missing = ''): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? missing : JSON.stringify(value);
}

function delegationKey(d: Delegation): string {
  return `${d.customer}\u0000${d.subscriptionId.toLowerCase()}\u0000${d.offer}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The delegation a definition's values describe: its definition id in its subscription. */
function findDefinition(plan: Plan, values: Record<string, unknown>): Delegation | undefined {
  const id = typeof values.lighthouse_definition_id === 'string' ? values.lighthouse_definition_id.toLowerCase() : '';
  const scope = typeof values.scope === 'string' ? values.scope.toLowerCase() : '';
  return plan.delegations.find((d) => d.definitionId.toLowerCase() === id && scope.endsWith(d.subscriptionId.toLowerCase()))
    ?? plan.delegations.find((d) => typeof values.name === 'string' && d.name === values.name && scope.endsWith(d.subscriptionId.toLowerCase()));
}

function findAssignment(plan: Plan, values: Record<string, unknown>): { delegation: Delegation; scope: string } | undefined {
  const scope = typeof values.scope === 'string' ? values.scope.toLowerCase() : '';
  const name = typeof values.name === 'string' ? values.name.toLowerCase() : undefined;
  for (const delegation of plan.delegations) {
    const match = delegation.scopes.find((s) => s.id.toLowerCase() === scope && (name === undefined || s.assignmentName.toLowerCase() === name));
    if (match) return { delegation, scope: match.id };
  }
  return undefined;
}
