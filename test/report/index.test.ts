import { renderHtml } from '../../lib/report/html';
import { renderJson } from '../../lib/report/json';
import { isReportFormat, REPORT_FORMATS, renderReport } from '../../lib/report';
import { renderJunit } from '../../lib/report/junit';
import { renderMarkdown } from '../../lib/report/markdown';
import { ReportInput } from '../../lib/report/report-input';
import { renderSarif } from '../../lib/report/sarif';
import { renderText } from '../../lib/report/text';
import { hostileInput, reportInput } from './fixtures';

describe('renderReport', () => {
  it('knows exactly the six formats', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'sarif', 'junit', 'markdown', 'html']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('pdf')).toBe(false);
  });

  it('dispatches to each format with its options', () => {
    const input = reportInput();
    expect(renderReport('text', input)).toBe(renderText(input));
    expect(renderReport('text', input, { color: true })).toBe(renderText(input, { color: true }));
    expect(renderReport('json', input)).toBe(renderJson(input));
    expect(renderReport('sarif', input)).toBe(renderSarif(input));
    expect(renderReport('junit', input)).toBe(renderJunit(input));
    expect(renderReport('markdown', input, { maxRows: 1 })).toBe(renderMarkdown(input, { maxRows: 1 }));
    expect(renderReport('html', input)).toBe(renderHtml(input));
  });

  it('only colours text', () => {
    for (const format of REPORT_FORMATS.filter((f) => f !== 'text')) {
      expect(renderReport(format, reportInput(), { color: true })).toBe(renderReport(format, reportInput()));
    }
  });

  describe.each(REPORT_FORMATS)('%s', (format) => {
    it('is deterministic: the same input (even a fresh copy) gives the same bytes', () => {
      const input = reportInput();
      const copy = JSON.parse(JSON.stringify({ ...input, rules: [] })) as ReportInput;
      const again: ReportInput = { ...copy, rules: input.rules };
      const first = renderReport(format, input, { color: true });
      expect(renderReport(format, input, { color: true })).toBe(first);
      expect(renderReport(format, again, { color: true })).toBe(first);
    });

    it('does not modify its input', () => {
      const input = reportInput();
      const before = JSON.stringify(input);
      renderReport(format, input);
      expect(JSON.stringify(input)).toBe(before);
    });

    it('ends with exactly one newline and mentions no path of this machine', () => {
      for (const input of [reportInput(), reportInput({ findings: [] }), hostileInput()]) {
        const out = renderReport(format, input);
        expect(out.endsWith('\n')).toBe(true);
        expect(out.endsWith('\n\n')).toBe(false);
        expect(out).not.toContain(process.cwd());
      }
    });
  });
});
