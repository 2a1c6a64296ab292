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
 */
export class InputError extends Error {
  constructor(
    /** What is wrong, e.g. `"abc" is not a GUID`. */
    readonly problem: string,
    /** How to fix it, as an instruction. */
    readonly fix: string,
    readonly location?: ErrorLocation,
  ) {
    super(InputError.render(problem, fix, location));
    this.name = 'InputError';
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

/** Several input errors found in one pass, so users fix them all at once instead of one run each. */
export class InputErrors extends Error {
  constructor(readonly errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'InputErrors';
  }
}

export function isInputError(error: unknown): error is InputError | InputErrors {
  return error instanceof InputError || error instanceof InputErrors;
}
