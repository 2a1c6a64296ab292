import { createHash } from 'node:crypto';
import { jsonForScript } from './escape';
import { html, SafeHtml, trusted } from './markup';

export interface PageProps {
  /** The document title (text; escaped). */
  readonly title: string;
  readonly body: SafeHtml;
  /** Stylesheets of the tool's own, in cascade order; inlined in one `<style>`. */
  readonly styles: readonly string[];
  /** The tool's own script, inlined at the end of the body. @default - no script */
  readonly script?: string;
  /** Data for the script, as `<script type="application/json" id="…">` blocks (never executed). @default - none */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * A self-contained page: one inline stylesheet, an optional inline script, data blocks, nothing loaded from
 * anywhere. The Content-Security-Policy allows exactly that stylesheet and that script by their SHA-256
 * hashes and nothing else (no remote or local loads, no other inline code, no forms, no frames, no base
 * URL), so even markup that slipped through escaping could not run or fetch anything.
 */
export function page({ title, body, styles, script, data = {} }: PageProps): string {
  const css = styles.join('\n');
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(css)}'`,
    script === undefined ? "script-src 'none'" : `script-src '${sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; '); // the tool's own words and base64 hashes: nothing to escape, and quotes stay readable
  const blocks = Object.entries(data).map(([id, value]) => html`<script type="application/json" id="${id}">${trusted(jsonForScript(value))}</script>\n`);
  return `${html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${trusted(css)}</style>
</head>
<body>
${body}
${blocks}${script === undefined ? '' : html`<script>${trusted(script)}</script>\n`}</body>
</html>`}\n`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
