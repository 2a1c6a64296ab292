import { JsonReport, jsonReport, renderJson } from '../../lib/report/json';
import { FINDINGS, hostileInput, reportInput } from './fixtures';

const FINDING_KEYS = ['ruleId', 'level', 'message', 'customer', 'subscription', 'scope', 'principal', 'role', 'suppressed', 'suppressionReason', 'location', 'fingerprint', 'offer', 'customers'];

describe('JSON report (public contract)', () => {
  const text = renderJson(reportInput());
  const report = JSON.parse(text) as JsonReport;

  it('matches the snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  it('has exactly the top-level keys tool, summary, findings', () => {
    expect(Object.keys(report)).toEqual(['tool', 'summary', 'findings']);
    expect(report.tool).toEqual({ name: 'lighthouse-iac', version: '0.1.0' });
    expect(Object.keys(report.tool)).toEqual(['name', 'version']);
  });

  it('counts unsuppressed findings per level and suppressed ones apart', () => {
    expect(report.summary).toEqual({ error: 2, warning: 2, info: 1, suppressed: 1 });
    expect(Object.keys(report.summary)).toEqual(['error', 'warning', 'info', 'suppressed']);
  });

  it('has every key in every finding, in contract order, null when absent', () => {
    expect(report.findings).toHaveLength(FINDINGS.length);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(FINDING_KEYS);
      if (finding.location !== null) expect(Object.keys(finding.location)).toEqual(['file', 'line', 'column', 'path']);
    }
  });

  it('keeps the findings in input order with their values', () => {
    expect(report.findings.map((f) => `${f.ruleId}/${f.customer}`)).toEqual(FINDINGS.map((f) => `${f.ruleId}/${f.customer ?? null}`));
    expect(report.findings[3]).toEqual({
      ruleId: 'LH101',
      level: 'error',
      message: FINDINGS[3].message,
      customer: 'fabrikam',
      subscription: '88888888-8888-8888-8888-888888888888',
      scope: '/subscriptions/88888888-8888-8888-8888-888888888888',
      principal: 'ops',
      role: 'Owner',
      suppressed: false,
      suppressionReason: null,
      location: { file: 'lighthouse.yaml', line: 15, column: 13, path: 'authorizationSets.main[0].role' },
      fingerprint: FINDINGS[3].fingerprint,
      offer: null,
      customers: null,
    });
  });

  it('writes null for an absent location and absent customer fields', () => {
    expect(report.findings[0]).toMatchObject({ ruleId: 'LH303', location: null, subscription: null, scope: null, principal: null, role: null });
    expect(report.findings[1]).toMatchObject({ ruleId: 'LH401', customer: null });
  });

  it('reports suppressed findings with their reason', () => {
    expect(report.findings[5]).toMatchObject({ suppressed: true, suppressionReason: 'Alice is the on-call lead until the NOC group exists' });
  });

  it('does not leak internal fields (discriminator, subject)', () => {
    expect(text).not.toContain('discriminator');
    expect(text).not.toContain('"subject"');
  });

  it('is pretty-printed with 2 spaces and ends with a newline', () => {
    expect(text).toBe(`${JSON.stringify(jsonReport(reportInput()), null, 2)}\n`);
    expect(text.split('\n')[1]).toBe('  "tool": {');
  });

  it('has an empty list and zero counts when there are no findings', () => {
    expect(JSON.parse(renderJson(reportInput({ findings: [] })))).toEqual({
      tool: { name: 'lighthouse-iac', version: '0.1.0' },
      summary: { error: 0, warning: 0, info: 0, suppressed: 0 },
      findings: [],
    });
  });

  it('round-trips any text (control characters are escaped by JSON)', () => {
    const hostile = hostileInput();
    const parsed = JSON.parse(renderJson(hostile)) as JsonReport;
    expect(parsed.findings[0].message).toBe(hostile.findings[0].message);
    expect(parsed.findings[1].suppressionReason).toBe(hostile.findings[1].suppressionReason);
  });
});
