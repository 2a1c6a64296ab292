import { stackIds } from '../model/customer-stacks';
import { Plan } from '../model/plan';
import { fileAtRevision } from './git-file';
import { InputOptions, loadPlanText } from './input-options';
import { CliIo } from './io';

/** Stack names, for a CI matrix with one deploy job per customer (`lighthouse-iac stacks m.yaml --json`). */
export function stacksCommand(plan: Plan, options: { json?: boolean }, io: CliIo): number {
  const stacks = stackIds(plan);
  io.stdout(options.json ? `${JSON.stringify(stacks)}\n` : stacks.map((s) => `${s}\n`).join(''));
  return 0;
}

/**
 * `stacks <input> --changed-since <rev>`: the stacks a pipeline must plan and apply (synthesized output differs from
 * the input at the revision, or new) and those it must destroy (the input no longer has them).
 */
export async function changedStacksCommand(input: string, plan: Plan, options: InputOptions & { json?: boolean; changedSince: string }, io: CliIo): Promise<number> {
  const name = `${input}@${options.changedSince}`;
  const text = fileAtRevision(input, options.changedSince);
  const before = text === undefined ? undefined : loadPlanText(text, name, options).plan;
  const { changedStacks } = await import('./changed-stacks');
  const result = before === undefined
    ? { changed: stackIds(plan), removed: [] }
    : await changedStacks(before, plan);
  io.stdout(options.json ? `${JSON.stringify(result)}\n` : [...result.changed.map((s) => `changed ${s}`), ...result.removed.map((s) => `removed ${s}`)].map((l) => `${l}\n`).join(''));
  return 0;
}
