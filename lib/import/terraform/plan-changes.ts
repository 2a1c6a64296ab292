import { InputError } from '../../model/errors';
import { Plan } from '../../model/plan';
import { SourceDocument } from '../../source/source-document';
import { InputReader, isObject, JsonObject } from '../shared/input-reader';
import { ImportOptions } from '../types';
import { importShowJson } from './show-json';

const LIGHTHOUSE_TYPES = new Set(['azurerm_lighthouse_definition', 'azurerm_lighthouse_assignment']);

/** A registration definition or assignment that a Terraform plan destroys and creates again. */
export interface PlannedReplacement {
  readonly address: string;
  readonly type: 'azurerm_lighthouse_definition' | 'azurerm_lighthouse_assignment';
  /** The attributes that force it (`replace_paths`, first step of each path), e.g. `name`; empty when the plan does not say. */
  readonly attributes: readonly string[];
  /** `action_reason`, e.g. `replace_because_cannot_update`. */
  readonly reason?: string;
  readonly before: JsonObject | null;
  readonly after: JsonObject | null;
}

export interface TerraformPlanChanges {
  /** What is deployed before the plan applies (`prior_state`; empty before the first apply). */
  readonly before: Plan;
  /** What the plan leaves (`planned_values`). */
  readonly after: Plan;
  readonly replacements: readonly PlannedReplacement[];
}

/**
 * The two sides of `terraform show -json <planfile>` (format 1.x: https://developer.hashicorp.com/terraform/internals/json-format)
 * as Plans, and the registration definitions and assignments Terraform will replace (`resource_changes[].change.actions`
 * `["delete","create"]` or `["create","delete"]`, with `replace_paths`). Read through the show -json importer, so the
 * same resources and error policy apply.
 */
export function readTerraformPlanChanges(source: SourceDocument, options: ImportOptions): TerraformPlanChanges {
  const data = source.data;
  if (!isObject(data) || typeof data.format_version !== 'string' || !isObject(data.planned_values)) {
    throw new InputError('this is not `terraform show -json` output of a saved plan (it has no format_version and planned_values)',
      'run `terraform plan -out=tfplan && terraform show -json tfplan > plan.json` in the stack directory and pass plan.json to --plan',
      { file: source.file, line: 1, column: 1 });
  }
  const reader = new InputReader(source);
  return {
    before: importShowJson(reader, options, 'prior'),
    after: importShowJson(reader, options, 'current'),
    replacements: replacementsOf(data),
  };
}

function replacementsOf(data: JsonObject): PlannedReplacement[] {
  const changes = Array.isArray(data.resource_changes) ? data.resource_changes : [];
  const replacements: PlannedReplacement[] = [];
  for (const change of changes) {
    if (!isObject(change) || typeof change.type !== 'string' || !LIGHTHOUSE_TYPES.has(change.type) || !isObject(change.change)) continue;
    const actions = Array.isArray(change.change.actions) ? change.change.actions : [];
    if (!(actions.includes('delete') && actions.includes('create'))) continue;
    const paths = Array.isArray(change.change.replace_paths) ? change.change.replace_paths : [];
    const attributes = [...new Set(paths.map((p) => (Array.isArray(p) && typeof p[0] === 'string' ? p[0] : undefined)).filter((a): a is string => a !== undefined))];
    replacements.push({
      address: typeof change.address === 'string' ? change.address : `${change.type}.${String(change.name)}`,
      type: change.type as PlannedReplacement['type'],
      attributes,
      ...(typeof change.action_reason === 'string' && { reason: change.action_reason }),
      before: isObject(change.change.before) ? change.change.before : null,
      after: isObject(change.change.after) ? change.change.after : null,
    });
  }
  return replacements;
}
