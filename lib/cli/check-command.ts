import { toolVersion } from '../util/tool-version';
import { Plan } from '../model/plan';
import { FailOn, failsAt } from '../policy/check';
import { renderReport, ReportFormat } from '../report';
import { RoleCatalog } from '../roles/catalog';
import { writeReportFile } from '../output/report-file';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { CliIo } from './io';
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
  const result = checkWithOptions(plan, roles, options, io.progress);
  io.progress?.phase(`writing the ${options.format} report`);
  const toStdout = options.output === undefined || options.output === '-';
  const report = render(plan, result, input, options.format, options.color && toStdout);
  if (toStdout) io.stdout(report);
  else writeReportFile(options.output!, report, { inputs: options.inputs });
  return failsAt(result.findings, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

export function render(plan: Plan, { findings, rules }: CheckResult, input: string, format: ReportFormat, color: boolean): string {
  return renderReport(format, {
    findings,
    rules,
    tool: { name: 'lighthouse-iac', version: toolVersion() },
    manifestFile: input,
    customers: plan.customers.map((c) => c.key),
  }, { color });
}
