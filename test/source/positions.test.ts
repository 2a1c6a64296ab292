import fc from 'fast-check';
import { isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, Parser, Composer } from 'yaml';
import { formatJsonPath, SourceLocation } from '../../lib/model/location';
import { parseJson } from '../../lib/source/json-data';
import { SourceDocument } from '../../lib/source/source-document';

type Segment = string | number;

/**
 * The oracle: how SourceDocument located values before it kept its own position index (the yaml library's
 * Document, each node's range, a LineCounter). Both readers must answer exactly as it did.
 */
function documentLocate(text: string, file: string): (path: readonly Segment[], key?: boolean) => SourceLocation {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const [doc] = [...new Composer({ uniqueKeys: false, version: '1.2' }).compose(tokens, true, text.length)];
  const anchors = new Map<string, Node>();
  // Aliases resolve to the last anchor of that name before them.
  const targets = new Map<unknown, Node>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source)!);
      return;
    }
    const anchor = (node as Node).anchor;
    if (isMap(node)) node.items.forEach((pair) => { visit(pair.key); visit(pair.value); });
    else if (isSeq(node)) node.items.forEach(visit);
    if (anchor) anchors.set(anchor, node as Node);
  };
  visit(doc.contents);
  return (path, key = false) => {
    let node: unknown = doc.contents;
    let at: unknown = node;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = targets.get(node);
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value ?? '' : p.key ?? '') === String(path[i]));
        if (pair) next = key && i === path.length - 1 ? pair.key : pair.value ?? pair.key;
      } else if (isSeq(node) && typeof path[i] === 'number') next = node.items[path[i] as number];
      if (next === undefined || next === null) break;
      node = next;
      at = next;
    }
    const { line, col } = lines.linePos((at as Node | undefined)?.range?.[0] ?? 0);
    return { file, line, column: col, path: formatJsonPath(path) };
  };
}

/** Every path of the data, and for each a sibling that does not exist (deepest-ancestor answers). */
function pathsOf(value: unknown, at: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...at, i], out));
    out.push([...at, value.length], [...at, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...at, key], out);
    out.push([...at, 'missing-key'], [...at, 0]);
  }
  return out;
}

function sameAnswers(text: string): void {
  const oracle = documentLocate(text, 'f');
  const source = SourceDocument.parse(text, 'f');
  for (const path of pathsOf(source.data)) {
    expect(source.locate(path)).toEqual(oracle(path));
    expect(source.locate(path, true)).toEqual(oracle(path, true));
  }
}

/** JSON as people and tools write it: compact, indented, tabs, CR LF, odd spacing around every token. */
function writeJson(value: unknown, pad: string, indent: string, level = 0): string {
  const inner = indent === '' ? '' : `\n${indent.repeat(level + 1)}`;
  const outer = indent === '' ? '' : `\n${indent.repeat(level)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `[${pad}]`;
    return `[${value.map((item) => `${inner}${pad}${writeJson(item, pad, indent, level + 1)}${pad}`).join(',')}${outer}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return `{${pad}}`;
    return `{${entries.map(([k, v]) => `${inner}${pad}${JSON.stringify(k)}${pad}:${pad}${writeJson(v, pad, indent, level + 1)}${pad}`).join(',')}${outer}}`;
  }
  return JSON.stringify(value);
}

const jsonText = fc.tuple(
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 }),
  fc.constantFrom('', '  ', '\t'),
  fc.constantFrom('', ' ', '\n', ' \t ', '\r\n'),
).map(([value, indent, pad]) => writeJson(value, pad, indent));

describe('positions: the JSON fast path', () => {
  test('JSON text is read by the fast path (not the YAML reader) when it is strict JSON', () => {
    expect(parseJson('{"a": [1, {"b": null}]}')).toBeDefined();
    expect(parseJson('{"a": 1, "a": 2}')).toBeUndefined();
    expect(parseJson('{"a": 1,}')).toBeUndefined();
    expect(parseJson('{"a": 1} // comment')).toBeUndefined();
    expect(parseJson(`${'['.repeat(300)}${']'.repeat(300)}`)).toBeUndefined();
  });

  test('every key and value is located where the yaml library\'s Document located it', () => {
    fc.assert(fc.property(jsonText, (text) => {
      if (parseJson(text) === undefined) return; // a duplicate key after escaping: the YAML reader's case
      sameAnswers(text);
    }), { numRuns: 300, seed: 15 });
  });

  test('escaped quotes and backslashes in keys and values, empty collections, numbers and literals', () => {
    sameAnswers('{"a\\"b": "x\\\\", "c\\\\": ["\\\\\\"", {}, [], -1.5e3, true, false, null],\n  "__proto__": {"d": 0}}');
    sameAnswers('[\r\n  {"k": "v"},\r\n  [[1], []]\r\n]');
    sameAnswers('  \n{"":{"":[{"":""}]}}\n\n');
  });
});

describe('positions: the YAML reader', () => {
  test('block and flow styles, keys, empty values, aliases and anchors answer as the Document did', () => {
    sameAnswers('a: 1\nb:\n  - x\n  - { y: 2, z: [3, 4] }\nc:\nd: &anchor\n  e: f\ng: *anchor\n? h\n"quoted key": \'v\'\nblock: |\n  text\n  more\nafter: 1\n');
    sameAnswers('- a\n- - b\n  - c\n-\n- { k }\n- !!str 5\n');
    sameAnswers('k: &x [1, 2]\nl: *x\nk2: &x {m: 1}\nl2: *x\n');
  });

  test('random data written as YAML answers as the Document did', () => {
    const { stringify } = jest.requireActual<typeof import('yaml')>('yaml');
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), fc.boolean(), (value, flow) => {
      let text: string;
      try {
        text = stringify(value, { collectionStyle: flow ? 'flow' : 'block' });
        parseDocument(text);
      } catch {
        return;
      }
      sameAnswers(text);
    }), { numRuns: 200, seed: 16 });
  });
});
