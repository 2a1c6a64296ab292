// Text from the input placed into generated Markdown (reports, ARM READMEs, Partner Center plan.md):
// names must not format, link, inject HTML or break a table.

/** Anything escapeMarkdown changes: most names have none of these, and export escapes tens of thousands of cells. */
const NEEDS_ESCAPING = /[\\`*_[\]<>&|~#!\u0000-\u001f\u007f]/;

/**
 * Inline text with the characters Markdown or HTML would interpret backslash-escaped, tabs as spaces and other
 * control characters dropped. Line breaks are kept (a caller decides: `<br>` in a report cell, one line elsewhere).
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\\`*_[\]<>&|~#!]/g, (c) => `\\${c}`);
}

/** escapeMarkdown on one line: every whitespace run (line breaks too) becomes one space, ends trimmed. */
export function markdownLine(text: string): string {
  return escapeMarkdown(/\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text);
}

/** A code span, safe in a table cell: a backtick fence longer than any backtick run inside, `|` escaped. */
export function markdownCode(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
