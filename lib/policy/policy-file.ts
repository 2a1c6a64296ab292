import type { ValidateFunction } from 'ajv';
import { CompiledSchema, schemaProblems } from '../source/schema-validation';
import { entriesOf, ValidParts } from '../source/valid-parts';
import { SourceDocument } from '../source/source-document';
import { InputError, InputErrors } from '../model/errors';
import { didYouMean } from '../util/closest';
import { normalizeParameter, parametersOf } from './parameters';
import { PolicyConfig } from './policy-config';
import { schema, validate } from './generated/validate-policy';
import { SchemaNode } from '../source/schema-describe';
import { PackName, Rule, RuleSetting } from './rule';

/** The policy file as written (schema/policy.schema.json, generated from the rules' declarations). */
interface PolicyFile {
  readonly packs?: Partial<Record<PackName, boolean>>;
  readonly rules?: Record<string, RuleSetting>;
  readonly parameters?: Record<string, unknown>;
}

const POLICY_SCHEMA: CompiledSchema = { validate: validate as ValidateFunction, schema: schema as SchemaNode, name: 'schema/policy.schema.json' };

/**
 * Reads and validates a policy file (YAML or JSON) for `rules` (usually ALL_RULES). Rule ids are matched
 * case-insensitively (`lh202` is LH202) and must exist, so that a typo (LH230 for LH203) cannot silently leave a
 * rule at its default level; parameters are those the rules declare, normalized as rules compare them.
 */
export function loadPolicyFile(file: string, rules: readonly Rule[]): PolicyConfig {
  const source = SourceDocument.read(file);
  // Schema errors and unknown rule ids in one run: the ids are checked wherever the schema accepted them.
  const { errors: schemaErrors, invalidPaths } = schemaProblems(POLICY_SCHEMA, source);
  const valid = new ValidParts(invalidPaths);
  const raw = source.data as PolicyFile;
  const knownIds = rules.map((rule) => rule.id);
  const known = new Set(knownIds);
  const levels: Record<string, RuleSetting> = {};
  const errors: InputError[] = [...schemaErrors];
  for (const [id, setting] of entriesOf(raw.rules)) {
    if (!valid.isValid(['rules', id])) continue;
    const upper = id.toUpperCase();
    if (known.has(upper)) levels[upper] = setting as RuleSetting;
    else {
      errors.push(InputError.at(source.locate(['rules', id], true), `unknown rule ${JSON.stringify(id)}`,
        `${didYouMean(upper, knownIds) || 'use a rule id from the catalog'} (lighthouse-iac rules lists them)`));
    }
  }
  const declared = parametersOf(rules);
  const parameters: Record<string, unknown> = {};
  for (const [name, value] of entriesOf(raw.parameters)) {
    const parameter = declared.get(name);
    // The schema knows every parameter of ALL_RULES; a caller's smaller rule list may not read this one.
    if (parameter && valid.isValid(['parameters', name])) parameters[name] = normalizeParameter(parameter, value);
  }
  if (errors.length > 0) throw InputErrors.inFileOrder(errors);
  return { file, packs: { ...raw.packs }, rules: levels, parameters };
}
