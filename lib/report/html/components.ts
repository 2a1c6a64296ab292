import { Level } from '../../policy/rule';
import { ReportSummary, SUMMARY_KINDS } from '../report-input';
import { formatCount, html, Interpolation, join, plural, SafeHtml, safeHref } from './markup';

/*
 * Small pieces every report page is made of (the check report now, the diff report later): sections, facts,
 * badges, filter fields, links, paths. Each returns markup; text goes in escaped.
 */

/** A badge: a word in a box. `kind` is a class of BASE_CSS (`error`, `warning`, `info`, `suppressed`). */
export function badge(kind: 'error' | 'warning' | 'info' | 'suppressed', text: string, title?: string): SafeHtml {
  return html`<span class="b ${kind}"${title === undefined ? '' : html` title="${title}"`}>${text}</span>`;
}

export function levelBadge(level: Level): SafeHtml {
  return badge(level, level);
}

/** `2 errors` `1 warning` … for the non-zero counts, or `no findings`. */
export function countBadges(summary: ReportSummary): SafeHtml {
  const parts = SUMMARY_KINDS.filter((kind) => summary[kind] > 0).map((kind) => badge(kind, kind === 'info' || kind === 'suppressed' ? `${formatCount(summary[kind])} ${kind}` : plural(summary[kind], kind)));
  return parts.length === 0 ? html`<span class="muted">no findings</span>` : join(parts, ' ');
}

/** A titled section with an id to link to (`#matrix`), labelled by its heading. */
export function section(id: string, heading: string, body: Interpolation): SafeHtml {
  return html`<section id="${id}" aria-labelledby="h-${id}">
<h2 id="h-${id}">${heading}</h2>
${body}
</section>`;
}

/** Label/value pairs as a definition list. */
export function facts(entries: ReadonlyArray<readonly [string, Interpolation]>): SafeHtml {
  return html`<dl class="facts">${entries.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

/** A link to public documentation (https only; anything else is shown as text, not linked). */
export function docLink(url: string, text: string): SafeHtml {
  const href = safeHref(url);
  return href === undefined ? html`${url}` : html`<a href="${href}" rel="noreferrer noopener" target="_blank">${text}</a>`;
}

/** A labelled text input for the page script (`data-filter` says what it filters). */
export function filterInput(id: string, label: string, filter: string, placeholder: string): SafeHtml {
  return html`<label for="${id}">${label}<input id="${id}" type="search" data-filter="${filter}" placeholder="${placeholder}" autocomplete="off" spellcheck="false"></label>`;
}

/** A labelled select for the page script; the first option (value `''`) means "any". */
export function filterSelect(id: string, label: string, filter: string, options: ReadonlyArray<readonly [string, string]>): SafeHtml {
  return html`<label for="${id}">${label}<select id="${id}" data-filter="${filter}"><option value="">any</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select></label>`;
}

/**
 * A path for a report anyone may read: as the user gave it when relative, only the file name when absolute
 * (`/home/ci/work/lighthouse.yaml`, `C:\\repo\\x.yaml`, `\\\\server\\share\\x.yaml`), so that the page holds no layout
 * of the machine it ran on and is byte-identical wherever it is generated.
 */
export function displayPath(path: string): string {
  if (!/^(?:[\\/]|[A-Za-z]:[\\/])/.test(path)) return path;
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}
