import { loadManifest } from '../manifest/load';
import { Plan } from '../model/plan';
import { replaceDirectory } from '../util/atomic-dir';
import { CliIo } from './io';
import { catalogFromOption } from './roles-option';

export interface SynthOptions {
  readonly out: string;
  readonly roles?: string;
}

export async function synthCommand(manifest: string, options: SynthOptions, io: CliIo): Promise<number> {
  const plan = loadManifest(manifest, { roles: catalogFromOption(options.roles) });
  // cdktf and the provider bindings load only here: check, arm and reports never pay for them.
  const { synthesizePlan } = await import('../constructs/plan-app');
  replaceDirectory(options.out, (directory) => synthesizePlan(plan, directory));
  io.stdout(`${summary(plan)} -> ${options.out}\n`);
  return 0;
}

function summary(plan: Plan): string {
  const customers = new Set(plan.delegations.map((d) => d.customer));
  const assignments = plan.delegations.reduce((n, d) => n + d.scopes.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `synthesized ${plural(customers.size, 'customer stack')}: ${plural(plan.delegations.length, 'registration definition')}, ${plural(assignments, 'assignment')}`;
}
