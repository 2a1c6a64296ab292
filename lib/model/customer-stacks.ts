import { stackName } from './ids';
import { Customer, Delegation, Plan } from './plan';
import { groupBy } from '../util/group-by';

/** One customer's stack as the Plan has it: the customer, its delegations in Plan order, the stack id. */
export interface CustomerStackEntry {
  readonly id: string;
  readonly customer: Customer;
  readonly delegations: readonly Delegation[];
}

/**
 * The Terraform stacks of a Plan, in customer order: one per customer that has a delegation (a customer without
 * any gets none; see buildApp). What synth writes, `stacks` lists and `synth --stack` selects from.
 */
export function customerStacks(plan: Plan): CustomerStackEntry[] {
  const byCustomer = groupBy(plan.delegations, (d) => d.customer);
  const stacks: CustomerStackEntry[] = [];
  for (const customer of plan.customers) {
    const delegations = byCustomer.get(customer.key);
    if (!delegations) continue;
    byCustomer.delete(customer.key);
    stacks.push({ id: stackName(customer.key), customer, delegations });
  }
  const orphan = byCustomer.keys().next();
  if (!orphan.done) {
    throw new Error(`Plan delegation names customer "${orphan.value}", which is not in plan.customers (a bug in whatever built the Plan).`);
  }
  return stacks;
}

/** The stack ids of a Plan, in customer order. */
export function stackIds(plan: Plan): string[] {
  return customerStacks(plan).map((entry) => entry.id);
}
