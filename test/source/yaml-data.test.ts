import { InputError } from '../../lib/model/errors';
import { SourceDocument } from '../../lib/source/source-document';
import { MAX_NESTING, MIN_ALIAS_EXPANSION, parseYaml } from '../../lib/source/yaml-data';

function refusal(text: string): InputError {
  try {
    parseYaml(text, 'f.yaml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('parseYaml: nesting', () => {
  test(`${MAX_NESTING} levels of brackets load, one more is refused where it starts`, () => {
    const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
    expect(() => parseYaml(deep(MAX_NESTING), 'f.yaml')).not.toThrow();
    const error = refusal(deep(MAX_NESTING + 1));
    expect(error.problem).toBe(`collections nest deeper than ${MAX_NESTING} levels here (the limit of this tool)`);
    expect(error.location).toEqual({ file: 'f.yaml', line: 1, column: MAX_NESTING + 1 });
  });

  test('indentation counts as nesting too', () => {
    const lines = Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const error = refusal(`${lines.join('\n')} x\n`);
    expect(error.location).toEqual({ file: 'f.yaml', line: MAX_NESTING + 1, column: MAX_NESTING + 1 });
  });
});

describe('parseYaml: aliases', () => {
  test('an alias takes the value of the last anchor of that name before it, shared', () => {
    const { data } = parseYaml('a: &x [1]\nb: *x\nc: &x [2]\nd: *x\n', 'f.yaml') as { data: Record<string, unknown> };
    expect(data).toEqual({ a: [1], b: [1], c: [2], d: [2] });
    expect(data.b).toBe(data.a);
  });

  test('an undefined alias and an alias inside its own anchor are refused where they are', () => {
    expect(refusal('a: 1\nb: *nope\n')).toMatchObject({ problem: 'alias *nope refers to no anchor', location: { line: 2, column: 4 } });
    expect(refusal('a: &x [1, *x]\n')).toMatchObject({ problem: 'alias *x is inside the value it refers to (a recursive structure)', location: { line: 1, column: 11 } });
  });

  test(`aliases may add ${MIN_ALIAS_EXPANSION.toLocaleString('en-US')} values to a small file, and no more`, () => {
    // An anchor of 1,000 values (999 scalars + its list), aliased 1,000 times: exactly the budget.
    const anchor = `a: &a [${Array(999).fill('1').join(',')}]\n`;
    const within = `${anchor}b: [${Array(1000).fill('*a').join(',')}]\n`;
    expect(() => parseYaml(within, 'f.yaml')).not.toThrow();
    const error = refusal(`${anchor}b: [${Array(1001).fill('*a').join(',')}]\n`);
    expect(error.problem).toBe('YAML aliases expand this file by more than 1,000,000 values (the limit of this tool; an alias bomb?)');
    expect(error.location).toMatchObject({ line: 2 });
  });

  test('a larger file may expand by as many values as it writes (shown with a budget of 100)', () => {
    const own = (n: number) => `own: [${Array(n).fill('0').join(',')}]\n`;
    const aliases = `a: &a [${Array(99).fill('1').join(',')}]\nb: [${Array(3).fill('*a').join(',')}]\n`;
    // The aliases add 300 values: refused (at the third) in a file that writes 204 itself, allowed in one that writes 404.
    expect(() => parseYaml(`${own(100)}${aliases}`, 'f.yaml', { minAliasExpansion: 100 })).toThrow(/f\.yaml:3:11 YAML aliases expand this file by more than 204 values/);
    expect(() => parseYaml(`${own(300)}${aliases}`, 'f.yaml', { minAliasExpansion: 100 })).not.toThrow();
  });

  test('SourceDocument locates through an alias at the anchor, without re-reading the document', () => {
    const source = SourceDocument.parse('base: &b\n  x: 1\nother: *b\n', 'f.yaml');
    expect(source.locate(['other', 'x'])).toEqual({ file: 'f.yaml', line: 2, column: 6, path: 'other.x' });
  });
});

describe('parseYaml: keys', () => {
  test('scalar keys become strings; a key given twice in another type is still a duplicate', () => {
    expect(parseYaml('1: a\ntrue: b\n~: c\n', 'f.yaml').data).toEqual({ 1: 'a', true: 'b', '': 'c' });
    expect(refusal('m:\n  "1": a\n  1: b\n')).toMatchObject({ problem: 'duplicate key: every key in a mapping must be unique', location: { line: 3, column: 3 } });
  });

  test('duplicate keys are found in every mapping, flow or block, with the message the yaml library gave', () => {
    expect(refusal('a: { x: 1, y: 2, x: 3 }\n')).toMatchObject({ location: { line: 1, column: 18 }, fix: expect.stringContaining('rename or merge one of the two entries') });
  });

  test('a collection as a key is refused', () => {
    expect(refusal('? [a, b]\n: c\n').problem).toBe('a mapping key must be a plain value (a string), not a list');
  });

  test('__proto__ is an own property of the data, never its prototype', () => {
    const data = parseYaml('__proto__: { polluted: true }\nconstructor: x\n', 'f.yaml').data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseYaml: documents', () => {
  test('a second document is an error at its start', () => {
    expect(refusal('a: 1\n---\nb: 2\n')).toMatchObject({ problem: 'invalid YAML/JSON: Source contains multiple documents', location: { line: 2, column: 1 } });
  });

  test('SourceDocument.parse reads CR-only line breaks as line breaks', () => {
    const source = SourceDocument.parse('a: 1\rb:\r  c: 2\r', 'f.yaml');
    expect(source.data).toEqual({ a: 1, b: { c: 2 } });
    expect(source.locate(['b', 'c'])).toMatchObject({ line: 3, column: 6 });
  });
});
