import { Plan } from '../model/plan';
import { writeArm } from '../emit/arm';
import { armCustomerCount } from '../emit/arm/deployments';
import { WriteOutputOptions } from '../output/owned-directory';
import { EXIT_OK } from './exit-codes';
import { CliIo } from './io';
import { noteNoDelegations } from './no-delegations';

/** Writes one ARM subscription deployment (+ parameters file) per customer subscription and a README per customer (lib/output). */
export function armCommand(plan: Plan, options: WriteOutputOptions & { readonly out: string }, io: CliIo): number {
  io.progress?.phase(`writing ARM templates to ${options.out}`, { total: armCustomerCount(plan), unit: 'customer' });
  writeArm(plan, options.out, { ...options, onCustomer: (done) => io.progress?.step(done) });
  io.stdout(`${summary(plan)} -> ${options.out}\n`);
  noteNoDelegations(plan, 'arm', io);
  return EXIT_OK;
}

function summary(plan: Plan): string {
  const customers = new Set(plan.delegations.map((d) => d.customer));
  const subscriptions = new Set(plan.delegations.map((d) => `${d.customer}\u0000${d.subscriptionId.toLowerCase()}`));
  const assignments = plan.delegations.reduce((n, d) => n + d.scopes.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `wrote ARM templates for ${plural(customers.size, 'customer')}: ${plural(subscriptions.size, 'subscription deployment')}, `
    + `${plural(plan.delegations.length, 'registration definition')}, ${plural(assignments, 'assignment')}`;
}
