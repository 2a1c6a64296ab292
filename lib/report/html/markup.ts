import { escapeEntities, escapeHtml } from './escape';

/**
 * Markup that is safe to place in a page as it is. Only `html`, `join` and `trusted` make one, so a string
 * from the input can reach the page only through escapeHtml: a builder that forgets to escape does not
 * type-check.
 */
export class SafeHtml {
  private constructor(readonly markup: string) {}

  /** @internal: use `html`, `join` or `trusted`. */
  static of(markup: string): SafeHtml {
    return new SafeHtml(markup);
  }

  toString(): string {
    return this.markup;
  }
}

/** What a template may interpolate: text (escaped), numbers, markup, lists of markup; nothing for `undefined`, `false`, `null`. */
export type Interpolation = string | number | SafeHtml | readonly SafeHtml[] | undefined | null | false;

/**
 * A template of the tool's own markup: interpolated strings are escaped (element content or a quoted attribute
 * value: always quote attributes), markup is kept, lists are concatenated.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
  return SafeHtml.of(out);
}

function piece(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof SafeHtml) return value.markup;
  let out = '';
  for (const item of value) out += item.markup;
  return out;
}

/** Markup joined with a separator: markup, or the tool's own text (entities escaped, line breaks kept). */
export function join(items: readonly SafeHtml[], separator: SafeHtml | string = ''): SafeHtml {
  const between = typeof separator === 'string' ? escapeEntities(separator) : separator.markup;
  return SafeHtml.of(items.map((item) => item.markup).join(between));
}

/**
 * The tool's own constant markup (a stylesheet, a script, an entity): never text from the input. A call with a
 * computed argument is a review question.
 */
export function trusted(markup: string): SafeHtml {
  return SafeHtml.of(markup);
}

/** An `https:` URL for an `href`, or undefined for anything else (`javascript:`, relative, other schemes). */
export function safeHref(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>\\`]+$/.test(url) ? url : undefined;
}

/** `12,345`: the same digits on every machine (toLocaleString depends on the locale). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 customer`, `2 customers` (regular plurals only). */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
