// The one sanitizer for text that came from an input (names, keys, expressions, addresses, file contents) on
// its way to a terminal, a message or a report: what a terminal or a viewer would interpret instead of show is
// made visible, so a file cannot move the cursor, recolour or retitle the terminal, forge lines, or reorder
// what a reader sees (Trojan Source: https://trojansource.codes).

/**
 * Characters that are not shown as themselves: C0 controls (ESC, BEL, CR, LF, TAB, ...), DEL, C1 controls
 * (U+0080-U+009F, among them CSI), the line and paragraph separators, and the bidirectional formatting
 * characters (U+061C, U+200E/F, the embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069).
 */
const INVISIBLE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
const UNICODE_CLASS = INVISIBLE_CLASS.replace('\\u0000-\\u001f', '');
const HAS_INVISIBLE_UNICODE = new RegExp(`[${UNICODE_CLASS}]`);
const INVISIBLE_UNICODE = new RegExp(`[${UNICODE_CLASS}]`, 'g');
/** The same without the line feed, for text whose line breaks are its own structure. */
const INVISIBLE_BUT_LF = new RegExp(`[${INVISIBLE_CLASS.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f')}]`, 'g');

export interface VisibleTextOptions {
  /**
   * Keep line feeds (`\n`) as line breaks; CR LF and lone CRs become `\n` too. For multi-line text the tool
   * writes itself, such as an internal error's message, or a Markdown cell that turns them into `<br>`.
   * @default false (a line feed shows as `\n`)
   */
  readonly keepLineBreaks?: boolean;
}

/**
 * `text` with every invisible character made visible: controls as the escape JSON and JavaScript use
 * (`\u001b`, `\u0007`, `\r`, `\n`, `\t`), separators and bidirectional formatting characters as `<U+202E>`. Plain text
 * comes back unchanged (and as fast as a regular-expression test).
 */
export function visibleText(text: string, options: VisibleTextOptions = {}): string {
  if (!HAS_INVISIBLE.test(text)) return text;
  if (!options.keepLineBreaks) return text.replace(INVISIBLE, showCharacter);
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE_BUT_LF, showCharacter);
}

/** visibleText on one line: line breaks (LF, CR LF, CR) become a space first, for a report line or a table cell. */
export function visibleLine(text: string): string {
  return visibleText(HAS_INVISIBLE.test(text) ? text.replace(/\r\n|[\n\r]/g, ' ') : text);
}

/** Whether visibleText would change `text`. */
export function hasInvisibleText(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/**
 * JSON text of `value` (JSON.stringify with `indent`) whose invisible characters outside ASCII controls are
 * escaped too (`\u009b`, `\u202e`): JSON.stringify escapes only C0 controls. Lossless: parsing gives `value`
 * back exactly; only the bytes a terminal sees change.
 */
export function jsonWithVisibleText(value: unknown, indent?: number): string {
  return escapeInvisibleUnicode(JSON.stringify(value, null, indent));
}

/**
 * Serialized JSON or YAML with the invisible characters that are not ASCII controls (DEL, C1 controls, separators,
 * bidirectional formatting) written as `\uXXXX` escapes; the serializers escape the ASCII controls themselves, and
 * their line breaks are structure. Valid only where such an escape means the character: in JSON strings, and in
 * YAML double-quoted scalars (renderManifest quotes every string that has one).
 */
export function escapeInvisibleUnicode(serialized: string): string {
  return HAS_INVISIBLE_UNICODE.test(serialized) ? serialized.replace(INVISIBLE_UNICODE, unicodeEscape) : serialized;
}

const SHORT_ESCAPES: ReadonlyMap<string, string> = new Map([['\n', '\\n'], ['\r', '\\r'], ['\t', '\\t']]);

function showCharacter(c: string): string {
  const code = c.charCodeAt(0);
  if (code > 0x9f) return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  return SHORT_ESCAPES.get(c) ?? unicodeEscape(c);
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
