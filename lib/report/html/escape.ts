import { visibleLine } from '../../util/visible-text';

// The one place where text from the input becomes HTML. Every page builder escapes through here (markup.ts
// does it for every interpolated string), so a name can neither inject markup nor hide or reorder what an
// auditor reads.

/** Unpaired surrogates and the non-characters U+FFFE/U+FFFF, which a browser may render as nothing. */
const BROKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Text as a reader should see it, on one line: the project's one sanitizer (lib/util/visible-text: controls as
 * `\u001b`, `\r`, bidirectional formatting characters that can reverse or hide text as `<U+202E>`), and for HTML
 * also unpaired surrogates and non-characters as `\ufffd`. Ordinary letters of every script stay as they are.
 */
export function visibleText(text: string): string {
  const visible = visibleLine(text);
  return /[\ud800-\udfff\ufffe\uffff]/.test(visible) ? visible.replace(BROKEN, '\ufffd') : visible;
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
