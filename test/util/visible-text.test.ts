import fc from 'fast-check';
import { escapeInvisibleUnicode, hasInvisibleText, jsonWithVisibleText, visibleLine, visibleText } from '../../lib/util/visible-text';

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('visibleText: the one sanitizer for input text on its way to a terminal, a message or a report', () => {
  test('controls as escapes, separators and bidirectional formatting as <U+XXXX>', () => {
    expect(visibleText('a\u001b[31mb\u0007c\rd\ne\tf')).toBe('a\\u001b[31mb\\u0007c\\rd\\ne\\tf');
    expect(visibleText('x\u202ey\u2066z\u2028w\u200f\u061c')).toBe('x<U+202E>y<U+2066>z<U+2028>w<U+200F><U+061C>');
    expect(visibleText('\u007f\u0085\u009b')).toBe('\\u007f\\u0085\\u009b');
  });

  test('plain text, also outside ASCII, comes back as it is', () => {
    expect(visibleText('Contoso NOC (L2) — Zürich 東京 😀')).toBe('Contoso NOC (L2) — Zürich 東京 😀');
  });

  test('keepLineBreaks keeps LF (CR LF and CR become LF) and shows the rest', () => {
    expect(visibleText('a\r\nb\rc\nd\u001b', { keepLineBreaks: true })).toBe('a\nb\nc\nd\\u001b');
  });

  test('visibleLine puts line breaks as spaces first', () => {
    expect(visibleLine('a\r\nb\rc\nd\u202e')).toBe('a b c d<U+202E>');
  });

  test('for any text: nothing invisible is left, and hasInvisibleText says when something changes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(visibleText(text)).not.toMatch(INVISIBLE);
      expect(visibleLine(text)).not.toMatch(INVISIBLE);
      expect(visibleText(text, { keepLineBreaks: true })).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(hasInvisibleText(text)).toBe(visibleText(text) !== text);
    }), { numRuns: 500, seed: 20261210 });
  });

  test('JSON with visible text is lossless: it parses back to the same value, with no invisible character in its bytes', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
      const data = { value, text };
      const json = jsonWithVisibleText(data, 2);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
      expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }), { numRuns: 300, seed: 20261211 });
    expect(escapeInvisibleUnicode('"x\u202e\u009b"\n')).toBe('"x\\u202e\\u009b"\n');
  });
});
