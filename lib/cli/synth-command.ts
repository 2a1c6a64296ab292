import { SYNTH_LAYOUT } from '../output/layout';
import { writeOutputDirectoryAsync, WriteOutputOptions } from '../output/owned-directory';
import { requireSynthesizable } from '../constructs/synth-requirements';
import { Plan } from '../model/plan';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { CliIo } from './io';
import { noteNoDelegations } from './no-delegations';
import { stackIds } from '../model/customer-stacks';
import { keepOtherStacks, selectStacks } from './stack-selection';

export interface SynthCommandOptions extends WriteOutputOptions {
  readonly out: string;
  /** A live export (az CLI or `terraform show -json` state): import blocks for what exists (lib/cli/adopt-option). */
  readonly adopt?: string;
  /** `--stack <id>` (repeatable): re-synthesize only these stacks inside an earlier output. @default - every stack */
  readonly stack?: readonly string[];
  /** `--jobs <n>`: worker threads that synthesize stacks side by side (lib/constructs/synth-workers). @default 1 */
  readonly jobs?: number;
}

/** Writes one Terraform stack per customer under `out` (lib/output: only what synth owns there is replaced). */
export async function synthCommand(plan: Plan, options: SynthCommandOptions, io: CliIo): Promise<number> {
  // Before cdktf loads and before the output directory is touched (synth --no-check gets any Plan).
  requireSynthesizable(plan);
  const selected = options.stack && options.stack.length > 0 ? selectStacks(plan, options.stack, options.out) : undefined;
  // cdktf and the provider bindings load only here: check, arm and reports never pay for them.
  const adoption = options.adopt === undefined ? undefined : (await import('./adopt-option')).adoptionFor(options.adopt, plan, io);
  if (options.adopt !== undefined && !adoption) return EXIT_FINDINGS;
  const { synthesizeInWorkers } = await import('../constructs/synth-workers');
  const total = selected ? selected.size : stackIds(plan).length;
  io.progress?.phase(`synthesizing to ${options.out}`, { total, unit: 'stack' });
  await writeOutputDirectoryAsync(options.out, SYNTH_LAYOUT, { ...options, ...(selected && { keep: keepOtherStacks(selected) }) }, async (directory) => {
    await synthesizeInWorkers(plan, directory, {
      jobs: options.jobs ?? 1, ...(adoption && { adoption }), ...(selected && { stacks: selected }), onStack: (done) => io.progress?.step(done),
    });
    io.progress?.phase(`moving the new files into ${options.out}`);
  });
  io.stdout(`${summary(plan, selected)} -> ${options.out}\n`);
  noteNoDelegations(plan, 'synth', io);
  return EXIT_OK;
}

function summary(plan: Plan, selected: ReadonlySet<string> | undefined): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const stacks = stackIds(plan);
  if (selected) {
    const ids = stacks.filter((id) => selected.has(id));
    return `synthesized ${ids.length} of ${plural(stacks.length, 'customer stack')} (${ids.join(', ')}); the others were kept as they were`;
  }
  const assignments = plan.delegations.reduce((n, d) => n + d.scopes.length, 0);
  return `synthesized ${plural(stacks.length, 'customer stack')}: ${plural(plan.delegations.length, 'registration definition')}, ${plural(assignments, 'assignment')}`;
}
