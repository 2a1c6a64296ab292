import { readFileSync } from 'node:fs';
import { InputError } from '../model/errors';
import { decodeInputBytes, normalizeLineBreaks } from './text-encoding';
import { blankComments } from './json-comments';
import { formatJsonPath, SourceLocation } from '../model/location';
import { parseJson } from './json-data';
import { LineIndex, PositionIndex } from './positions';
import { parseYaml } from './yaml-data';

export type PathSegment = string | number;

/**
 * Whitespace and JSON comments, then `{` or `[`: JSON (YAML has no `//` or block comments, so nothing else
 * matches). A scan, not a regular expression: a pattern for "comments, repeated" backtracks exponentially on a
 * line of slashes.
 */
function startsAsJson(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) i++;
    else if (text.startsWith('//', i)) i = text.includes('\n', i) ? text.indexOf('\n', i) + 1 : text.length;
    else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else return text[i] === '{' || text[i] === '[';
  }
  return false;
}

/**
 * A parsed YAML or JSON file that remembers where every value came from. YAML 1.2 is a superset of JSON: a JSON
 * file is read by the runtime's JSON parser with the positions the YAML reader would give it (lib/source/json-data),
 * anything else, and JSON the fast path does not take, by the YAML reader. Either way only the data and a compact
 * position index are kept, never a syntax tree.
 */
export class SourceDocument {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly positions: PositionIndex,
    private readonly lines: LineIndex,
  ) {}

  /**
   * Reads and parses `file`; unreadable files and syntax errors become InputErrors naming line and column.
   * With `jsonComments`, a file that is JSON (its first character outside comments is `{` or `[`) may carry `//`
   * and block comments, also before the JSON starts (a template that opens with a comment line).
   */
  static read(file: string, options: { readonly jsonComments?: boolean } = {}): SourceDocument {
    return SourceDocument.fromText(readInputText(file, 'check the path; give the manifest file (YAML or JSON) as the first argument'), file, options);
  }

  /** As `read`, from text already in memory (a file at a git revision); `file` names it in locations. */
  static fromText(text: string, file: string, options: { readonly jsonComments?: boolean } = {}): SourceDocument {
    return SourceDocument.parse(options.jsonComments && startsAsJson(text) ? blankComments(text) : text, file);
  }

  /**
   * Parses `text` (YAML 1.2 or JSON; CR-only line breaks read as line breaks); every problem is an InputError at
   * its line and column (see parseYaml: nesting, aliases, duplicate keys are bounded and checked in linear time).
   */
  static parse(text: string, file: string): SourceDocument {
    const normalized = normalizeLineBreaks(text);
    const json = startsAsJson(normalized) ? parseJson(normalized) : undefined;
    const { data, positions, lines } = json
      ? { ...json, lines: LineIndex.of(normalized) }
      : fromYaml(normalized, file);
    if (data === null || data === undefined) {
      throw new InputError('the file is empty', 'write a manifest; `lighthouse-iac init` writes a commented starter to begin from', { file, line: 1, column: 1 });
    }
    return new SourceDocument(file, data, positions, lines);
  }

  /**
   * Location of the value at `path`, or of its key when `key` is set (for "unknown property" errors).
   * When the path does not exist (a missing property) the deepest existing ancestor is returned.
   */
  locate(path: readonly PathSegment[], key = false): SourceLocation {
    const { line, column } = this.lines.position(this.positions.offsetOf(path, key));
    return { file: this.file, line, column, path: formatJsonPath(path) };
  }
}

function fromYaml(text: string, file: string): { data: unknown; positions: PositionIndex; lines: LineIndex } {
  const { data, positions, lineStarts } = parseYaml(text, file);
  return { data, positions, lines: new LineIndex(lineStarts) };
}

/**
 * The text of an input file, decoded (UTF-8, or UTF-16 with a byte-order mark; anything else refused, naming the
 * encoding) with line breaks normalized; a missing or unreadable file is an InputError with `fix`.
 */
export function readInputText(file: string, fix: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read file (${code ?? String(error)})`;
    throw new InputError(problem, fix, { file });
  }
  return decodeInputBytes(bytes, file);
}
