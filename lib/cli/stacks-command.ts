import { stackName } from '../model/ids';
import { Plan } from '../model/plan';
import { CliIo } from './io';

/** Stack names, for a CI matrix with one deploy job per customer (`lighthouse-iac stacks m.yaml --json`). */
export function stacksCommand(plan: Plan, options: { json?: boolean }, io: CliIo): number {
  const stacks = [...new Set(plan.delegations.map((d) => stackName(d.customer)))];
  io.stdout(options.json ? `${JSON.stringify(stacks)}\n` : stacks.map((s) => `${s}\n`).join(''));
  return 0;
}
