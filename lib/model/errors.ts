import { visibleText } from '../util/visible-text';
import { formatLocation, SourceLocation } from './location';

/** What an input error points at. Line and column are absent when the whole file is at fault (unreadable, empty). */
export interface ErrorLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

/**
 * Bad input: a manifest, role dump or option the user can fix. The CLI prints `format()` and exits 2,
 * without a stack trace; anything that is not an InputError is a bug in this tool.
 *
 * Problem, fix and location often quote the input (keys, names, expressions, Terraform addresses), so they pass
 * through visibleText when the error is made: control characters (ESC, BEL, CR, LF, ...) and bidirectional
 * overrides show as `\u001b` / `<U+202E>`, and no input can move the cursor, forge a line or reorder a message.
 */
export class InputError extends Error {
  /** What is wrong, e.g. `"abc" is not a GUID`. */
  readonly problem: string;
  /** How to fix it, as an instruction. */
  readonly fix: string;
  readonly location?: ErrorLocation;

  constructor(problem: string, fix: string, location?: ErrorLocation) {
    const shown = location && visibleLocation(location);
    super(InputError.render(visibleText(problem), visibleText(fix), shown));
    this.name = 'InputError';
    this.problem = visibleText(problem);
    this.fix = visibleText(fix);
    if (shown) this.location = shown;
  }

  static at(location: SourceLocation, problem: string, fix: string): InputError {
    return new InputError(problem, fix, location);
  }

  private static render(problem: string, fix: string, location?: ErrorLocation): string {
    let where = '';
    if (location) {
      where = location.line !== undefined
        ? `${formatLocation({ file: location.file, line: location.line, column: location.column ?? 1 })} `
        : `${location.file}: `;
      if (location.path) where += `${location.path}: `;
    }
    return `${where}${problem}\n  fix: ${fix}`;
  }
}

/** The location with its file name and JSON path made visible (both may quote the input); unchanged when clean. */
function visibleLocation<T extends ErrorLocation>(location: T): T {
  const file = visibleText(location.file);
  const path = location.path === undefined ? undefined : visibleText(location.path);
  return file === location.file && path === location.path ? location : { ...location, file, ...(path !== undefined && { path }) };
}

/** How many errors the CLI prints unless `--max-errors` says otherwise: the first ones, in file order, are what the user fixes first. */
export const DEFAULT_MAX_ERRORS = 20;

/**
 * At most this many errors are kept, the rest only counted: a hostile file with a million bad values must not hold
 * a million messages, and nobody reads past the first thousands.
 */
export const MAX_KEPT_ERRORS = 10_000;

/**
 * Several input errors found in one pass, so users fix them all at once instead of one run each. `errors` holds
 * at most MAX_KEPT_ERRORS of them; `total` says how many there were.
 */
export class InputErrors extends Error {
  readonly errors: readonly InputError[];
  readonly total: number;

  constructor(errors: readonly InputError[], total = errors.length) {
    const kept = errors.length > MAX_KEPT_ERRORS ? errors.slice(0, MAX_KEPT_ERRORS) : errors;
    super(kept.map((e) => e.message).join('\n'));
    this.name = 'InputErrors';
    this.errors = kept;
    this.total = Math.max(total, errors.length);
  }

  /** The errors in file order (by file as first seen, then line and column; ties keep their order). */
  static inFileOrder(errors: readonly InputError[]): InputErrors {
    const files = new Map<string, number>();
    for (const e of errors) if (e.location && !files.has(e.location.file)) files.set(e.location.file, files.size);
    const rank = (e: InputError): [number, number, number] => [e.location ? files.get(e.location.file)! : -1, e.location?.line ?? 0, e.location?.column ?? 0];
    const sorted = errors.map((error) => ({ error, key: rank(error) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
      .map((x) => x.error);
    return new InputErrors(sorted);
  }
}

/**
 * Runs independent steps and keeps the InputErrors they throw, so that one run reports every bad resource of an
 * input instead of the first; anything else (a bug) passes through at once.
 */
export class InputErrorCollector {
  private readonly errors: InputError[] = [];
  private readonly messages = new Set<string>();

  /** The step's result, or undefined when it threw an input error (kept for throwIfAny). */
  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      if (error instanceof InputError) this.keep(error);
      else if (error instanceof InputErrors) error.errors.forEach((e) => this.keep(e));
      else throw error;
      return undefined;
    }
  }

  /** One cause can fail several steps (a parameter without a value, used by two resources): say it once. */
  private keep(error: InputError): void {
    if (this.messages.has(error.message)) return;
    this.messages.add(error.message);
    this.errors.push(error);
  }

  /** Throws what was kept: the InputError itself when there is one, InputErrors when there are several. */
  throwIfAny(): void {
    if (this.errors.length === 1) throw this.errors[0];
    if (this.errors.length > 1) throw new InputErrors(this.errors);
  }
}

export function isInputError(error: unknown): error is InputError | InputErrors {
  return error instanceof InputError || error instanceof InputErrors;
}
