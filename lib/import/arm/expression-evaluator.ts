import { InputError } from '../../model/errors';
import { armGuid } from '../../model/guid';
import { Call, classifyString, Expr, ExpressionSyntaxError, parseExpression } from './expression-parser';
import { MAX_NESTING } from '../../source/yaml-data';
import { fromPlain, locationOf, property, sameValue, ScalarVal, sizeOf, typeName, Val } from './value';

/**
 * The largest value an expression may compute, in characters (see sizeOf). Templates are at most 4 MB and their
 * values far smaller; the bound stops a chain of variables that each double the last (`concat(v, v)`) long
 * before it reaches gigabytes.
 */
export const MAX_VALUE_SIZE = 1_000_000;

/**
 * How deeply evaluation may nest, counting function calls and the parameters, variables and objects they lead
 * through (each variable is evaluated inside the expression that reads it). Deeper means a template made to
 * overflow the stack; the import refuses it at the expression where the limit is reached.
 */
export const MAX_EVALUATION_DEPTH = 512;

let evaluationDepth = 0;

/**
 * Runs one level of nested evaluation (an expression call, a level of a template value), refusing it past
 * MAX_EVALUATION_DEPTH. Evaluation is synchronous, so one counter serves every import.
 */
export function nestedEvaluation<T>(at: Val, evaluate: () => T): T {
  if (evaluationDepth >= MAX_EVALUATION_DEPTH) {
    throw InputError.at(locationOf(at), `template expressions, parameters and variables nest more than ${MAX_EVALUATION_DEPTH} levels deep here (the limit of this import)`,
      'simplify the template: write the value out, or break up the chain of variables that refer to one another');
  }
  evaluationDepth++;
  try {
    return evaluate();
  } finally {
    evaluationDepth--;
  }
}

/** What an expression can see: its template's parameters and variables, copy loops, and the deployment target. */
export interface EvalContext {
  /** The parameter's value; `at` is the expression asking (for errors). Throws InputError. */
  parameter(name: string, at: ScalarVal): Val;
  variable(name: string, at: ScalarVal): Val;
  /** Current iteration of the named loop, or of the innermost one; undefined outside any (matching) loop. */
  copyIndex(loop: string | undefined): number | undefined;
  /** The subscription deployed to; '' when unknown. */
  readonly subscriptionId: string;
  /** The customer tenant; '' when unknown. */
  readonly tenantId: string;
  /** The resource group an inner-scoped nested deployment targets (resourceId() then names RG resources). */
  readonly resourceGroup?: string;
}

/**
 * The functions the import evaluates: what Microsoft's Lighthouse samples use and a little around them. Anything
 * else is reported, never guessed: a wrong guess would check a different delegation than the one deployed.
 */
export const SUPPORTED_FUNCTIONS = [
  'parameters', 'variables', 'concat', 'guid', 'if', 'equals', 'json', 'copyIndex', 'resourceId', 'subscriptionResourceId',
  'subscription', 'length', 'true', 'false',
] as const;

/**
 * Evaluates a JSON string from a template: an expression (`[...]`) becomes its value, `[[...]` the literal
 * without the escape, anything else stays as it is. Values keep their origins (see Origin).
 */
export function evaluateString(str: ScalarVal, ctx: EvalContext): Val {
  const text = str.value as string;
  const classified = classifyString(text);
  if (classified.kind === 'literal') return classified.value === text ? str : { kind: 'scalar', value: classified.value, origin: str.origin };
  let expr: Expr;
  try {
    expr = parseExpression(text);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    throw InputError.at(locationOf(str), `invalid template expression ${quote(text)}: ${error.message} (at character ${error.pos + 1})`,
      'correct the expression: function calls are name(arguments), strings are in single quotes (\'\' for a quote), properties are .name, indexes [n]');
  }
  return new Evaluator(text, str, ctx).evaluate(expr);
}

type FunctionImpl = (ev: Evaluator, call: Call) => Val;

/** By lower-cased name: ARM function names are case-insensitive. A Map, since the names come from the template. */
const FUNCTIONS: ReadonlyMap<string, FunctionImpl> = new Map(Object.entries({
  parameters: (ev, call) => ev.ctx.parameter(ev.stringArg(call, 0, 1), ev.at),
  variables: (ev, call) => ev.ctx.variable(ev.stringArg(call, 0, 1), ev.at),
  concat: (ev, call) => {
    ev.arity(call, 1, Infinity);
    const args = call.args.map((arg) => ev.evaluate(arg));
    if (args.every((arg) => arg.kind === 'array')) {
      ev.requireSize(args.reduce((n, arg) => n + sizeOf(arg), 0), 'concat()');
      return { kind: 'array', items: args.flatMap((arg) => (arg.kind === 'array' ? arg.items : [])), origin: ev.at.origin };
    }
    const parts = args.map((arg, i) => {
      if (arg.kind === 'scalar' && arg.value !== null) return String(arg.value);
      throw ev.fail(`concat() joins strings (or arrays, all of them), but argument ${i + 1} is ${typeName(arg)}`);
    });
    ev.requireSize(parts.reduce((n, part) => n + part.length, 0), 'concat()');
    return ev.computed(parts.join(''));
  },
  guid: (ev, call) => {
    ev.arity(call, 1, Infinity);
    // ARM guid(): a version-5 UUID of the arguments joined by '-' (lib/model/guid.ts).
    return ev.computed(armGuid(...call.args.map((_, i) => ev.stringArg(call, i))));
  },
  if: (ev, call) => {
    ev.arity(call, 3, 3);
    const condition = ev.evaluate(call.args[0]);
    if (condition.kind !== 'scalar' || typeof condition.value !== 'boolean') throw ev.fail(`the condition of if() must be a boolean, not ${typeName(condition)}`);
    // Only the branch taken is evaluated, as ARM does: the other may be invalid on purpose (json('null') alternatives).
    return ev.evaluate(call.args[condition.value ? 1 : 2]);
  },
  equals: (ev, call) => {
    ev.arity(call, 2, 2);
    return ev.computed(sameValue(ev.evaluate(call.args[0]), ev.evaluate(call.args[1])));
  },
  json: (ev, call) => {
    const text = ev.stringArg(call, 0, 1);
    if (jsonNesting(text) > MAX_NESTING) throw ev.fail(`json() is given a JSON text that nests more than ${MAX_NESTING} levels deep (the limit of this tool)`);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw ev.fail(`json() needs a JSON text, but ${JSON.stringify(text)} is not one (${(error as Error).message})`);
    }
    return ev.computed(data);
  },
  copyindex: (ev, call) => {
    ev.arity(call, 0, 2);
    const args = call.args.map((arg) => ev.evaluate(arg));
    let loop: string | undefined;
    let offset = 0;
    args.forEach((arg, i) => {
      if (i === 0 && arg.kind === 'scalar' && typeof arg.value === 'string') loop = arg.value;
      else if (arg.kind === 'scalar' && Number.isInteger(arg.value) && i === args.length - 1) offset = arg.value as number;
      else throw ev.fail(`copyIndex() takes an optional loop name and an optional integer offset, but argument ${i + 1} is ${typeName(arg)}`);
    });
    const index = ev.ctx.copyIndex(loop);
    if (index === undefined) {
      throw ev.fail(loop === undefined ? 'copyIndex() is used outside a copy loop' : `copyIndex(${quoteArm(loop)}) is used outside a copy loop named ${JSON.stringify(loop)}`,
        'use copyIndex() only inside a resource with "copy": { "name": ..., "count": ... } (or a nested deployment inside one)');
    }
    return ev.computed(index + offset);
  },
  resourceid: (ev, call) => ev.computed(resourceIdOf(ev, call, true)),
  subscriptionresourceid: (ev, call) => ev.computed(resourceIdOf(ev, call, false)),
  subscription: (ev, call) => {
    ev.arity(call, 0, 0);
    const { subscriptionId, tenantId } = ev.ctx;
    return ev.computed({ id: `/subscriptions/${subscriptionId}`, subscriptionId, tenantId });
  },
  length: (ev, call) => {
    ev.arity(call, 1, 1);
    const value = ev.evaluate(call.args[0]);
    if (value.kind === 'array') return ev.computed(value.items.length);
    if (value.kind === 'object') return ev.computed(value.entries.size);
    if (typeof value.value === 'string') return ev.computed(value.value.length);
    throw ev.fail(`length() takes a string, an array or an object, not ${typeName(value)}`);
  },
  true: (ev, call) => {
    ev.arity(call, 0, 0);
    return ev.computed(true);
  },
  false: (ev, call) => {
    ev.arity(call, 0, 0);
    return ev.computed(false);
  },
}));

/**
 * `resourceId([subscriptionId], [resourceGroupName], type, name...)` / `subscriptionResourceId([subscriptionId], type,
 * name...)`: the resource id string. The type is the first argument with a `/`; each type segment after the
 * namespace takes one name. A trailing `/` on the type (the samples write `registrationDefinitions/`) is ignored.
 */
function resourceIdOf(ev: Evaluator, call: Call, allowResourceGroup: boolean): string {
  const fn = allowResourceGroup ? 'resourceId' : 'subscriptionResourceId';
  ev.arity(call, 2, Infinity);
  const args = call.args.map((_, i) => ev.stringArg(call, i));
  const typeIndex = args.findIndex((arg) => arg.includes('/'));
  const maxLeading = allowResourceGroup ? 2 : 1;
  if (typeIndex < 0 || typeIndex > maxLeading) {
    throw ev.fail(`${fn}() needs a resource type such as 'Microsoft.ManagedServices/registrationDefinitions' ${allowResourceGroup ? 'after at most a subscription id and a resource group name' : 'after at most a subscription id'}`);
  }
  const leading = args.slice(0, typeIndex);
  let subscriptionId = ev.ctx.subscriptionId;
  let resourceGroup = allowResourceGroup ? ev.ctx.resourceGroup : undefined;
  if (leading.length === 2) [subscriptionId, resourceGroup] = leading;
  else if (leading.length === 1 && allowResourceGroup) resourceGroup = leading[0];
  else if (leading.length === 1) subscriptionId = leading[0];
  const [namespace, ...types] = args[typeIndex].replace(/^\/+|\/+$/g, '').split('/');
  const names = args.slice(typeIndex + 1);
  if (types.length === 0 || names.length !== types.length) {
    throw ev.fail(`${fn}(): resource type ${JSON.stringify(args[typeIndex])} takes ${types.length} name${types.length === 1 ? '' : 's'}, but ${names.length} ${names.length === 1 ? 'is' : 'are'} given`);
  }
  const path = types.map((type, i) => `${type}/${names[i]}`).join('/');
  ev.requireSize(args.reduce((n, arg) => n + arg.length, 0) + subscriptionId.length + (resourceGroup?.length ?? 0), `${fn}()`);
  return `/subscriptions/${subscriptionId}${resourceGroup !== undefined ? `/resourceGroups/${resourceGroup}` : ''}/providers/${namespace}/${path}`;
}

class Evaluator {
  constructor(private readonly source: string, readonly at: ScalarVal, readonly ctx: EvalContext) {}

  evaluate(expr: Expr): Val {
    return nestedEvaluation(this.at, () => this.evaluateExpression(expr));
  }

  /** A computed value of `size` (sizeOf) must stay within MAX_VALUE_SIZE. */
  requireSize(size: number, what: string): void {
    if (size <= MAX_VALUE_SIZE) return;
    throw this.fail(`${what} would compute a value of ${size.toLocaleString('en-US')} characters, more than the import's limit of ${MAX_VALUE_SIZE.toLocaleString('en-US')}`,
      'templates do not need values this large: look for variables that build on each other (concat(v, v)), or write the value out');
  }

  private evaluateExpression(expr: Expr): Val {
    switch (expr.kind) {
      case 'string':
      case 'number':
        return this.computed(expr.value);
      case 'call': {
        const impl = FUNCTIONS.get(expr.name.toLowerCase());
        if (!impl) {
          throw this.fail(`unsupported template expression \`${expr.name}\` in ${quote(this.source)}`,
            `evaluate it by hand (write its value in the template or the parameters file instead of the expression) or open an issue asking for ${expr.name}(); the import evaluates ${SUPPORTED_FUNCTIONS.map((f) => `${f}()`).join(', ')}`);
        }
        return impl(this, expr);
      }
      case 'property': {
        const target = this.evaluate(expr.target);
        if (target.kind !== 'object') throw this.fail(`.${expr.name} reads a property of an object, but the value is ${typeName(target)}`);
        const value = property(target, expr.name);
        if (value === undefined) {
          const names = [...target.entries.keys()];
          throw this.fail(`the object has no property ${JSON.stringify(expr.name)}${names.length > 0 ? ` (it has ${names.map((n) => JSON.stringify(n)).join(', ')})` : ''}`);
        }
        return value;
      }
      case 'index': {
        const target = this.evaluate(expr.target);
        const index = this.evaluate(expr.index);
        if (target.kind === 'array' && index.kind === 'scalar' && Number.isInteger(index.value)) {
          const i = index.value as number;
          if (i < 0 || i >= target.items.length) throw this.fail(`index ${i} is out of range: the array has ${target.items.length} element${target.items.length === 1 ? '' : 's'}`);
          return target.items[i];
        }
        if (target.kind === 'object' && index.kind === 'scalar' && typeof index.value === 'string') {
          const value = property(target, index.value);
          if (value === undefined) throw this.fail(`the object has no property ${JSON.stringify(index.value)}`);
          return value;
        }
        throw this.fail(`cannot index ${typeName(target)} with ${typeName(index)}`);
      }
    }
  }

  /** A value the expression computed: it is located at the expression. */
  computed(value: unknown): Val {
    return fromPlain(value, this.at.origin);
  }

  arity(call: Call, min: number, max: number): void {
    const n = call.args.length;
    if (n >= min && n <= max) return;
    const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    const plural = (max === Infinity || min === max ? min : max) === 1 ? '' : 's';
    throw this.fail(`${call.name}() takes ${wanted} argument${plural}, but ${n} ${n === 1 ? 'is' : 'are'} given`);
  }

  /** Argument `i` evaluated, which must be a string; with `exactly`, also checks the argument count. */
  stringArg(call: Call, i: number, exactly?: number): string {
    if (exactly !== undefined) this.arity(call, exactly, exactly);
    const value = this.evaluate(call.args[i]);
    if (value.kind === 'scalar' && typeof value.value === 'string') return value.value;
    throw this.fail(`argument ${i + 1} of ${call.name}() must be a string, not ${typeName(value)}`);
  }

  fail(problem: string, fix = `correct the expression ${quote(this.source)}`): InputError {
    const where = problem.includes(this.source) ? '' : ` in ${quote(this.source)}`;
    return InputError.at(locationOf(this.at), `${problem}${where}`, fix);
  }
}

/** An expression in a message: in backticks, cut to 120 characters (an expression can be megabytes long). */
function quote(source: string): string {
  return `\`${source.length > 120 ? `${source.slice(0, 117)}...` : source}\``;
}

/** How deeply a JSON text nests arrays and objects (a linear scan; JSON.parse and what follows it recurse). */
function jsonNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

function quoteArm(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
