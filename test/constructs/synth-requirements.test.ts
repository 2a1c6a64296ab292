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

  test('one definition twice in a subscription: the same offer twice, or one pinned id on two offers', () => {
    // Separate definitions of one offer (multi-rg, kept apart with definitionId) are fine: each gets its own construct.
    expect(problems(plan([d, { ...d, definitionId: '22222222-2222-4222-8222-222222222222' }], [a]))).toEqual([]);
    const [same] = problems(plan([d, d], [a]));
    expect(same).toBe(`offer "ops" is delegated to subscription ${d.subscriptionId} of customer "contoso" more than once: both delegations are registration definition ${d.definitionId}, which one stack cannot declare twice`);
    expect(problems(plan([d, { ...d, offer: 'other' }], [a]))).toEqual([
      `offers "ops" and "other" are both registration definition ${d.definitionId} in subscription ${d.subscriptionId} of customer "contoso": a definition id names one definition per subscription`,
    ]);
  });

  test('one scope twice in a delegation', () => {
    expect(problems(plan([{ ...d, scopes: [d.scopes[0], d.scopes[0]] }], [a]))).toEqual([
      `the delegation of offer "ops" to customer "contoso" assigns "${d.scopes[0].id}" twice`,
    ]);
  });
});
