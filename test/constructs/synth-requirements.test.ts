import { requireSynthesizable } from '../../lib/constructs/synth-requirements';
import { InputErrors } from '../../lib/model/errors';
import { Plan } from '../../lib/model/plan';
import { active, customer, delegation, plan } from './plan-fixture';

const reader = [active('ops', 'reader')];

function problems(p: Plan): string[] {
  try {
    requireSynthesizable(p);
    return [];
  } catch (error) {
    return (error as InputErrors).errors.map((e) => e.problem);
  }
}

describe('requireSynthesizable: what the stacks need before cdktf is loaded', () => {
  const a = customer('contoso');
  const d = delegation({ customer: a, offer: 'ops', subscription: 's', resourceGroups: ['rg-a', 'rg.b'], authorizations: reader });

  test('a Plan from a manifest passes', () => {
    expect(problems(plan([d], [a]))).toEqual([]);
  });

  test('customer tenant and subscription must be GUIDs (imports may not know them)', () => {
    expect(problems(plan([{ ...d, subscriptionId: '' }], [{ ...a, tenantId: '' }]))).toEqual([
      'customer "contoso" has no tenant id: its Terraform stack needs one',
      'the delegation of offer "ops" to customer "contoso" has no subscription id: its Terraform provider needs one',
    ]);
    expect(problems(plan([{ ...d, subscriptionId: '../../x' }], [{ ...a, tenantId: 'x' }]))).toEqual([
      'customer "contoso" has tenant id "x", which is not a GUID: its Terraform stack needs one',
      'the delegation of offer "ops" to customer "contoso" has subscription "../../x", which is not a GUID: its Terraform provider needs one',
    ]);
  });

  test('a customer without delegations needs no tenant (it gets no stack)', () => {
    expect(problems(plan([d], [a, { ...customer('idle'), tenantId: '' }]))).toEqual([]);
  });

  test('one offer twice on a subscription: the same definition, or separate ones (multi-rg)', () => {
    const [same, other] = problems(plan([d, d, { ...d, definitionId: '22222222-2222-4222-8222-222222222222' }], [a]));
    expect(same).toBe(`offer "ops" is delegated to subscription ${d.subscriptionId} of customer "contoso" more than once: both delegations are registration definition ${d.definitionId}, which one stack cannot declare twice`);
    expect(other).toMatch(/as separate registration definitions \(.* and 22222222-2222-4222-8222-222222222222; Microsoft's multi-rg template makes one per resource group\)/);
  });

  test('one scope twice in a delegation', () => {
    expect(problems(plan([{ ...d, scopes: [d.scopes[0], d.scopes[0]] }], [a]))).toEqual([
      `the delegation of offer "ops" to customer "contoso" assigns "${d.scopes[0].id}" twice`,
    ]);
  });
});
