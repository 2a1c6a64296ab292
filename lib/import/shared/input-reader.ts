import { InputError } from '../../model/errors';
import { SourceLocation } from '../../model/location';
import { PathSegment, SourceDocument } from '../../source/source-document';
import { isObject } from '../../util/json-object';

export type Path = readonly PathSegment[];

/** What the readers use of a parsed input: a SourceDocument, or another source with the same locations (the cdktf Aspect's stack JSON). */
export type LocatedSource = Pick<SourceDocument, 'file' | 'data' | 'locate'>;
export { isObject } from '../../util/json-object';
export type { JsonObject } from '../../util/json-object';

/**
 * A parsed input file with the few operations every importer needs: locations of JSON paths and InputErrors
 * at them. Shared by the Terraform and az CLI importers (format-neutral despite its folder).
 */
export class InputReader {
  constructor(readonly source: LocatedSource) {}

  get file(): string {
    return this.source.file;
  }

  get data(): unknown {
    return this.source.data;
  }

  at(path: Path): SourceLocation {
    return this.source.locate(path);
  }

  error(path: Path, problem: string, fix: string): InputError {
    return InputError.at(this.at(path), problem, fix);
  }

  /** The value at `path` below `root` (undefined when any step is missing). */
  static get(root: unknown, path: Path): unknown {
    let value = root;
    for (const segment of path) {
      if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
      else if (isObject(value) && typeof segment === 'string') value = value[segment];
      else return undefined;
    }
    return value;
  }
}

/** `stacks/fabrikam/cdk.tf.json` -> `cdk`; `plan.json` -> `plan`: the base name without JSON/Terraform suffixes. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.tf|\.tofu|\.tfstate|\.tfplan|\.plan|\.state)?\.json$/i, '').replace(/\.(ya?ml|json)$/i, '');
}

/** The directory name a file is in (`stacks/fabrikam/cdk.tf.json` -> `fabrikam`), or undefined at the top. */
export function parentDirectoryName(file: string): string | undefined {
  const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/** What a value is, for messages: `an object`, `string "abc"`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(truncate(String(value)))}`;
}

export function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
