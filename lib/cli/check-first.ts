import { Plan } from '../model/plan';
import { RoleCatalog } from '../roles/catalog';
import { CliIo, noticeOf } from './io';
import { printInputNotes } from './input-notes';
import { PolicyOptions } from './policy-options';

export interface CheckFirstOptions extends PolicyOptions {
  /** false with --no-check. */
  readonly check: boolean;
  readonly out: string;
}

/**
 * The policy check that runs before anything deployable is written (synth, arm): on errors the full report
 * goes to stderr and nothing is written; warnings get a one-line summary, a notice (the full report is `check`'s job).
 * Returns whether writing may go on.
 */
export async function checkFirst(input: string, plan: Plan, roles: RoleCatalog, options: CheckFirstOptions, io: CliIo): Promise<boolean> {
  printInputNotes(plan, io);
  if (!options.check) {
    noticeOf(io)('WARNING: --no-check: the policy check was skipped; the output may contain delegations Azure rejects\n');
    return true;
  }
  const { checkWithOptions } = await import('./policy-options');
  const { render } = await import('./check-command');
  const { failsAt } = await import('../policy/check');
  const { summarize, summaryLine } = await import('../report/report-input');
  const result = checkWithOptions(plan, roles, options, io.progress);
  if (failsAt(result.findings, 'error')) {
    io.stderr(render(plan, result, input, 'text', { color: io.color }));
    io.stderr(`not written: the check found errors (Azure would reject these delegations); nothing was written to ${options.out}\n`);
    return false;
  }
  if (result.findings.length > 0) noticeOf(io)(`check: ${summaryLine(summarize(result.findings))} (lighthouse-iac check ${input} for details)\n`);
  return true;
}
