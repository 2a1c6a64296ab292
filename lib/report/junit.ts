import { fails, FailOn } from '../policy/fail-on';
import { Finding, Level, Rule } from '../policy/rule';
import { groupBy } from '../util/group-by';
import { visibleLine, visibleText } from '../util/visible-text';
import { compareStrings, countLabel, customerOrder, locationLabel, PLAN_WIDE, ReportInput, rulesById } from './report-input';

const LEVELS: readonly Level[] = ['error', 'warning', 'info'];

export interface JunitOptions {
  /**
   * The gate the run exits 1 at (`check --fail-on`): a test case fails only on unsuppressed findings at or above it,
   * so that a test tab is red exactly when the job is. `never`: no case fails.
   * @default 'warning' (errors and warnings fail, info does not)
   */
  readonly failOn?: FailOn;
}

/**
 * JUnit XML for CI test tabs (Azure DevOps, GitLab, Jenkins): one test suite per rule that ran, one test
 * case per rule and customer (plan-wide findings get a `(plan-wide)` case), so a customer a rule has no
 * finding for appears as a passed test. A test case fails on its unsuppressed findings at or above `failOn` (one
 * `<failure>` listing them all); findings below it pass and are listed in `<system-out>` (as Spectral's JUnit
 * formatter does with --fail-severity), as are suppressed findings next to a failure or a pass; a case whose
 * findings are all suppressed is `<skipped>`.
 */
export function renderJunit(input: ReportInput, options: JunitOptions = {}): string {
  const failOn = options.failOn ?? 'warning';
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
    const cases = customers.map((customer) => testCase(id, customer, byCustomer.get(customer) ?? [], input.manifestFile, failOn));
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

function testCase(ruleId: string, customer: string | undefined, findings: readonly Finding[], manifestFile: string, failOn: FailOn): TestCase {
  const open = `<testcase${attributes({ classname: ruleId, name: customer ?? PLAN_WIDE })}`;
  const line = (f: Finding): string => `${f.level} ${locationLabel(f, manifestFile)} ${f.message}`;

  if (findings.length > 0 && findings.every((f) => f.suppressed)) {
    const reasons = [...new Set(findings.map((f) => f.suppressionReason ?? 'no reason given'))];
    return {
      outcome: 'skipped',
      xml: [`${open}>`, `  <skipped${attributes({ message: `suppressed: ${reasons.join('; ')}` })}/>`, ...systemOut(findings.map(line)), '</testcase>'],
    };
  }

  const failing = findings.filter((f) => fails(f, failOn));
  const notes = [
    ...findings.filter((f) => !f.suppressed && !fails(f, failOn)).map(line),
    ...findings.filter((f) => f.suppressed).map((f) => `suppressed (${f.suppressionReason ?? 'no reason given'}): ${line(f)}`),
  ];
  if (failing.length === 0 && notes.length === 0) return { outcome: 'passed', xml: [`${open}/>`] };

  const xml = [`${open}>`];
  if (failing.length > 0) {
    // With --fail-on info, info findings fail too: counted, and the type is the highest level present.
    const levels = LEVELS.map((level) => [level, failing.filter((f) => f.level === level).length] as const).filter(([, n]) => n > 0);
    const message = failing.length === 1
      ? failing[0].message
      : `${failing.length} findings: ${levels.map(([level, n]) => countLabel(n, level)).join(', ')}`;
    xml.push(`  <failure${attributes({ type: levels[0][0], message })}>${failing.map((f) => text(line(f))).join('\n')}</failure>`);
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
