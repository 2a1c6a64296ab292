import { InputError } from '../../model/errors';
import { EvalContext, evaluateString, nestedEvaluation } from './expression-evaluator';
import { isString, locationOf, ObjectVal, Origin, property, ScalarVal, typeName, Val } from './value';

/** Where the deployment goes: what subscription(), resourceId() and the Plan's scopes read. */
export interface DeploymentTarget {
  /** '' when unknown. */
  readonly subscriptionId: string;
  /** '' when unknown. */
  readonly tenantId: string;
  readonly resourceGroup?: string;
}

/** A parameter value given from outside the template: a value, or a Key Vault reference the import cannot read. */
export type SuppliedParameter = { readonly kind: 'value'; readonly value: Val } | { readonly kind: 'reference'; readonly origin: Origin };

export interface ParameterSource {
  /** Supplied values by parameter name (ARM parameter names are case-insensitive: compared lower-cased). */
  readonly values: ReadonlyMap<string, SuppliedParameter>;
  /** How to supply a missing value, for the error's fix. */
  readonly howToSupply: (name: string) => string;
}

/**
 * One template's parameters and variables (the root template, or an inner-scoped nested one). Parameter values
 * come from outside (parameters file, nested deployment) or the template default; variables are evaluated on
 * first use. Both are cached, and a reference cycle is an error instead of a stack overflow.
 */
export class TemplateFrame {
  private readonly parameters = new Map<string, Val>();
  private readonly variables = new Map<string, Val>();
  private readonly resolving = new Set<string>();

  constructor(readonly template: ObjectVal, private readonly supplied: ParameterSource, readonly target: DeploymentTarget) {}

  parameter(name: string, at: ScalarVal): Val {
    const key = `parameter:${name.toLowerCase()}`;
    const cached = this.parameters.get(key);
    if (cached) return cached;
    const declarations = this.section('parameters');
    const declaration = declarations && property(declarations, name);
    if (!declaration) {
      throw InputError.at(locationOf(at), `the template declares no parameter ${JSON.stringify(name)}${this.declaredNames(declarations, 'parameters')}`,
        `declare it under "parameters" or correct the name in the expression`);
    }
    const value = this.guard(key, at, `parameter ${JSON.stringify(name)}`, () => this.parameterValue(name, declaration));
    this.parameters.set(key, value);
    return value;
  }

  variable(name: string, at: ScalarVal): Val {
    const key = `variable:${name.toLowerCase()}`;
    const cached = this.variables.get(key);
    if (cached) return cached;
    const variables = this.section('variables');
    const raw = variables && property(variables, name);
    if (!raw) {
      const loops = variables && property(variables, 'copy') ? ' (variable copy loops are not supported by the import)' : '';
      throw InputError.at(locationOf(at), `the template declares no variable ${JSON.stringify(name)}${loops}${this.declaredNames(variables, 'variables')}`,
        `declare it under "variables" or correct the name in the expression`);
    }
    // Variables cannot use copyIndex(): they are evaluated outside any resource loop.
    const value = this.guard(key, at, `variable ${JSON.stringify(name)}`, () => evaluateDeep(raw, new Scope(this)));
    this.variables.set(key, value);
    return value;
  }

  private parameterValue(name: string, declaration: Val): Val {
    if (declaration.kind !== 'object') {
      throw InputError.at(locationOf(declaration), `the declaration of parameter ${JSON.stringify(name)} must be an object, not ${typeName(declaration)}`,
        'declare parameters as { "type": ..., "defaultValue": ... }');
    }
    const supplied = this.supplied.values.get(name.toLowerCase());
    let value: Val;
    if (supplied?.kind === 'reference') {
      throw InputError.at(locationOf(supplied.origin), `parameter ${JSON.stringify(name)} takes its value from a Key Vault reference, which the import cannot read`,
        `give the value itself for the import: "${name}": { "value": ... }`);
    } else if (supplied) {
      value = supplied.value;
    } else {
      const fallback = property(declaration, 'defaultValue');
      if (fallback === undefined) {
        throw InputError.at(locationOf(declaration), `parameter ${JSON.stringify(name)} has no value: the template has no defaultValue for it`, this.supplied.howToSupply(name));
      }
      value = evaluateDeep(fallback, new Scope(this));
    }
    checkParameterType(name, declaration, value);
    return value;
  }

  private section(name: string): ObjectVal | undefined {
    const section = property(this.template, name);
    if (section === undefined) return undefined;
    if (section.kind !== 'object') throw InputError.at(locationOf(section), `"${name}" of the template must be an object, not ${typeName(section)}`, `write "${name}": { ... }`);
    return section;
  }

  private declaredNames(section: ObjectVal | undefined, what: string): string {
    const names = section ? [...section.entries.keys()].filter((n) => n !== 'copy') : [];
    return names.length > 0 ? ` (its ${what}: ${names.join(', ')})` : '';
  }

  private guard(key: string, at: ScalarVal, what: string, evaluate: () => Val): Val {
    if (this.resolving.has(key)) {
      throw InputError.at(locationOf(at), `${what} refers to itself`, 'break the cycle: a parameter default or variable cannot depend on its own value');
    }
    this.resolving.add(key);
    try {
      return evaluate();
    } finally {
      this.resolving.delete(key);
    }
  }
}

/** The context an expression is evaluated in: its template frame plus the copy loops around it. */
export class Scope implements EvalContext {
  constructor(readonly frame: TemplateFrame, private readonly loops: ReadonlyArray<{ readonly name: string; readonly index: number }> = []) {}

  get subscriptionId(): string {
    return this.frame.target.subscriptionId;
  }

  get tenantId(): string {
    return this.frame.target.tenantId;
  }

  get resourceGroup(): string | undefined {
    return this.frame.target.resourceGroup;
  }

  parameter(name: string, at: ScalarVal): Val {
    return this.frame.parameter(name, at);
  }

  variable(name: string, at: ScalarVal): Val {
    return this.frame.variable(name, at);
  }

  copyIndex(loop: string | undefined): number | undefined {
    if (loop === undefined) return this.loops.at(-1)?.index;
    const lower = loop.toLowerCase();
    for (let i = this.loops.length - 1; i >= 0; i--) if (this.loops[i].name.toLowerCase() === lower) return this.loops[i].index;
    return undefined;
  }

  withLoop(name: string, index: number): Scope {
    return new Scope(this.frame, [...this.loops, { name, index }]);
  }

  evaluate(raw: Val): Val {
    return evaluateDeep(raw, this);
  }
}

/**
 * Evaluates every expression string in a raw template value. Values that came out of an expression (a
 * parameter's array, say) are data and are not evaluated again: only the raw template is walked.
 */
export function evaluateDeep(raw: Val, ctx: EvalContext): Val {
  return raw.kind === 'scalar' && !isString(raw) ? raw : nestedEvaluation(raw, () => evaluateValue(raw, ctx));
}

function evaluateValue(raw: Val, ctx: EvalContext): Val {
  switch (raw.kind) {
    case 'scalar':
      return isString(raw) ? evaluateString(raw, ctx) : raw;
    case 'array':
      return { kind: 'array', items: raw.items.map((item) => evaluateDeep(item, ctx)), origin: raw.origin };
    case 'object': {
      const loops = raw.entries.get('copy');
      if (loops?.kind === 'array') {
        throw InputError.at(locationOf(loops), 'property copy loops ("copy": [{ "name", "count", "input" }]) are not supported by the import',
          'write the array out in full (or pass it as a parameter), or open an issue asking for property copy loops');
      }
      const entries = new Map<string, Val>();
      for (const [key, value] of raw.entries) entries.set(key, evaluateDeep(value, ctx));
      return { kind: 'object', entries, origin: raw.origin };
    }
  }
}

/** Parameter types by lower-cased name; a Map, since the type names come from the template. */
const TYPE_CHECKS: ReadonlyMap<string, { readonly name: string; readonly test: (val: Val) => boolean }> = new Map([
  ['string', { name: 'a string', test: (v: Val) => v.kind === 'scalar' && typeof v.value === 'string' }],
  ['securestring', { name: 'a string', test: (v: Val) => v.kind === 'scalar' && typeof v.value === 'string' }],
  ['int', { name: 'an integer', test: (v: Val) => v.kind === 'scalar' && Number.isInteger(v.value) }],
  ['bool', { name: 'a boolean', test: (v: Val) => v.kind === 'scalar' && typeof v.value === 'boolean' }],
  ['array', { name: 'an array', test: (v: Val) => v.kind === 'array' }],
  ['object', { name: 'an object', test: (v: Val) => v.kind === 'object' }],
  ['secureobject', { name: 'an object', test: (v: Val) => v.kind === 'object' }],
]);

/** A value of the wrong type is an error at the value (ARM rejects the deployment the same way). */
function checkParameterType(name: string, declaration: ObjectVal, value: Val): void {
  const type = property(declaration, 'type');
  if (!isString(type)) return;
  const check = TYPE_CHECKS.get(type.value.toLowerCase());
  if (!check || check.test(value) || (value.kind === 'scalar' && value.value === null)) return;
  throw InputError.at(locationOf(value), `parameter ${JSON.stringify(name)} is declared as ${type.value}, but its value is ${typeName(value)}`,
    `give ${check.name} as the value of ${name}`);
}
