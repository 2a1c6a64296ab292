import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../model/errors';
import { SYNTH_LAYOUT } from '../output/layout';
import { isWithin, realPathOf } from '../output/output-target';
import { writeOutputDirectory, WriteOutputOptions } from '../output/owned-directory';
import { Plan } from '../model/plan';
import { EXIT_OK } from './exit-codes';
import { CliIo } from './io';

export interface SynthCommandOptions extends WriteOutputOptions {
  readonly out: string;
}

/** Writes one Terraform stack per customer under `out` (lib/output: only what synth owns there is replaced). */
export async function synthCommand(plan: Plan, options: SynthCommandOptions, io: CliIo): Promise<number> {
  // cdktf and the provider bindings load only here: check, arm and reports never pay for them.
  requireStateOutside(plan, options.out);
  const { synthesizePlan } = await import('../constructs/plan-app');
  writeOutputDirectory(options.out, SYNTH_LAYOUT, options, (directory) => synthesizePlan(plan, directory));
  io.stdout(`${summary(plan)} -> ${options.out}\n`);
  return EXIT_OK;
}

function summary(plan: Plan): string {
  const customers = new Set(plan.delegations.map((d) => d.customer));
  const assignments = plan.delegations.reduce((n, d) => n + d.scopes.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `synthesized ${plural(customers.size, 'customer stack')}: ${plural(plan.delegations.length, 'registration definition')}, ${plural(assignments, 'assignment')}`;
}

/**
 * An absolute local state path inside `--out` (relative ones are refused when the manifest is read): the next
 * synth would replace the directory that holds the state.
 */
function requireStateOutside(plan: Plan, out: string): void {
  const { backend } = plan.settings;
  if (backend.type !== 'local' || !isAbsolute(backend.path)) return;
  const state = realPathOf(resolve(backend.path.split('{stack}').join('stack')));
  if (!isWithin(state, realPathOf(resolve(out)))) return;
  const problem = `local state path ${JSON.stringify(backend.path)} is inside the output directory ${out}: synth would replace the directory that holds the state`;
  const fix = 'keep state outside the output, e.g. path: "../../../terraform.{stack}.tfstate" (the default), or use an azurerm or cloud backend';
  throw backend.source ? InputError.at(backend.source, problem, fix) : new InputError(problem, fix);
}
