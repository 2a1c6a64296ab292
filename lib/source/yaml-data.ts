import { Alias, Composer, CST, Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, Parser, YAMLParseError } from 'yaml';
import { InputError } from '../model/errors';
import { withoutEnvironment } from '../util/hidden-environment';
import { PositionIndex } from './positions';

/**
 * How deep collections may nest (brackets or indentation). Manifests nest about 8 levels, ARM templates with
 * nested deployments a few dozen, Terraform JSON about 20; the parser and every reader after it recurse per
 * level, so a deeper file (10^5 brackets) is refused here instead of overflowing the stack somewhere later.
 */
export const MAX_NESTING = 256;

/**
 * What YAML aliases may add to a document: at least this many values, or as many as the file writes itself.
 * An alias costs what it expands to, not one use: a file may reuse an anchor freely, but a "billion laughs"
 * (aliases of aliases, each level multiplying) is refused long before it expands.
 */
export const MIN_ALIAS_EXPANSION = 1_000_000;

/** Environment variables the yaml library reads: both dump its tokens to stdout. */
const YAML_ENVIRONMENT_VARIABLES = ['LOG_TOKENS', 'LOG_STREAM'] as const;

export interface ParsedYaml {
  /** The document as plain data: objects, arrays, strings, numbers, booleans, null. Aliases share their anchor's value. */
  readonly data: unknown;
  /** Where every key and value starts; through an alias, the anchor's entries. */
  readonly positions: PositionIndex;
  /** Offsets of the line starts (what the parser counted). */
  readonly lineStarts: readonly number[];
}

export interface ParseYamlOptions {
  /** What aliases may add to any file (a larger file may add as many values as it writes). @default MIN_ALIAS_EXPANSION */
  readonly minAliasExpansion?: number;
}

/**
 * Parses YAML 1.2 (and so JSON) into plain data and the position of every value. Syntax errors, nesting deeper than
 * MAX_NESTING, undefined or recursive aliases, an alias expansion beyond its budget, duplicate keys and keys that
 * are not plain values are InputErrors at their line and column. Linear in the size of the text: duplicate keys
 * are found with a set per mapping (the yaml library's `uniqueKeys` compares each key with every earlier one).
 * The library's syntax tree and Document go once the data is built: positions are kept in a PositionIndex, a
 * small part of their size.
 */
export function parseYaml(text: string, file: string, options: ParseYamlOptions = {}): ParsedYaml {
  return withoutEnvironment(YAML_ENVIRONMENT_VARIABLES, () => {
    const lines = new LineCounter();
    const tokens = [...new Parser(lines.addNewLine).parse(text)];
    const at = (offset: number) => {
      const { line, col } = lines.linePos(offset);
      return { file, line, column: col };
    };
    requireShallow(tokens, at);
    const doc = compose(tokens, text.length);
    // The syntax tree is several times the size of the text and not needed any more: let it go before the data is built.
    tokens.length = 0;
    if (doc.errors.length > 0) {
      // Only the first syntax error: the parser's later ones are mostly consequences of it.
      const [error] = doc.errors;
      throw new InputError(describeYamlError(error), yamlFix(error.code), at(error.pos[0]));
    }
    const builder = new DataBuilder(at, options.minAliasExpansion ?? MIN_ALIAS_EXPANSION);
    const data = builder.convert(doc.contents);
    builder.positions.root(offsetOf(doc.contents), builder.child);
    return { data, positions: builder.positions, lineStarts: lines.lineStarts };
  });
}

/** The text of a mapping key as the data has it: scalars as strings, null (an empty key) as ''. */
export function keyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** What parseDocument does, from tokens already read: the first document; a second one is an error. */
function compose(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, version: '1.2', keepSourceTokens: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

type Locate = (offset: number) => { file: string; line: number; column: number };

/** Walks the syntax tree (iteratively: it may be as deep as the file is long) and refuses nesting past MAX_NESTING. */
function requireShallow(tokens: readonly CST.Token[], at: Locate): void {
  const stack: Array<[CST.Token | undefined, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token === undefined) continue;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_NESTING) {
        throw new InputError(`collections nest deeper than ${MAX_NESTING} levels here (the limit of this tool)`,
          'manifests, ARM templates and Terraform JSON nest a few dozen levels at most: look for unclosed "[" or "{", or regenerate the file', at(token.offset));
      }
      for (const item of token.items as ReadonlyArray<{ key?: CST.Token | null; value?: CST.Token }>) {
        stack.push([item.key ?? undefined, depth + 1], [item.value, depth + 1]);
      }
    }
  }
}

/**
 * Plain data from the document, in document order. Aliases take the value of the last anchor of that name
 * before them (YAML 1.2 §7.1) and share it; what each expands to is counted against the alias budget.
 */
class DataBuilder {
  readonly positions = new PositionIndex();
  /** Position index id of what the last convert() returned (-1: a scalar). */
  child = -1;
  private readonly anchors = new Map<string, Node>();
  private readonly anchored = new Map<Node, { readonly value: unknown; readonly size: number; readonly child: number }>();
  private readonly open = new Set<Node>();
  /** Values written in the file, and values added by aliases. */
  private own = 0;
  private expanded = 0;
  /** Size (values, expanded) of what the last convert() returned. */
  private size = 0;

  constructor(private readonly at: Locate, private readonly minExpansion: number) {}

  convert(node: unknown): unknown {
    this.child = -1;
    if (node === null || node === undefined) {
      this.size = 1;
      return null;
    }
    if (isAlias(node)) return this.alias(node);
    const anchor = (node as Node).anchor;
    if (anchor) {
      this.anchors.set(anchor, node as Node);
      this.open.add(node as Node);
    }
    let value: unknown;
    let size = 1;
    let id = -1;
    if (isScalar(node)) {
      value = this.scalar(node.value, node.range?.[0] ?? 0);
    } else if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const keys = new Set<string>();
      id = this.positions.open(node.items.length, true);
      node.items.forEach((pair, index) => {
        const key = this.key(pair.key);
        if (keys.has(key)) {
          throw new InputError('duplicate key: every key in a mapping must be unique', yamlFix('DUPLICATE_KEY'), this.at(offsetOf(pair.key, node)));
        }
        keys.add(key);
        size += this.size;
        const item = this.convert(pair.value);
        size += this.size;
        // As the Document answered: the value's node, else (no value written) the key's.
        const keyOffset = nodeOffset(pair.key);
        const valueOffset = pair.value ? nodeOffset(pair.value) : keyOffset;
        this.positions.entry(id, index, key, keyOffset, valueOffset, this.child);
        // `__proto__` as an own property, as JSON.parse makes it, never as the object's prototype.
        if (key === '__proto__') Object.defineProperty(object, key, { value: item, enumerable: true, writable: true, configurable: true });
        else object[key] = item;
      });
      value = object;
    } else if (isSeq(node)) {
      const array: unknown[] = [];
      id = this.positions.open(node.items.length, false);
      node.items.forEach((item, index) => {
        array.push(this.convert(item));
        size += this.size;
        const offset = nodeOffset(item);
        this.positions.entry(id, index, undefined, offset, offset, this.child);
      });
      value = array;
    } else {
      throw new InputError('this YAML node is not a value this tool reads', 'write plain mappings, lists and scalars', this.at(offsetOf(node)));
    }
    this.own += 1;
    if (anchor) {
      this.open.delete(node as Node);
      this.anchored.set(node as Node, { value, size, child: id });
    }
    this.size = size;
    this.child = id;
    return value;
  }

  private alias(node: Alias): unknown {
    const offset = offsetOf(node);
    const target = this.anchors.get(node.source);
    if (!target) {
      throw new InputError(`alias *${node.source} refers to no anchor`, `define the anchor (&${node.source}) before the alias, or write the value itself`, this.at(offset));
    }
    const resolved = this.anchored.get(target);
    if (!resolved || this.open.has(target)) {
      throw new InputError(`alias *${node.source} is inside the value it refers to (a recursive structure)`, 'refer to an anchor outside the collection it is in', this.at(offset));
    }
    this.expanded += resolved.size;
    const budget = Math.max(this.minExpansion, this.own);
    if (this.expanded > budget) {
      throw new InputError(`YAML aliases expand this file by more than ${budget.toLocaleString('en-US')} values (the limit of this tool; an alias bomb?)`,
        `write the repeated values out, or reuse smaller anchors: aliases may add at most as many values as the file writes itself (at least ${this.minExpansion.toLocaleString('en-US')})`, this.at(offset));
    }
    this.size = resolved.size;
    this.child = resolved.child;
    return resolved.value;
  }

  private key(node: unknown): string {
    const value = this.convert(node);
    this.child = -1;
    if (value === null || typeof value !== 'object') return keyText(value);
    throw new InputError(`a mapping key must be a plain value (a string), not ${Array.isArray(value) ? 'a list' : 'a mapping'}`,
      'write the key as a string', this.at(offsetOf(node)));
  }

  private scalar(value: unknown, offset: number): unknown {
    if (typeof value === 'string') return flat(value);
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
    throw new InputError(`this YAML value (${typeof value}) is not one this tool reads`, 'write a string, a number, true/false or null', this.at(offset));
  }
}

/**
 * The string as a string of its own. The parser's scalars are slices of the whole text, which V8 keeps as views
 * into it (from 13 characters on): every use goes through the view, and a Plan built from them (ids, GUIDs, keys)
 * was 20% slower to check and resolve than one built from the same data read as JSON. Copied through UTF-8, which
 * is exact for well-formed text; anything else (a lone surrogate from a `\ud800` escape) is kept as it is.
 */
/** ES2024's String.prototype.isWellFormed (Node >= 20), which the project's ES2022 typings do not list. */
type WellFormedCheck = string & { isWellFormed(): boolean };

function flat(text: string): string {
  return text.length < 13 || !(text as WellFormedCheck).isWellFormed() ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** Where a node starts, -1 for none (a pair without a key). */
function nodeOffset(node: unknown): number {
  return node === null || node === undefined ? -1 : (node as Node).range?.[0] ?? 0;
}

function offsetOf(node: unknown, fallback?: unknown): number {
  return (node as Node | undefined)?.range?.[0] ?? (fallback as Node | undefined)?.range?.[0] ?? 0;
}

function describeYamlError(error: YAMLParseError): string {
  if (error.code === 'DUPLICATE_KEY') return 'duplicate key: every key in a mapping must be unique';
  if (error.code === 'RESOURCE_EXHAUSTION') return `collections nest too deeply here (${error.message.split('\n')[0]})`;
  // The parser's own first line is precise ("Implicit keys need to be on a single line", ...).
  return `invalid YAML/JSON: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
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
    case 'RESOURCE_EXHAUSTION':
      return 'look for unclosed "[" or "{", or regenerate the file';
    default:
      return 'fix the syntax at this point (quote values that contain ":", "#", "{" or "[")';
  }
}
