import { isGuid } from '../model/guid';
import { RoleCatalog } from '../roles/catalog';

/**
 * An organisation-specific input of a rule, set in the policy file's `parameters` and declared beside the rule's
 * code: the policy schema, the default policy file and the README are generated from these declarations
 * (`npm run gen`), so a parameter is written down once.
 */
export interface RuleParameter<T = unknown> {
  /** Key under `parameters:` in the policy file, e.g. `forbiddenRoles`. Rules may share a parameter by name. */
  readonly name: string;
  readonly kind: ParameterKind;
  /** One sentence for the schema, the default policy's comment and the README. */
  readonly description: string;
  /** The value when the policy file does not set it. */
  readonly default: T;
  /** `count` only: the smallest value allowed. */
  readonly minimum?: number;
}

/**
 * - `roles`: built-in role names (any case) or role GUIDs;
 * - `tenants`: Entra tenant ids (GUIDs), compared lower-case;
 * - `count`: a whole number of at least `minimum`.
 */
export type ParameterKind = 'roles' | 'tenants' | 'count';

export function rolesParameter(name: string, description: string, defaults: readonly string[] = []): RuleParameter<readonly string[]> {
  return { name, kind: 'roles', description, default: defaults };
}

export function tenantsParameter(name: string, description: string): RuleParameter<readonly string[]> {
  return { name, kind: 'tenants', description, default: [] };
}

export function countParameter(name: string, description: string, defaultValue: number, minimum: number): RuleParameter<number> {
  return { name, kind: 'count', description, default: defaultValue, minimum };
}

/** The JSON Schema of a parameter's value (the policy schema's `parameters.properties.<name>`). */
export function parameterSchema(parameter: RuleParameter): Record<string, unknown> {
  switch (parameter.kind) {
    case 'roles':
      return { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: parameter.description };
    case 'tenants':
      return {
        type: 'array', uniqueItems: true, description: parameter.description,
        items: { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', 'x-expected': 'a tenant id (GUID)' },
      };
    case 'count':
      return { type: 'integer', minimum: parameter.minimum ?? 0, description: parameter.description };
  }
}

/** A value read from a policy file (already schema-valid) as rules compare it: tenant ids lower-cased. */
export function normalizeParameter(parameter: RuleParameter, value: unknown): unknown {
  return parameter.kind === 'tenants' ? (value as string[]).map((id) => id.toLowerCase()) : value;
}

/**
 * The parameters of `rules` by name. Two rules that share a parameter must declare it alike, or the generated
 * schema and documentation would say two things (a bug, so it throws).
 */
export function parametersOf(rules: readonly { readonly id: string; readonly parameters?: readonly RuleParameter[] }[]): Map<string, RuleParameter> {
  const byName = new Map<string, RuleParameter>();
  for (const rule of rules) {
    for (const parameter of rule.parameters ?? []) {
      const other = byName.get(parameter.name);
      if (other && JSON.stringify(other) !== JSON.stringify(parameter)) {
        throw new Error(`rule ${rule.id} declares parameter ${parameter.name} unlike another rule does`);
      }
      byName.set(parameter.name, parameter);
    }
  }
  return byName;
}

/**
 * Role GUIDs (lower-case) for a `roles` parameter. A GUID the catalog does not know is kept as is (a fresh role
 * may be missing from the snapshot); a name the catalog does not know matches nothing.
 */
export function resolveRoleIds(namesOrIds: readonly string[], roles: RoleCatalog): Set<string> {
  const ids = new Set<string>();
  for (const entry of namesOrIds) {
    const trimmed = entry.trim();
    const role = roles.resolve(trimmed);
    if (role) ids.add(role.id);
    else if (isGuid(trimmed)) ids.add(trimmed.toLowerCase());
  }
  return ids;
}
