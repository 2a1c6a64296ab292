import { InputError } from '../model/errors';

/**
 * Input files as text. UTF-8 is the norm (a byte-order mark is dropped); UTF-16 with a byte-order mark, which
 * Windows PowerShell's `>` and `Out-File` write, is decoded (little- and big-endian). Anything else is refused
 * with a message that names what the file seems to be: UTF-32, UTF-16 without a byte-order mark, bytes that
 * are not UTF-8 (Windows-1252, say), a binary file. Line breaks are normalized to `\n` (see normalizeLineBreaks).
 */
export function decodeInputBytes(bytes: Uint8Array, file: string): string {
  const encoding = byteOrderMark(bytes);
  if (encoding === 'UTF-32LE' || encoding === 'UTF-32BE') {
    throw new InputError(`the file is ${describe(encoding)}, which this tool does not read`, SAVE_AS_UTF8, { file });
  }
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') return normalizeLineBreaks(decodeUtf16(bytes, encoding, file));
  const body = encoding === 'UTF-8' ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new InputError(`the file contains NUL bytes: ${guessFromNulBytes(body)}`, `${SAVE_AS_UTF8} (UTF-16 with a byte-order mark is read too)`, { file });
  }
  try {
    return normalizeLineBreaks(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body));
  } catch {
    throw notUtf8(body, file);
  }
}

/**
 * YAML (1.2, §5.4) and JSON take CR LF, LF and a lone CR as line breaks; the parser below counts only LF, so a
 * file saved with CR-only line endings (classic Mac) would read as one line. Every lone CR becomes LF: the text
 * keeps its length, so every offset stays where it was, and line numbers come out as an editor shows them.
 * A UTF-8 byte-order mark at the start (text handed over as a string) is dropped.
 */
export function normalizeLineBreaks(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/g, '\n') : unmarked;
}

type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

const SAVE_AS_UTF8 = 'save the file as UTF-8 (in an editor: "Save with encoding"; in PowerShell: `Out-File -Encoding utf8`)';

function byteOrderMark(b: Uint8Array): Encoding | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0 && b.length >= 4) return 'UTF-32LE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

function describe(encoding: Encoding): string {
  return `${encoding.slice(0, 6)} (${encoding.endsWith('LE') ? 'little' : 'big'}-endian)`;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', file: string): string {
  const body = Buffer.from(bytes.subarray(2));
  if (body.length % 2 !== 0) {
    throw new InputError(`the file starts with the byte-order mark of ${describe(encoding)} but has an odd number of bytes (cut off?)`, SAVE_AS_UTF8, { file });
  }
  // TextDecoder's utf-16be needs full ICU; swapping the bytes of a copy needs nothing.
  if (encoding === 'UTF-16BE') body.swap16();
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(body);
  } catch {
    throw new InputError(`the file starts with the byte-order mark of ${describe(encoding)} but is not valid ${encoding.slice(0, 6)}`, SAVE_AS_UTF8, { file });
  }
}

/** UTF-16 without a byte-order mark has a NUL in every other byte of ASCII text; other NULs mean binary data. */
function guessFromNulBytes(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = sample.length / 2;
  if (odd >= half * 0.5 && even * 10 <= odd) return 'it looks like UTF-16 (little-endian) without a byte-order mark';
  if (even >= half * 0.5 && odd * 10 <= even) return 'it looks like UTF-16 (big-endian) without a byte-order mark';
  return 'it is not a text file';
}

/** Where the first byte sequence that is not UTF-8 is, as line and column (of the text before it). */
function notUtf8(bytes: Uint8Array, file: string): InputError {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\ufffd');
  const before = normalizeLineBreaks(lenient.slice(0, Math.max(at, 0)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return new InputError('the file is not UTF-8 text (it may be Windows-1252 or Latin-1)', SAVE_AS_UTF8,
    { file, line: before.split('\n').length, column: before.length - lineStart + 1 });
}
