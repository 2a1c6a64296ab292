// What the Terraform stacks need beyond what `check` and the other outputs need; no cdktf here, so `synth` can
// refuse bad input before it loads cdktf or touches the output directory.
import { ErrorLocation, InputError, InputErrors } from '../model/errors';
import { isGuid } from '../model/guid';
import { delegationConstructIds, scopeConstructSuffix, stackName } from '../model/ids';
import { Delegation, Plan } from '../model/plan';

/**
 * Throws InputErrors (located, exit 2) for a Plan the constructs cannot build, which `synth --no-check` would
 * otherwise hand to them: a customer tenant or subscription that is not a GUID (each stack's azurerm provider
 * needs both; an imported ARM template names neither), one registration definition declared twice in a subscription
 * (the same offer twice without a definitionId of its own, or one pinned id on two delegations), or two scopes of
 * one delegation that become the same Terraform assignment (the same resource group twice). The policy check reports bad ids and
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
  const constructIds = delegationConstructIds(plan.delegations);
  const constructs = new Set<string>();
  const definitions = new Map<string, Delegation>();
  plan.delegations.forEach((delegation, index) => {
    const where = delegation.source ?? fallback;
    const id = `${stackName(delegation.customer)}\u0000${constructIds[index]}`;
    // Construct ids differ unless two delegations of one offer are the same definition: one registration definition
    // per subscription and name, whichever offers claim it (the second would overwrite the first in Azure).
    const definition = `${stackName(delegation.customer)}\u0000${delegation.subscriptionId.toLowerCase()}\u0000${delegation.definitionId.toLowerCase()}`;
    const first = definitions.get(definition);
    if (first !== undefined && (constructs.has(id) || delegation.definitionId !== '')) errors.push(sameDefinitionTwice(first, delegation, where));
    else definitions.set(definition, delegation);
    constructs.add(id);
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
  });
  if (errors.length > 0) throw new InputErrors(errors);
}

/** Two delegations that are one registration definition (the same offer twice, or a pinned id used twice). */
function sameDefinitionTwice(first: Delegation, again: Delegation, where: ErrorLocation): InputError {
  const subscription = again.subscriptionId || '(unknown)';
  if (first.offer === again.offer) {
    return new InputError(`offer ${JSON.stringify(again.offer)} is delegated to subscription ${subscription} of customer ${JSON.stringify(again.customer)} more than once: both delegations are registration definition ${again.definitionId || '(unnamed)'}, which one stack cannot declare twice`,
      'merge the delegation entries into one (list all of its resource groups there), or keep them apart with a definitionId of their own', where);
  }
  return new InputError(`offers ${JSON.stringify(first.offer)} and ${JSON.stringify(again.offer)} are both registration definition ${again.definitionId} in subscription ${subscription} of customer ${JSON.stringify(again.customer)}: a definition id names one definition per subscription`,
    'give one of the delegations another definitionId (or none: the derived one differs per offer)', where);
}
