import { hasInvisibleText, visibleText } from './visible-text';

// Text from the input placed into generated Markdown (reports, ARM READMEs, Partner Center plan.md):
// names must not format, link, inject HTML or break a table.

/** Markdown and HTML syntax: most names have none of it, and export escapes tens of thousands of cells. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&|~#!]/;

/**
 * Inline text with the characters Markdown or HTML would interpret backslash-escaped, tabs as spaces and other
 * control and bidirectional characters made visible (visibleText: `\u001b`, `<U+202E>`). Line breaks are kept, as
 * `\n` (a caller decides: `<br>` in a report cell, one line elsewhere).
 */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_SYNTAX.test(text) && !hasInvisibleText(text)) return text;
  return visibleText(text.replace(/\t/g, ' '), { keepLineBreaks: true }).replace(/[\\`*_[\]<>&|~#!]/g, (c) => `\\${c}`);
}

/** escapeMarkdown on one line: every whitespace run (line breaks too) becomes one space, ends trimmed. */
export function markdownLine(text: string): string {
  return escapeMarkdown(/\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text);
}

/** A code span, safe in a table cell: a backtick fence longer than any backtick run inside, `|` escaped. */
export function markdownCode(text: string): string {
  const clean = visibleText(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
