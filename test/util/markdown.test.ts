import fc from 'fast-check';
import { escapeMarkdown, markdownCode, markdownLine } from '../../lib/util/markdown';
import { visibleText } from '../../lib/util/visible-text';

/** The escaping without the shortcut for text that needs none: the shortcut must never change a result. */
function reference(text: string): string {
  return visibleText(text.replace(/\t/g, ' '), { keepLineBreaks: true }).replace(/[\\`*_[\]<>&|~#!]/g, (c) => `\\${c}`);
}

/** Strings rich in what matters here: Markdown characters, whitespace of every kind, control and bidirectional characters. */
const markdownish = fc.string({ unit: fc.constantFrom(...'ab \t\n\r\u000b\u0000\u001b\u007f\u009b\u00a0\u2028\u202e\\`*_[]<>&|~#!@-'.split('')), maxLength: 30 });

describe('escapeMarkdown', () => {
  test('escapes what Markdown and HTML interpret, keeps line breaks, shows other control and bidirectional characters', () => {
    expect(escapeMarkdown('Ops *team* <b>|</b> #1 & [x](y)! ~z~ `c` \\')).toBe('Ops \\*team\\* \\<b\\>\\|\\</b\\> \\#1 \\& \\[x\\](y)\\! \\~z\\~ \\`c\\` \\\\');
    expect(escapeMarkdown('a\tb\u0000c\r\nd\u202ee')).toBe('a b\\\\u0000c\nd\\<U+202E\\>e');
  });

  test('plain names come back unchanged (the common case)', () => {
    expect(escapeMarkdown('Contoso NOC Engineers (L2)')).toBe('Contoso NOC Engineers (L2)');
  });

  test('the shortcut for text without special characters gives what the full escaping gives', () => {
    fc.assert(fc.property(fc.oneof(markdownish, fc.string()), (text) => escapeMarkdown(text) === reference(text)), { numRuns: 500 });
  });
});

describe('markdownLine', () => {
  test('one line: whitespace runs (line breaks, tabs, no-break spaces) become one space, ends trimmed', () => {
    expect(markdownLine('  Contoso\n\tNOC  *L2*\u00a0 ')).toBe('Contoso NOC \\*L2\\*');
  });

  test('equals collapsing and trimming first, then escaping, for any text', () => {
    fc.assert(fc.property(fc.oneof(markdownish, fc.string()), (text) => markdownLine(text) === reference(text.replace(/\s+/g, ' ').trim())), { numRuns: 500 });
  });
});

describe('markdownCode', () => {
  test('a fence longer than any backtick run inside, padded when the text starts or ends with one, | escaped', () => {
    expect(markdownCode('abc')).toBe('`abc`');
    expect(markdownCode('a``b')).toBe('```a``b```');
    expect(markdownCode('`x|y')).toBe('`` `x\\|y ``');
  });

  test('controls and bidirectional overrides are shown, not interpreted, and cannot end the span', () => {
    expect(markdownCode('a\u001b[2J\nb\u202ec')).toBe('`a\\u001b[2J\\nb<U+202E>c`');
  });
});
