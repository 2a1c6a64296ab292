import { loadManifestText } from '../../lib/manifest/load';
import { matchAdoption } from '../../lib/model/adoption';
import { Plan } from '../../lib/model/plan';
import { BASE_MANIFEST } from '../helpers/manifests';

/** matchAdoption: the pure matcher behind `synth --adopt` (lib/model/adoption). */

const plan = loadManifestText(BASE_MANIFEST.replace('subscription: 55555555-5555-5555-5555-555555555555 }',
  'subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a, rg-b] }'), 'lighthouse.yaml');
const [d] = plan.delegations;
const SUB = '/subscriptions/55555555-5555-5555-5555-555555555555';
const definitionId = `${SUB}/providers/Microsoft.ManagedServices/registrationDefinitions/${d.definitionId}`;
const assignmentId = (i: number) => `${d.scopes[i].id}/providers/Microsoft.ManagedServices/registrationAssignments/${d.scopes[i].assignmentName}`;

/** The Plan as a live export would show it, changed by `edit`. */
function live(edit: (delegation: Plan['delegations'][number]) => Partial<Plan['delegations'][number]> = () => ({})): Plan {
  return { ...plan, delegations: [{ ...d, customer: 'exported', offer: 'exported-offer', ...edit(d) }] };
}

describe('matchAdoption', () => {
  test('the same ids (any case): the definition and each assignment, updated in place', () => {
    const adoption = matchAdoption(plan, live((x) => ({ definitionId: x.definitionId.toUpperCase(), scopes: x.scopes.map((s) => ({ ...s, id: s.id.toUpperCase() })) })));
    expect(adoption.delegations.get(d)).toEqual({ definition: { id: definitionId }, assignments: [{ id: assignmentId(0) }, { id: assignmentId(1) }] });
    expect(adoption.unmanaged).toEqual([]);
    expect(adoption.conflicts).toEqual([]);
  });

  test('only what exists: a missing assignment is created, nothing is adopted for what is not deployed', () => {
    const adoption = matchAdoption(plan, live((x) => ({ scopes: [x.scopes[0]] })));
    expect(adoption.delegations.get(d)?.assignments).toEqual([{ id: assignmentId(0) }, undefined]);
    expect(matchAdoption(plan, { ...plan, delegations: [] }).delegations.size).toBe(0);
  });

  test('ForceNew attributes that differ are said: imported, then replaced', () => {
    const adoption = matchAdoption(plan, live(() => ({ name: 'Old Name', managingTenantId: '99999999-9999-4999-8999-999999999999' })));
    expect(adoption.delegations.get(d)?.definition?.replaced).toEqual([
      'name: "Old Name" live, "Managed Ops" in the manifest',
      'managing_tenant_id: 99999999-9999-4999-8999-999999999999 live, 11111111-1111-1111-1111-111111111111 in the manifest',
    ]);
  });

  test('live but not planned: reported as unmanaged, never adopted', () => {
    const other = { ...d, name: 'Legacy', definitionId: 'abababab-0000-4000-8000-000000000000', scopes: [{ ...d.scopes[0], assignmentName: 'cdcdcdcd-0000-4000-8000-000000000000' }] };
    const adoption = matchAdoption(plan, { ...plan, delegations: [other] });
    expect(adoption.delegations.size).toBe(0);
    expect(adoption.unmanaged.map((u) => [u.kind, u.id, u.name])).toEqual([
      ['definition', `${SUB}/providers/Microsoft.ManagedServices/registrationDefinitions/abababab-0000-4000-8000-000000000000`, 'Legacy'],
      ['assignment', `${d.scopes[0].id}/providers/Microsoft.ManagedServices/registrationAssignments/cdcdcdcd-0000-4000-8000-000000000000`, 'Legacy'],
    ]);
  });

  test('conflicts: the offer deployed under another id, and a second assignment of one definition at a scope', () => {
    const moved = matchAdoption(plan, live(() => ({ definitionId: 'abababab-0000-4000-8000-000000000000' })));
    expect(moved.conflicts.map((c) => c.fix)).toEqual(['keep the deployed one: definitionId: abababab-0000-4000-8000-000000000000 on this delegation (`lighthouse-iac import <live export>` writes it)']);
    const renamed = matchAdoption(plan, live((x) => ({ scopes: [{ ...x.scopes[0], assignmentName: 'efefefef-0000-4000-8000-000000000000' }, x.scopes[1]] })));
    expect(renamed.delegations.get(d)?.assignments).toEqual([undefined, { id: assignmentId(1) }]);
    expect(renamed.conflicts.map((c) => c.fix)).toEqual(['keep the deployed name: assignmentNames: { rg-a: efefefef-0000-4000-8000-000000000000 } on this delegation']);
  });
});
