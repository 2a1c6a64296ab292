import { SYNTH_LAYOUT } from '../output/layout';
import { writeOutputDirectory, WriteOutputOptions } from '../output/owned-directory';
import { requireSynthesizable } from '../constructs/synth-requirements';
import { Plan } from '../model/plan';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { CliIo } from './io';
import { noteNoDelegations } from './no-delegations';

export interface SynthCommandOptions extends WriteOutputOptions {
  readonly out: string;
  /** A live export (az CLI or `terraform show -json` state): import blocks for what exists (lib/cli/adopt-option). */
  readonly adopt?: string;
}

/** Writes one Terraform stack per customer under `out` (lib/output: only what synth owns there is replaced). */
export async function synthCommand(plan: Plan, options: SynthCommandOptions, io: CliIo): Promise<number> {
  // Before cdktf loads and before the output directory is touched (synth --no-check gets any Plan).
  requireSynthesizable(plan);
  // cdktf and the provider bindings load only here: check, arm and reports never pay for them.
  const adoption = options.adopt === undefined ? undefined : (await import('./adopt-option')).adoptionFor(options.adopt, plan, io);
  if (options.adopt !== undefined && !adoption) return EXIT_FINDINGS;
  const { synthesizePlan } = await import('../constructs/plan-app');
  writeOutputDirectory(options.out, SYNTH_LAYOUT, options, (directory) => synthesizePlan(plan, directory, { ...(adoption && { adoption }) }));
  io.stdout(`${summary(plan)} -> ${options.out}\n`);
  noteNoDelegations(plan, 'synth', io);
  return EXIT_OK;
}

function summary(plan: Plan): string {
  const customers = new Set(plan.delegations.map((d) => d.customer));
  const assignments = plan.delegations.reduce((n, d) => n + d.scopes.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `synthesized ${plural(customers.size, 'customer stack')}: ${plural(plan.delegations.length, 'registration definition')}, ${plural(assignments, 'assignment')}`;
}

