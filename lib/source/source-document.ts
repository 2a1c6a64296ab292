import { readFileSync } from 'node:fs';
import { Alias, isAlias, isMap, isScalar, isSeq, LineCounter, Node, Document } from 'yaml';
import { InputError } from '../model/errors';
import { decodeInputBytes, normalizeLineBreaks } from './text-encoding';
import { blankComments } from './json-comments';
import { formatJsonPath, SourceLocation } from '../model/location';
import { keyText, parseYaml } from './yaml-data';

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
 * A parsed YAML or JSON file that remembers where every value came from. YAML 1.2 is a superset of
 * JSON, so one parser serves both and JSON files get line/column positions too.
 */
export class SourceDocument {
  /** Per YAML map: key -> pair index, built on first lookup so that locating N entries stays O(N). */
  private readonly mapIndex = new WeakMap<object, Map<string, number>>();

  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly aliases: ReadonlyMap<Alias, Node>,
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
    const { doc, lines, data, aliases } = parseYaml(normalizeLineBreaks(text), file);
    if (data === null || data === undefined) {
      throw new InputError('the file is empty', 'write a manifest: see examples/contoso/lighthouse.yaml', { file, line: 1, column: 1 });
    }
    return new SourceDocument(file, data, doc, lines, aliases);
  }

  /**
   * Location of the value at `path`, or of its key when `key` is set (for "unknown property" errors).
   * When the path does not exist (a missing property) the deepest existing ancestor is returned.
   */
  locate(path: readonly PathSegment[], key = false): SourceLocation {
    let node: unknown = this.doc.contents;
    let at: unknown = node;
    for (let i = 0; i < path.length; i++) {
      node = this.deref(node);
      const segment = path[i];
      let next: unknown;
      if (isMap(node)) {
        const index = this.indexOf(node, String(segment));
        if (index !== undefined) {
          const pair = node.items[index];
          next = key && i === path.length - 1 ? pair.key : pair.value ?? pair.key;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined || next === null) break;
      node = next;
      at = next;
    }
    return this.position(at, path);
  }

  private position(node: unknown, path: readonly PathSegment[]): SourceLocation {
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col, path: formatJsonPath(path) };
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? this.aliases.get(node) : node;
  }

  private indexOf(map: { items: Array<{ key: unknown }> }, key: string): number | undefined {
    let index = this.mapIndex.get(map);
    if (!index) {
      index = new Map();
      map.items.forEach((pair, i) => {
        const k = isScalar(pair.key) ? keyText(pair.key.value) : keyText(pair.key);
        if (!index!.has(k)) index!.set(k, i);
      });
      this.mapIndex.set(map, index);
    }
    return index.get(key);
  }
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
