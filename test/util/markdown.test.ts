import fc from 'fast-check';
import { escapeMarkdown, markdownCode, markdownLine } from '../../lib/util/markdown';

/** The escaping without the shortcut for text that needs none: the shortcut must never change a result. */
function reference(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\\`*_[\]<>&|~#!]/g, (c) => `\\${c}`);
}

/** Strings rich in what matters here: Markdown characters, whitespace of every kind, control characters. */
const markdownish = fc.string({ unit: fc.constantFrom(...'ab \t\n\r\u000b\u0000\u007f\u00a0\u2028\\`*_[]<>&|~#!@-'.split('')), maxLength: 30 });

describe('escapeMarkdown', () => {
  test('escapes what Markdown and HTML interpret, keeps line breaks, drops other control characters', () => {
    expect(escapeMarkdown('Ops *team* <b>|</b> #1 & [x](y)! ~z~ `c` \\')).toBe('Ops \\*team\\* \\<b\\>\\|\\</b\\> \\#1 \\& \\[x\\](y)\\! \\~z\\~ \\`c\\` \\\\');
    expect(escapeMarkdown('a\tb\u0000c\nd')).toBe('a bc\nd');
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
});
