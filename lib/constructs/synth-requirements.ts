// What the Terraform stacks need beyond what `check` and the other outputs need; no cdktf here, so `synth` can
// refuse bad input before it loads cdktf or touches the output directory.
import { ErrorLocation, InputError, InputErrors } from '../model/errors';
import { isGuid } from '../model/guid';
import { delegationConstructId, scopeConstructSuffix, stackName } from '../model/ids';
import { Delegation, Plan } from '../model/plan';

/**
 * Throws InputErrors (located, exit 2) for a Plan the constructs cannot build, which `synth --no-check` would
 * otherwise hand to them: a customer tenant or subscription that is not a GUID (each stack's azurerm provider
 * needs both; an imported ARM template names neither), one offer delegated to a subscription more than once (a
 * stack holds one delegation per offer and subscription, named by both), or two scopes of one delegation that
 * become the same Terraform assignment (the same resource group twice). The policy check reports bad ids and
 * overlapping scopes as findings (LH115, LH117).
 */
export function requireSynthesizable(plan: Plan): void {
  const errors: InputError[] = [];
  const fallback: ErrorLocation = { file: plan.file };
  const withDelegations = new Set(plan.delegations.map((d) => d.customer));
  for (const customer of plan.customers) {
    if (!withDelegations.has(customer.key) || isGuid(customer.tenantId)) continue;
    errors.push(new InputError(`customer ${JSON.stringify(customer.key)} has ${customer.tenantId === '' ? 'no tenant id' : `tenant id ${JSON.stringify(customer.tenantId)}, which is not a GUID`}: its Terraform stack needs one`,
      'give the customer\'s Entra tenant id (for an imported file: --customer-tenant <id>)', customer.source ?? fallback));
  }
  const constructs = new Map<string, Delegation>();
  for (const delegation of plan.delegations) {
    const where = delegation.source ?? fallback;
    const id = `${stackName(delegation.customer)}\u0000${delegationConstructId(delegation.offer, delegation.subscriptionId)}`;
    const first = constructs.get(id);
    if (first === undefined) constructs.set(id, delegation);
    else errors.push(sameOfferTwice(first, delegation, where));
    if (!isGuid(delegation.subscriptionId)) {
      errors.push(new InputError(`the delegation of offer ${JSON.stringify(delegation.offer)} to customer ${JSON.stringify(delegation.customer)} has ${delegation.subscriptionId === '' ? 'no subscription id' : `subscription ${JSON.stringify(delegation.subscriptionId)}, which is not a GUID`}: its Terraform provider needs one`,
        'give the subscription id (for an ARM template, which does not say where it is deployed: --subscription <id>)', where));
    }
    const scopes = new Map<string, string>();
    for (const scope of delegation.scopes) {
      const suffix = scopeConstructSuffix(scope);
      const other = scopes.get(suffix);
      if (other === undefined) scopes.set(suffix, scope.id);
      else {
        errors.push(new InputError(`the delegation of offer ${JSON.stringify(delegation.offer)} to customer ${JSON.stringify(delegation.customer)} assigns ${other === scope.id ? `${JSON.stringify(scope.id)} twice` : `${JSON.stringify(other)} and ${JSON.stringify(scope.id)}, which become one Terraform resource`}`,
          'delegate each scope once (LH117)', scope.source ?? where));
      }
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
}

/** requireDistinctIdentities refused different offers with one construct id already: this is one offer twice. */
function sameOfferTwice(first: Delegation, again: Delegation, where: ErrorLocation): InputError {
  const what = `offer ${JSON.stringify(again.offer)} is delegated to subscription ${again.subscriptionId || '(unknown)'} of customer ${JSON.stringify(again.customer)} more than once`;
  if (first.definitionId === again.definitionId) {
    return new InputError(`${what}: both delegations are registration definition ${again.definitionId || '(unnamed)'}, which one stack cannot declare twice`,
      'merge the delegation entries into one (list all of its resource groups there)', where);
  }
  return new InputError(`${what}, as separate registration definitions (${first.definitionId || '(unnamed)'} and ${again.definitionId || '(unnamed)'}; Microsoft's multi-rg template makes one per resource group): a stack holds one delegation per offer and subscription`,
    'turn the input into a manifest (`lighthouse-iac import <input> --to manifest`, which makes them one delegation) and synthesize that', where);
}
