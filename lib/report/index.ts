import { renderHtml } from './html';
import { renderJson } from './json';
import { MarkdownOptions, renderMarkdown } from './markdown';
import { ReportInput } from './report-input';
import { renderSarif } from './sarif';
import { JunitOptions, renderJunit } from './junit';
import { renderText, TextOptions } from './text';
import { ReportFormat } from './formats';

export { REPORT_FORMATS, isReportFormat } from './formats';
export type { ReportFormat } from './formats';
export type { ReportInput, ReportSummary, ReportTool } from './report-input';
export { summarize } from './report-input';
export { renderText } from './text';
export type { TextOptions } from './text';
export { renderJson, jsonReport } from './json';
export type { JsonReport, JsonFinding, JsonLocation } from './json';
export { renderSarif, sarifLog } from './sarif';
export type { SarifLog } from './sarif';
export { renderJunit } from './junit';
export type { JunitOptions } from './junit';
export { renderMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { renderHtml } from './html';
export { accessMatrix } from './access-matrix';
export type { AccessMatrix, AccessColumn, AccessCell, AccessGrant } from './access-matrix';

/** Options of every format; each format reads only its own (`color`: text; `maxRows`: markdown; `failOn`: junit). */
export interface ReportOptions extends TextOptions, MarkdownOptions, JunitOptions {}

/** Renders `input` in `format`. Pure: the same input and options give the same string. */
export function renderReport(format: ReportFormat, input: ReportInput, options: ReportOptions = {}): string {
  switch (format) {
    case 'text': return renderText(input, options);
    case 'json': return renderJson(input);
    case 'sarif': return renderSarif(input);
    case 'junit': return renderJunit(input, options);
    case 'markdown': return renderMarkdown(input, options);
    case 'html': return renderHtml(input);
    default: {
      const unknown: never = format;
      throw new Error(`unknown report format: ${String(unknown)}`);
    }
  }
}
