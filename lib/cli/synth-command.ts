import { loadManifest } from '../manifest/load';
import { Plan } from '../model/plan';
import { replaceDirectory } from '../util/atomic-dir';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { CliIo } from './io';
import { PolicyOptions } from './policy-options';
import { catalogFromOption } from './roles-option';

export interface SynthOptions extends PolicyOptions {
  readonly out: string;
  readonly roles?: string;
  /** false with --no-check. */
  readonly check: boolean;
  readonly color?: boolean;
}

export async function synthCommand(manifest: string, options: SynthOptions, io: CliIo): Promise<number> {
  const roles = catalogFromOption(options.roles);
  const plan = loadManifest(manifest, { roles });
  if (options.check) {
    const { checkWithOptions } = await import('./policy-options');
    const { render } = await import('./check-command');
    const { failsAt } = await import('../policy/check');
    const { summarize, summaryLine } = await import('../report/report-input');
    const result = checkWithOptions(plan, roles, options);
    if (failsAt(result.findings, 'error')) {
      io.stderr(render(plan, result, manifest, 'text', options.color ?? false));
      io.stderr(`not synthesized: the check found errors (Azure would reject these delegations); nothing was written to ${options.out}\n`);
      return EXIT_FINDINGS;
    }
    // The full report is `check`'s job; synth only says whether there is anything to look at.
    if (result.findings.length > 0) io.stderr(`check: ${summaryLine(summarize(result.findings))} (lighthouse-iac check ${manifest} for details)\n`);
  } else {
    io.stderr('WARNING: --no-check: the policy check was skipped; the output may contain delegations Azure rejects\n');
  }
  // cdktf and the provider bindings load only here: check, arm and reports never pay for them.
  const { synthesizePlan } = await import('../constructs/plan-app');
  replaceDirectory(options.out, (directory) => synthesizePlan(plan, directory));
  io.stdout(`${summary(plan)} -> ${options.out}\n`);
  return EXIT_OK;
}

function summary(plan: Plan): string {
  const customers = new Set(plan.delegations.map((d) => d.customer));
  const assignments = plan.delegations.reduce((n, d) => n + d.scopes.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `synthesized ${plural(customers.size, 'customer stack')}: ${plural(plan.delegations.length, 'registration definition')}, ${plural(assignments, 'assignment')}`;
}
