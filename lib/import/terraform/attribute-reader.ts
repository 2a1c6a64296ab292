import { InputError } from '../../model/errors';
import { SourceLocation } from '../../model/location';
import { formatJsonPath } from '../../model/location';
import { describe, InputReader, isObject, JsonObject, Path, truncate } from '../shared/input-reader';

export { describe };

/** What a configuration can be read with: `${...}` expressions are errors (import), or unknowns (the cdktf Aspect). */
export type ExpressionMode = 'error' | 'unknown';

/**
 * A value only Terraform can know (an expression, instances to expand, a definition outside the document), met by a
 * reader in `unknown` mode: thrown where `error` mode throws its InputError, and caught where the reader can do
 * without the value (an authorization is left out, an id stays '').
 */
export class UnknownValue extends Error {
  constructor(readonly location: SourceLocation, readonly problem: string) {
    super(problem);
    this.name = 'UnknownValue';
  }
}

/** A nested block body with its JSON path. */
export interface Block {
  readonly body: JsonObject;
  readonly path: Path;
}

export interface StringAt {
  readonly value: string;
  readonly path: Path;
}

/**
 * Reads resource attributes the same way from a `*.tf.json` configuration and from `terraform show -json`
 * values: blocks are an object or an array of objects (JSON syntax allows both; show -json always writes
 * arrays), absent and null are the same. The two differ in what a string can be: configuration strings are
 * templates whose `${...}` Terraform evaluates only at plan time (we cannot, so they are errors pointing to
 * show -json), while show -json strings are values, and an unset optional string there is `""`.
 */
export class AttributeReader {
  constructor(
    private readonly reader: InputReader,
    private readonly mode: 'configuration' | 'values',
    /** Configurations only: whether an expression is an error or an unknown value. */
    readonly expressions: ExpressionMode = 'error',
  ) {}

  get file(): string {
    return this.reader.file;
  }

  at(path: Path): SourceLocation {
    return this.reader.at(path);
  }

  error(path: Path, problem: string, fix: string): InputError {
    return this.reader.error(path, problem, fix);
  }

  /**
   * What only Terraform can resolve: an InputError (with the fix) in `error` mode, an UnknownValue in `unknown`
   * mode. Thrown by the caller.
   */
  unresolved(path: Path, problem: string, fix: string): InputError | UnknownValue {
    return this.expressions === 'unknown' ? new UnknownValue(this.at(path), problem) : this.error(path, problem, fix);
  }

  /** `read()`, or `fallback()` when it meets a value only Terraform knows (`unknown` mode; never in `error` mode). */
  orUnknown<T>(read: () => T, fallback: (unknown: UnknownValue) => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof UnknownValue) return fallback(error);
      throw error;
    }
  }

  /**
   * A free-text attribute (a name, a description, a display name): in `unknown` mode an expression is kept as
   * written (`${var.team}`), since no rule judges the text and messages stay readable.
   */
  text(body: JsonObject, path: Path, key: string): string | undefined {
    return this.orUnknown(() => this.string(body, path, key), () => String(body[key]));
  }

  /** Relative JSON paths of the expressions inside `value` (free-text `principal_display_name`s aside), for notes. */
  expressionPaths(value: unknown, at: Path = []): string[] {
    if (typeof value === 'string') return this.isExpression(value) ? [formatJsonPath(at)] : [];
    if (Array.isArray(value)) return value.flatMap((item, i) => this.expressionPaths(item, [...at, i]));
    if (!isObject(value)) return [];
    return Object.entries(value).flatMap(([key, inner]) => (key === 'principal_display_name' ? [] : this.expressionPaths(inner, [...at, key])));
  }

  /** An optional string attribute; numbers and booleans are converted as Terraform does. */
  string(body: JsonObject, path: Path, key: string): string | undefined {
    return this.scalar(body[key], [...path, key], key);
  }

  required(body: JsonObject, path: Path, key: string, what: string): string {
    const value = this.string(body, path, key);
    if (value === undefined || value === '') {
      const unknown = this.mode === 'values' && !(key in body);
      throw this.error(path, unknown ? `${key} (${what}) is not known until apply` : `${key} (${what}) is missing`,
        unknown
          ? 'import the state after apply (`terraform show -json > state.json`), or set the value in the configuration so that the plan knows it'
          : `set ${key}: Terraform requires it`);
    }
    return value;
  }

  /** Nested blocks named `key`: none, one (an object) or several (an array of objects). */
  blocks(body: JsonObject, path: Path, key: string): Block[] {
    const value = body[key];
    const at = [...path, key];
    if (value === undefined || value === null) return [];
    if (isObject(value)) return [{ body: value, path: at }];
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        if (typeof item === 'string' && this.isExpression(item)) throw this.expressionError([...at, i], `${key}[${i}]`, item);
        if (!isObject(item)) throw this.error([...at, i], `${key} block must be an object, not ${describe(item)}`, `write each ${key} block as a JSON object`);
        return { body: item, path: [...at, i] };
      });
    }
    if (typeof value === 'string' && this.isExpression(value)) throw this.expressionError(at, key, value);
    throw this.error(at, `${key} must be a block (an object or an array of objects), not ${describe(value)}`, `write ${key} as a JSON object`);
  }

  /** At most one nested block (`plan`, `just_in_time_access_policy`: MaxItems 1). */
  optionalBlock(body: JsonObject, path: Path, key: string): Block | undefined {
    const blocks = this.blocks(body, path, key);
    if (blocks.length > 1) throw this.error(blocks[1].path, `only one ${key} block is allowed, found ${blocks.length}`, `keep one ${key} block`);
    return blocks[0];
  }

  /** A list (or set) of strings, e.g. `delegated_role_definition_ids`. */
  strings(body: JsonObject, path: Path, key: string): StringAt[] {
    const value = body[key];
    const at = [...path, key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      if (typeof value === 'string' && this.isExpression(value)) throw this.expressionError(at, key, value);
      throw this.error(at, `${key} must be a list of strings, not ${describe(value)}`, `write ${key} as a JSON array of strings`);
    }
    return value.map((item, i) => {
      const text = this.scalar(item, [...at, i], `${key}[${i}]`);
      if (text === undefined) throw this.error([...at, i], `${key}[${i}] is null`, `remove the null entry from ${key}`);
      return { value: text, path: [...at, i] };
    });
  }

  /** Whether a configuration string is a template Terraform would evaluate (`$${` and `%%{` are escapes). */
  isExpression(value: string): boolean {
    return this.mode === 'configuration' && /(^|[^$])\$\{|(^|[^%])%\{/.test(value);
  }

  expressionError(path: Path, key: string, value: string): InputError | UnknownValue {
    return this.unresolved(path, `${key} is a Terraform expression (${JSON.stringify(truncate(value))}), which this tool cannot evaluate`,
      'import the plan instead, which has the values: `terraform plan -out=tfplan && terraform show -json tfplan > plan.json`, then pass plan.json');
  }

  private scalar(value: unknown, path: Path, key: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') {
      throw this.error(path, `${key} must be a string, not ${describe(value)}`, `write ${key} as a JSON string`);
    }
    // An unset optional string is "" in show -json values: the same as absent.
    if (this.mode === 'values') return value === '' ? undefined : value;
    if (this.isExpression(value)) throw this.expressionError(path, key, value);
    return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  }
}
