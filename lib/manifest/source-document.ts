import { readFileSync } from 'node:fs';
import { isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, Document } from 'yaml';
import { InputError } from '../model/errors';
import { blankComments } from './json-comments';
import { formatJsonPath, SourceLocation } from '../model/location';

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
  ) {}

  /**
   * Reads and parses `file`; unreadable files and syntax errors become InputErrors naming line and column.
   * With `jsonComments`, a file that is JSON (its first character outside comments is `{` or `[`) may carry `//`
   * and block comments, also before the JSON starts (a template that opens with a comment line).
   */
  static read(file: string, options: { readonly jsonComments?: boolean } = {}): SourceDocument {
    const text = readInputText(file, 'check the path; give the manifest file (YAML or JSON) as the first argument');
    return SourceDocument.parse(options.jsonComments && startsAsJson(text) ? blankComments(text) : text, file);
  }

  static parse(text: string, file: string): SourceDocument {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.2', keepSourceTokens: false });
    if (doc.errors.length > 0) {
      // Only the first syntax error: the parser's later ones are mostly consequences of it.
      const [error] = doc.errors;
      const { line, col } = lines.linePos(error.pos[0]);
      throw new InputError(describeYamlError(error.code, error.message), yamlFix(error.code), { file, line, column: col });
    }
    const data = doc.toJS({ maxAliasCount: 1000 });
    if (data === null || data === undefined) {
      throw new InputError('the file is empty', 'write a manifest: see examples/contoso/lighthouse.yaml', { file, line: 1, column: 1 });
    }
    return new SourceDocument(file, data, doc, lines);
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
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  private indexOf(map: { items: Array<{ key: unknown }> }, key: string): number | undefined {
    let index = this.mapIndex.get(map);
    if (!index) {
      index = new Map();
      map.items.forEach((pair, i) => {
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!index!.has(k)) index!.set(k, i);
      });
      this.mapIndex.set(map, index);
    }
    return index.get(key);
  }
}

/** The text of an input file; a missing or unreadable file is an InputError with `fix`. */
export function readInputText(file: string, fix: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read file (${code ?? String(error)})`;
    throw new InputError(problem, fix, { file });
  }
}

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: every key in a mapping must be unique';
  // The parser's own first line is precise ("Implicit keys need to be on a single line", ...).
  return `invalid YAML/JSON: ${message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'rename or merge one of the two entries (a later key would silently replace the earlier one)';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and the punctuation just before this point';
    default:
      return 'fix the syntax at this point (quote values that contain ":", "#", "{" or "[")';
  }
}
