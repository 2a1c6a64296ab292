import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackIds } from '../model/customer-stacks';
import { Plan } from '../model/plan';

export interface ChangedStacks {
  /** Stacks whose synthesized cdk.tf.json differs from the revision's, or that are new: to plan and apply. */
  readonly changed: readonly string[];
  /** Stacks the revision synthesized and the input no longer does: to destroy (their delegations stay live otherwise). */
  readonly removed: readonly string[];
}

/**
 * Which stacks a change touches: both Plans synthesized (by this version of the tool, into temporary directories
 * that are removed again) and compared stack by stack, byte for byte. A stack that only the old Plan has is removed.
 */
export async function changedStacks(before: Plan, after: Plan): Promise<ChangedStacks> {
  const { synthesizePlan } = await import('../constructs/plan-app');
  const work = mkdtempSync(join(tmpdir(), 'lighthouse-iac-stacks-'));
  try {
    const texts = (plan: Plan, dir: string): Map<string, string> => {
      const stacks = stackIds(plan);
      if (stacks.length === 0) return new Map();
      // synthesizePlan checks the Plan first (requireSynthesizable): an old revision that cannot be synthesized is said so.
      synthesizePlan(plan, join(work, dir));
      return new Map(stacks.map((stack) => [stack, readFileSync(join(work, dir, 'stacks', stack, 'cdk.tf.json'), 'utf8')]));
    };
    const old = texts(before, 'before');
    const now = texts(after, 'after');
    return {
      changed: [...now].filter(([stack, text]) => old.get(stack) !== text).map(([stack]) => stack),
      removed: [...old.keys()].filter((stack) => !now.has(stack)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
