import { toolVersion } from '../util/tool-version';
import { Plan } from '../model/plan';
import { FailOn, failsAt } from '../policy/check';
import type { ReportFormat } from '../report/formats';
import { renderReport, ReportOptions } from '../report/render';
import { RoleCatalog } from '../roles/catalog';
import { writeReportFile } from '../output/report-file';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { CliIo, noticeOf } from './io';
import { summarize, summaryLine } from '../report/report-input';
import { printInputNotes } from './input-notes';
import { CheckResult, checkWithOptions, PolicyOptions } from './policy-options';

export interface CheckOptions extends PolicyOptions {
  readonly format: ReportFormat;
  readonly output?: string;
  readonly failOn: FailOn;
  readonly color: boolean;
  /** Files the run reads: `--output` never replaces one. @default [] */
  readonly inputs?: readonly string[];
}

export function checkCommand(input: string, plan: Plan, roles: RoleCatalog, options: CheckOptions, io: CliIo): number {
  printInputNotes(plan, io);
  const result = checkWithOptions(plan, roles, options, io.progress);
  io.progress?.phase(`writing the ${options.format} report`);
  const toStdout = options.output === undefined || options.output === '-';
  const report = render(plan, result, input, options.format, { color: options.color && toStdout, failOn: options.failOn }, options.policy);
  if (toStdout) io.stdout(report);
  else {
    writeReportFile(options.output!, report, { inputs: options.inputs });
    // The report went to a file: the run still says what it found (as `diff --output` does).
    noticeOf(io)(`check: ${summaryLine(summarize(result.findings))} -> ${options.output}\n`);
  }
  return failsAt(result.findings, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

export function render(plan: Plan, { findings, rules }: CheckResult, input: string, format: ReportFormat, options: ReportOptions, policy?: string): string {
  return renderReport(format, {
    findings,
    rules,
    tool: { name: 'lighthouse-iac', version: toolVersion() },
    manifestFile: input,
    customers: plan.customers.map((c) => c.key),
    plan,
    ...(policy !== undefined && { policy }),
  }, options);
}
