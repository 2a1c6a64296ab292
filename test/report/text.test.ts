import { renderText } from '../../lib/report/text';
import { FINDINGS, hostileInput, reportInput } from './fixtures';

const ESC = '\u001b';

describe('text report', () => {
  const plain = renderText(reportInput());

  it('matches the snapshot', () => {
    expect(plain).toMatchSnapshot();
  });

  it('groups by customer: plan-wide first, then customers in manifest order, a blank line between groups', () => {
    const headings = plain.split('\n').filter((line, i, lines) => line !== '' && !line.startsWith(' ') && (i === 0 || lines[i - 1] === ''));
    expect(headings).toEqual(['(plan-wide)', 'fabrikam', 'contoso', 'northwind', 'How to fix', '2 errors, 2 warnings, 1 info, 1 suppressed']);
    expect(plain).not.toContain('adatum'); // no findings, no group
  });

  it('prints one line per finding: level, rule, file:line:col, message', () => {
    expect(plain).toContain(`  error   LH101 lighthouse.yaml:15:13 ${FINDINGS[3].message}\n`);
    expect(plain).toContain(`  info    LH401 lighthouse.yaml:10:16 ${FINDINGS[1].message}\n`);
    // No location: the manifest file.
    expect(plain).toContain(`  warning LH303 lighthouse.yaml ${FINDINGS[0].message}\n`);
  });

  it('marks suppressed findings with their reason', () => {
    expect(plain).toContain(`  warning LH202 lighthouse.yaml:16:7 ${FINDINGS[5].message} [suppressed: Alice is the on-call lead until the NOC group exists]\n`);
  });

  it('ends with the fixes of the rules that have unsuppressed findings, then the summary', () => {
    const howTo = plain.slice(plain.indexOf('How to fix\n'));
    expect(howTo).toBe([
      'How to fix',
      '  LH101 Owner role is not allowed',
      '    Grant Contributor (or narrower roles) instead of Owner.',
      '    https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
      '  LH202 Individual user as principal',
      '    Grant the role to a security group and make the user a member.',
      '    https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
      '  LH303 Managing tenant is not an allowed tenant',
      '    Use one of the managing tenants listed in the policy parameters.',
      '    https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
      '  LH401 `plan` version is not semantic',
      '    Set `plan.version` to n.n.n.',
      '    https://learn.microsoft.com/azure/marketplace/plan-managed-service-offer',
      '',
      '2 errors, 2 warnings, 1 info, 1 suppressed',
      '',
    ].join('\n'));
  });

  it('leaves out the fix of a rule whose findings are all suppressed', () => {
    const out = renderText(reportInput({ findings: [FINDINGS[5]] }));
    expect(out).not.toContain('How to fix');
    expect(out.endsWith('\n\n1 suppressed\n')).toBe(true);
  });

  it('says "no findings" when there are none', () => {
    expect(renderText(reportInput({ findings: [] }))).toBe('no findings\n');
    expect(renderText(reportInput({ findings: [] }), { color: true })).toBe('no findings\n');
  });

  it('uses singular and leaves out zero counts in the summary', () => {
    const out = renderText(reportInput({ findings: [FINDINGS[3], FINDINGS[4]] }));
    expect(out.endsWith('\n1 error, 1 warning\n')).toBe(true);
  });

  it('has no escape codes without colour', () => {
    expect(plain).not.toContain(ESC);
    expect(renderText(reportInput(), { color: false })).toBe(plain);
  });

  it('colours levels, headings and the summary, and dims suppressed findings, when asked', () => {
    const coloured = renderText(reportInput(), { color: true });
    expect(coloured).toMatchSnapshot();
    expect(coloured).toContain(`  ${ESC}[31merror  ${ESC}[39m LH101 `);
    expect(coloured).toContain(`  ${ESC}[33mwarning${ESC}[39m LH303 `);
    expect(coloured).toContain(`  ${ESC}[36minfo   ${ESC}[39m LH401 `);
    expect(coloured).toContain(`${ESC}[1mfabrikam${ESC}[22m\n`);
    expect(coloured).toContain(`  ${ESC}[2mwarning LH202 lighthouse.yaml:16:7 `);
    expect(coloured).toContain(`${ESC}[31m2 errors${ESC}[39m, ${ESC}[33m2 warnings${ESC}[39m, ${ESC}[36m1 info${ESC}[39m, ${ESC}[2m1 suppressed${ESC}[22m\n`);
    // Without the codes it is the plain report.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('keeps names from moving the cursor or forging lines: controls and bidirectional overrides are shown, not sent', () => {
    const out = renderText(hostileInput());
    expect(out).not.toContain(ESC);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const lines = out.split('\n');
    expect(lines.filter((line) => line.includes('LH101'))).toEqual([
      '  error   LH101 my manifests\\prod|1.yaml:3:5 Role "A|B" <script>&amp; \'q\' `tick` *bold* [x](y) @octo-org/admins line two \\u001b[31mred\\u001b[0m\\u0007\\u0000\ufffe\ud800end',
      '  LH101 Owner role is not allowed',
    ]);
    expect(lines).toContain('  warning LH202 my manifests\\prod|1.yaml suppressed one [suppressed: reason with | pipe and <tag> & "quote" \\u001b[2J]');
    const bidi = renderText({ ...hostileInput(), customers: ['evil\u202etxt.exe'], findings: [{ ...hostileInput().findings[0], customer: 'evil\u202etxt.exe', message: 'a\u2066b\u009bc' }] });
    expect(bidi).toContain('evil<U+202E>txt.exe');
    expect(bidi).toContain('a<U+2066>b\\u009bc');
    expect(bidi).not.toMatch(/[\u009b\u202e\u2066]/);
  });
});
