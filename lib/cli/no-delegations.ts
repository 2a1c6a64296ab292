import { Plan } from '../model/plan';
import { CliIo } from './io';

/**
 * A manifest may have no customers yet (Marketplace offers only, for partner-center): synth and arm then succeed with
 * nothing in their output, and say why instead of leaving the user to wonder where the stacks went.
 */
export function noteNoDelegations(plan: Plan, command: string, io: CliIo): void {
  if (plan.delegations.length > 0) return;
  const sold = plan.offers.filter((offer) => offer.plan !== undefined).length;
  io.stderr(`${command}: the input has no customer delegations, so there is nothing to deploy`
    + `${sold > 0 ? ` (lighthouse-iac partner-center writes its Marketplace plan${sold === 1 ? '' : 's'})` : ' (add customers with delegations to the manifest)'}\n`);
}
