import { Finding, Rule } from '../policy/rule';
import { groupBy } from '../util/group-by';
import { visibleLine, visibleText } from '../util/visible-text';
import { compareStrings, countLabel, customerOrder, locationLabel, PLAN_WIDE, ReportInput, rulesById } from './report-input';

/**
 * JUnit XML for CI test tabs (Azure DevOps, GitLab, Jenkins): one test suite per rule that ran, one test
 * case per rule and customer (plan-wide findings get a `(plan-wide)` case), so a customer a rule has no
 * finding for appears as a passed test. A test case fails on its unsuppressed errors and warnings (one
 * `<failure>` listing them all); info findings never fail and go to `<system-out>`, as do suppressed findings
 * next to a failure or a pass; a case whose findings are all suppressed is `<skipped>`.
 */
export function renderJunit(input: ReportInput): string {
  const byRule = new Map([...groupBy(input.findings, (f) => f.ruleId)].map(([rule, findings]) => [rule, groupBy(findings, (f) => f.customer)]));

  const known = rulesById(input.rules);
  // Findings of a rule missing from `rules` must not vanish: they get a suite of their own, after the others.
  const suites: Array<{ id: string; rule?: Rule }> = [
    ...[...known.values()].map((rule) => ({ id: rule.id, rule })),
    ...[...byRule.keys()].filter((id) => !known.has(id)).sort(compareStrings).map((id) => ({ id })),
  ];

  const totals = { tests: 0, failures: 0, skipped: 0 };
  const body: string[] = [];
  for (const { id, rule } of suites) {
    const byCustomer = byRule.get(id) ?? new Map<string | undefined, Finding[]>();
    const customers = customerOrder(byCustomer.keys(), input.customers);
    if (customers.length === 0) customers.push(undefined); // no customers: still one (passing) case per rule
    const cases = customers.map((customer) => testCase(id, customer, byCustomer.get(customer) ?? [], input.manifestFile));
    const counts = {
      tests: cases.length,
      failures: cases.filter((c) => c.outcome === 'failed').length,
      skipped: cases.filter((c) => c.outcome === 'skipped').length,
    };
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.skipped += counts.skipped;
    const name = rule === undefined ? id : `${id} ${rule.title}`;
    body.push(`  <testsuite${attributes({ name, tests: counts.tests, failures: counts.failures, errors: 0, skipped: counts.skipped })}>`);
    for (const c of cases) body.push(...c.xml.map((line) => `    ${line}`));
    body.push('  </testsuite>');
  }

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: input.tool.name, tests: totals.tests, failures: totals.failures, errors: 0, skipped: totals.skipped })}>`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

interface TestCase {
  readonly outcome: 'passed' | 'failed' | 'skipped';
  readonly xml: readonly string[];
}

function testCase(ruleId: string, customer: string | undefined, findings: readonly Finding[], manifestFile: string): TestCase {
  const open = `<testcase${attributes({ classname: ruleId, name: customer ?? PLAN_WIDE })}`;
  const line = (f: Finding): string => `${f.level} ${locationLabel(f, manifestFile)} ${f.message}`;

  if (findings.length > 0 && findings.every((f) => f.suppressed)) {
    const reasons = [...new Set(findings.map((f) => f.suppressionReason ?? 'no reason given'))];
    return {
      outcome: 'skipped',
      xml: [`${open}>`, `  <skipped${attributes({ message: `suppressed: ${reasons.join('; ')}` })}/>`, ...systemOut(findings.map(line)), '</testcase>'],
    };
  }

  const failing = findings.filter((f) => !f.suppressed && f.level !== 'info');
  const notes = [
    ...findings.filter((f) => !f.suppressed && f.level === 'info').map(line),
    ...findings.filter((f) => f.suppressed).map((f) => `suppressed (${f.suppressionReason ?? 'no reason given'}): ${line(f)}`),
  ];
  if (failing.length === 0 && notes.length === 0) return { outcome: 'passed', xml: [`${open}/>`] };

  const xml = [`${open}>`];
  if (failing.length > 0) {
    const errors = failing.filter((f) => f.level === 'error').length;
    const warnings = failing.length - errors;
    const message = failing.length === 1
      ? failing[0].message
      : `${failing.length} findings: ${[errors > 0 ? countLabel(errors, 'error') : '', warnings > 0 ? countLabel(warnings, 'warning') : ''].filter((p) => p !== '').join(', ')}`;
    xml.push(`  <failure${attributes({ type: errors > 0 ? 'error' : 'warning', message })}>${failing.map((f) => text(line(f))).join('\n')}</failure>`);
  }
  xml.push(...systemOut(notes), '</testcase>');
  return { outcome: failing.length > 0 ? 'failed' : 'passed', xml };
}

function systemOut(lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`  <system-out>${lines.map(text).join('\n')}</system-out>`];
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values).map(([name, value]) => ` ${name}="${escapeXml(visibleText(String(value), { keepLineBreaks: true }), true)}"`).join('');
}

/** One line of element content: line breaks from the input as spaces, other controls made visible. */
function text(value: string): string {
  return escapeXml(visibleLine(value), false);
}

/**
 * XML 1.0 escaping: the five special characters as entities, characters XML cannot carry (C0 controls other
 * than tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates) and C1 controls removed, line breaks as `\n`;
 * in attributes, tab and line break as character references so attribute-value normalization keeps them.
 */
export function escapeXml(value: string, attribute: boolean): string {
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  const escaped = cleaned.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  return attribute ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : escaped;
}
