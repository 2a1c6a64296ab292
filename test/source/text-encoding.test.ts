import { InputError } from '../../lib/model/errors';
import { decodeInputBytes, normalizeLineBreaks } from '../../lib/source/text-encoding';

const TEXT = 'a: "Zürich 東京 😀"\nb: 1\n';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

function refusal(bytes: Uint8Array): InputError {
  try {
    decodeInputBytes(bytes, 'f.yaml');
  } catch (error) {
    return error as InputError;
  }
  throw new Error('not refused');
}

describe('decodeInputBytes', () => {
  test.each([
    ['UTF-8', Buffer.from(TEXT)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('%s decodes to the text', (_name, bytes) => {
    expect(decodeInputBytes(bytes, 'f.yaml')).toBe(TEXT);
  });

  test.each([
    ['UTF-32 LE', Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), /UTF-32 \(little-endian\)/],
    ['UTF-32 BE', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61]), /UTF-32 \(big-endian\)/],
    ['UTF-16 LE without a byte-order mark', Buffer.from(TEXT, 'utf16le'), /UTF-16 \(little-endian\) without a byte-order mark/],
    ['UTF-16 BE without a byte-order mark', utf16be(TEXT), /UTF-16 \(big-endian\) without a byte-order mark/],
    ['a binary file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), /NUL bytes: it is not a text file/],
    ['cut-off UTF-16', Buffer.from([0xff, 0xfe, 0x61]), /odd number of bytes/],
    ['unpaired UTF-16 surrogate', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]), /not valid UTF-16/],
  ])('%s is refused, naming the encoding', (_name, bytes, problem) => {
    const error = refusal(bytes);
    expect(error).toBeInstanceOf(InputError);
    expect(error.problem).toMatch(problem);
    expect(error.fix).toMatch(/save the file as UTF-8/);
    expect(error.location).toEqual({ file: 'f.yaml' });
  });

  test('bytes that are not UTF-8 are refused at their line and column', () => {
    const error = refusal(Buffer.concat([Buffer.from('a: 1\nname: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(error.problem).toBe('the file is not UTF-8 text (it may be Windows-1252 or Latin-1)');
    expect(error.location).toEqual({ file: 'f.yaml', line: 2, column: 10 });
  });
});

describe('normalizeLineBreaks', () => {
  test('a lone CR becomes LF, CR LF stays, the length (and so every offset) stays', () => {
    const text = 'a\rb\r\nc\r';
    expect(normalizeLineBreaks(text)).toBe('a\nb\r\nc\n');
    expect(normalizeLineBreaks(text)).toHaveLength(text.length);
  });

  test('a byte-order mark at the start is dropped', () => {
    expect(normalizeLineBreaks('\ufeffa: 1')).toBe('a: 1');
  });
});
