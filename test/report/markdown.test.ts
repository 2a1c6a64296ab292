import { cell, renderMarkdown } from '../../lib/report/markdown';
import { markdownCode as code } from '../../lib/util/markdown';
import { FINDINGS, hostileInput, reportInput } from './fixtures';

/** The cells of a GFM table row, split on unescaped pipes (as GitHub does before inline parsing). */
function cells(row: string): string[] {
  expect(row.startsWith('| ') && row.endsWith(' |')).toBe(true);
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('Markdown report', () => {
  const md = renderMarkdown(reportInput());
  const lines = md.split('\n');

  it('matches the snapshot', () => {
    expect(md).toMatchSnapshot();
  });

  it('starts with a heading and a one-line summary', () => {
    expect(lines.slice(0, 3)).toEqual([
      '## lighthouse-iac policy check',
      '',
      '`lighthouse.yaml`: 2 errors, 2 warnings, 1 info, 1 suppressed (lighthouse-iac 0.1.0, 5 rules checked)',
    ]);
  });

  it('has a summary table of unsuppressed counts per level plus suppressed', () => {
    const start = lines.indexOf('| level | count |');
    expect(lines.slice(start, start + 6)).toEqual(['| level | count |', '|---|---:|', '| error | 2 |', '| warning | 2 |', '| info | 1 |', '| suppressed | 1 |']);
  });

  it('lists unsuppressed findings in one table per level: errors, warnings, info', () => {
    const headings = lines.filter((line) => line.startsWith('### '));
    expect(headings).toEqual(['### Errors (2)', '### Warnings (2)', '### Info (1)']);
    const errors = lines.indexOf('### Errors (2)');
    expect(lines.slice(errors + 2, errors + 4)).toEqual(['| rule | customer | message | location |', '|---|---|---|---|']);
    expect(cells(lines[errors + 4])).toEqual([
      '[LH101](https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles) Owner role is not allowed',
      'contoso',
      FINDINGS[2].message,
      '`lighthouse.yaml:15:13`',
    ]);
    const info = lines.indexOf('### Info (1)');
    expect(cells(lines[info + 4])).toEqual([
      '[LH401](https://learn.microsoft.com/azure/marketplace/plan-managed-service-offer) `plan` version is not semantic',
      '(plan-wide)',
      'plan version "1.0" of offer managed is not n.n.n',
      '`lighthouse.yaml:10:16`',
    ]);
  });

  it('points a finding without a location at the manifest', () => {
    expect(md).toContain(`| northwind | ${FINDINGS[0].message} | \`lighthouse.yaml\` |`);
  });

  it('puts suppressed findings, with reasons, in a collapsed details section at the end', () => {
    const details = md.slice(md.indexOf('<details>'));
    expect(details).toBe([
      '<details>',
      '<summary>1 suppressed finding</summary>',
      '',
      '| rule | level | customer | message | location | reason |',
      '|---|---|---|---|---|---|',
      `| [LH202](https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles) Individual user as principal | warning | fabrikam | ${FINDINGS[5].message} | \`lighthouse.yaml:16:7\` | Alice is the on-call lead until the NOC group exists |`,
      '',
      '</details>',
      '',
    ].join('\n'));
    // Not in the warnings table.
    const warnings = md.slice(md.indexOf('### Warnings'), md.indexOf('### Info'));
    expect(warnings).not.toContain('fabrikam');
  });

  it('says "no findings" when there are none', () => {
    const empty = renderMarkdown(reportInput({ findings: [] }));
    expect(empty).toBe('## lighthouse-iac policy check\n\n`lighthouse.yaml`: no findings (lighthouse-iac 0.1.0, 5 rules checked)\n');
  });

  it('escapes pipes, line breaks and markup in cells so a row stays one row with the right cells', () => {
    const hostile = renderMarkdown(hostileInput());
    const row = hostile.split('\n').find((line) => line.includes('LH101') && line.startsWith('| ['))!;
    const [rule, customer, message, location] = cells(row);
    expect(rule).toContain('[LH101]');
    expect(customer).toBe('we\\<ird\\>\\&"co"');
    expect(message).toBe('Role "A\\|B" \\<script\\>\\&amp; \'q\' \\`tick\\` \\*bold\\* \\[x\\](y) @&#8203;octo-org/admins<br>line two<br>\\\\u001b\\[31mred\\\\u001b\\[0m\\\\u0007\\\\u0000\ufffe\ud800end');
    expect(location).toBe('`my manifests\\prod\\|1.yaml:3:5`');
    expect(hostile).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const suppressedRow = hostile.split('\n').find((line) => line.includes('suppressed one'))!;
    expect(cells(suppressedRow)[5]).toBe('reason with \\| pipe<br>and \\<tag\\> \\& "quote" \\\\u001b\\[2J');
  });

  it('makes code spans that survive backticks and pipes', () => {
    expect(code('a.yaml:1:2')).toBe('`a.yaml:1:2`');
    expect(code('we`ird')).toBe('``we`ird``');
    expect(code('`x')).toBe('`` `x ``');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(cell('a\r\nb\nc')).toBe('a<br>b<br>c');
  });

  it('limits the rows of each table when asked, saying how many are left out', () => {
    const limited = renderMarkdown(reportInput(), { maxRows: 1 });
    const errors = limited.slice(limited.indexOf('### Errors'), limited.indexOf('### Warnings'));
    expect(errors.split('\n').filter((line) => line.startsWith('| [LH101]'))).toHaveLength(1);
    expect(errors).toContain('…and 1 more (see the full report: `--format text` or `--format sarif`).');
    expect(renderMarkdown(reportInput(), { maxRows: 100 })).toBe(md);
  });
});
