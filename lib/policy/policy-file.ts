import type { ValidateFunction } from 'ajv';
import { validateDocument } from '../manifest/schema-validation';
import { SourceDocument } from '../manifest/source-document';
import { InputError, InputErrors } from '../model/errors';
import { didYouMean } from '../util/closest';
import { DEFAULT_POLICY, PolicyConfig } from './policy-config';
import { validate as validatePolicySchema } from './policy.validate.generated';
import { DEFAULT_PARAMETERS, PackName, RuleSetting } from './rule';

/** The policy file as written (schema/policy.schema.json). */
interface PolicyFile {
  readonly packs?: Partial<Record<PackName, boolean>>;
  readonly rules?: Record<string, RuleSetting>;
  readonly parameters?: {
    readonly allowedManagingTenants?: string[];
    readonly mustBeEligibleRoles?: string[];
    readonly minimumCustomers?: number;
    readonly forbiddenRoles?: string[];
  };
}

/**
 * Reads and validates a policy file (YAML or JSON). Rule ids must be ones that exist, so that a typo
 * (LH230 for LH203) cannot silently leave a rule at its default level.
 */
export function loadPolicyFile(file: string, knownRuleIds: readonly string[]): PolicyConfig {
  const source = SourceDocument.read(file);
  const raw = validateDocument<PolicyFile>(validatePolicySchema as ValidateFunction, source, 'schema/policy.schema.json');
  const known = new Set(knownRuleIds);
  const unknown = Object.keys(raw.rules ?? {}).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InputErrors(unknown.map((id) => InputError.at(source.locate(['rules', id], true), `unknown rule ${JSON.stringify(id)}`,
      `${didYouMean(id, knownRuleIds) || 'use a rule id from the catalog'} (lighthouse-iac rules lists them)`)));
  }
  const parameters = raw.parameters ?? {};
  return {
    file,
    packs: { ...raw.packs },
    rules: { ...raw.rules },
    parameters: {
      allowedManagingTenants: (parameters.allowedManagingTenants ?? DEFAULT_PARAMETERS.allowedManagingTenants).map((id) => id.toLowerCase()),
      mustBeEligibleRoles: parameters.mustBeEligibleRoles ?? DEFAULT_PARAMETERS.mustBeEligibleRoles,
      minimumCustomers: parameters.minimumCustomers ?? DEFAULT_PARAMETERS.minimumCustomers,
      forbiddenRoles: parameters.forbiddenRoles ?? DEFAULT_PARAMETERS.forbiddenRoles,
    },
  };
}

export { DEFAULT_POLICY };
