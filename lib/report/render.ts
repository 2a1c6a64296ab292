import type { JunitOptions } from './junit';
import type { MarkdownOptions } from './markdown';
import type { ReportFormat } from './formats';
import type { ReportInput } from './report-input';
import type { TextOptions } from './text';

/** Options of every format; each format reads only its own (`color`: text; `maxRows`: markdown; `failOn`: junit). */
export interface ReportOptions extends TextOptions, MarkdownOptions, JunitOptions {}

/**
 * Renders `input` in `format`. Pure: the same input and options give the same string. Each renderer is loaded when
 * its format is asked for: `check` prints one format, and its start-up is measured against `node -e 0`.
 */
export function renderReport(format: ReportFormat, input: ReportInput, options: ReportOptions = {}): string {
  switch (format) {
    case 'text': return (require('./text') as typeof import('./text')).renderText(input, options);
    case 'json': return (require('./json') as typeof import('./json')).renderJson(input);
    case 'sarif': return (require('./sarif') as typeof import('./sarif')).renderSarif(input);
    case 'junit': return (require('./junit') as typeof import('./junit')).renderJunit(input, options);
    case 'markdown': return (require('./markdown') as typeof import('./markdown')).renderMarkdown(input, options);
    case 'html': return (require('./html') as typeof import('./html')).renderHtml(input);
    default: {
      const unknown: never = format;
      throw new Error(`unknown report format: ${String(unknown)}`);
    }
  }
}
