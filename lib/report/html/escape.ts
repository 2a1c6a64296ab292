// The one place where text from the input becomes HTML. Every page builder escapes through here (markup.ts
// does it for every interpolated string), so a name can neither inject markup nor hide or reorder what an
// auditor reads.

/** Characters that need a look before the fast path may skip the replacements (most names have none). */
const NEEDS_WORK = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/**
 * Text as a reader should see it, on one line: tabs and line breaks become spaces; C0 controls become their
 * visible Control Pictures (`␛` for ESC, `␀` for NUL); C1 controls and the bidirectional formatting
 * characters (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM), which can reverse or hide the text around
 * them, become a visible `⟨U+202E⟩`; unpaired surrogates and the non-characters U+FFFE/U+FFFF become `�`.
 * Ordinary letters of every script (right-to-left ones included) stay as they are.
 */
export function visibleText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\u27e8U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\u27e9`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

/**
 * visibleText, then the five characters HTML interprets as entities: safe as element content and inside a
 * double- or single-quoted attribute value (never unquoted, never inside `<script>` or `<style>`).
 */
export function escapeHtml(text: string): string {
  return escapeEntities(visibleText(text));
}

/** Only the five characters as entities: for the tool's own text (a separator with a line break), never for input. */
export function escapeEntities(text: string): string {
  if (!/[&<>"']/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A value for a `<script type="application/json">` block: JSON with every `<` as `\\u003c`, so that nothing in
 * it can close the element (`</script>`) or start an escaped section (`<!--`), the only ways out of a script
 * element's text; JSON.parse reads it back unchanged. Text a script shows should have been through
 * visibleText, markup through escapeHtml.
 */
export function jsonForScript(value: unknown): string {
  // String replacements, not a callback: a 10,000-customer report has millions of `<` in its data.
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return /[\u2028\u2029]/.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}
