import { Authorization, DelegatedScope, Delegation, Plan } from '../../../lib/model/plan';
import { LH115_MalformedId } from '../../../policies/service/lh115-malformed-id';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const PLACEHOLDER = '<insert managing tenant id>';

const base = (): Plan => planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - principal: spn
      role: User Access Administrator
      delegatedRoles: [Contributor]
    - { principal: alice, role: Contributor, eligible: { approvers: [leads] } }`));

function mapDelegations(plan: Plan, change: (d: Delegation) => Delegation): Plan {
  return { ...plan, delegations: plan.delegations.map(change) };
}

function mapAuthorizations(plan: Plan, change: (a: Authorization, i: number) => Authorization): Plan {
  return mapDelegations(plan, (d) => ({ ...d, authorizations: d.authorizations.map(change) }));
}

describe('LH115 an id that is not a GUID or a malformed scope', () => {
  test('reports the sample templates\' managing tenant placeholder at the managing tenant', () => {
    const plan = base();
    const broken = mapDelegations({ ...plan, managingTenant: { ...plan.managingTenant!, id: PLACEHOLDER } }, (d) => ({ ...d, managingTenantId: PLACEHOLDER }));
    const findings = checkRule(LH115_MalformedId, broken);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH115', level: 'error', customer: 'fabrikam', subscription: SUB,
      message: `managing tenant id "${PLACEHOLDER}" of offer managed in customer fabrikam, subscription ${SUB} is not a GUID`,
      location: { file: FILE, line: 1, column: 17, path: 'managingTenant' },
    });
  });

  test('reports tenant, subscription and definition ids at the customer and the delegation (a bad subscription once, not again per scope)', () => {
    const plan = base();
    const broken = mapDelegations(plan, (d) => ({ ...d, customerTenantId: 'contoso.onmicrosoft.com', subscriptionId: 'sub-1', definitionId: 'def-1' }));
    // Findings at one location come in fingerprint order: compare them by message.
    const findings = checkRule(LH115_MalformedId, broken).sort((a, b) => a.message.localeCompare(b.message));
    expect(findings.map((f) => [f.message, f.location])).toEqual([
      [`customer tenant id "contoso.onmicrosoft.com" of offer managed in customer fabrikam, subscription sub-1 is not a GUID`,
        { file: FILE, line: 20, column: 3, path: 'customers.fabrikam' }],
      [`registration definition id "def-1" of offer managed in customer fabrikam, subscription sub-1 is not a GUID`,
        { file: FILE, line: 24, column: 9, path: 'customers.fabrikam.delegations[0]' }],
      [`subscription id "sub-1" of offer managed in customer fabrikam, subscription sub-1 is not a GUID`,
        { file: FILE, line: 24, column: 9, path: 'customers.fabrikam.delegations[0]' }],
    ]);
  });

  test('reports principal, role, delegated role and approver ids, each at the most specific entry', () => {
    const broken = mapAuthorizations(base(), (a, i) => {
      if (i === 0) return { ...a, principal: { ...a.principal, id: '<insert principal id>' } };
      if (i === 1) return { ...a, role: { ...a.role, id: '/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9' }, delegatedRoles: [{ ...a.delegatedRoles[0], id: 'Contributor' }] };
      return { ...a, eligible: { ...a.eligible!, approvers: [{ ...a.eligible!.approvers[0], id: 'leads@contoso.com' }] } };
    });
    const findings = checkRule(LH115_MalformedId, broken);
    expect(findings.map((f) => [f.principal, f.location])).toEqual([
      ['ops', { file: FILE, line: 14, column: 7, path: 'authorizationSets.main[0]' }],
      ['spn', { file: FILE, line: 16, column: 13, path: 'authorizationSets.main[1].role' }],
      ['spn', { file: FILE, line: 17, column: 24, path: 'authorizationSets.main[1].delegatedRoles[0]' }],
      ['leads', { file: FILE, line: 18, column: 7, path: 'authorizationSets.main[2]' }],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      `principal id "<insert principal id>" of the Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7) authorization of "Ops" (ops) in customer fabrikam, subscription ${SUB} is not a GUID`,
      'role id "/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9" of the User Access Administrator '
        + '(/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9) authorization of "Pipeline" (spn) '
        + `in customer fabrikam, subscription ${SUB} is not a GUID (roleDefinitionId takes the bare role GUID)`,
      expect.stringMatching(/^delegated role id "Contributor" of the User Access Administrator .* is not a GUID$/),
      `approver "Leads" (leads) id "leads@contoso.com" of the eligible Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) authorization of "Alice" (alice) in customer fabrikam, subscription ${SUB} is not a GUID`,
    ]);
  });

  test('reports malformed scopes: another subscription, a bad resource group name, another shape', () => {
    const plan = base();
    const scope = (id: string): DelegatedScope => ({ ...plan.delegations[0].scopes[0], kind: 'resourceGroup', id });
    const broken = mapDelegations(plan, (d) => ({
      ...d,
      scopes: [
        scope(`/subscriptions/${SUB}/resourcegroups/rg-ok`),
        scope('/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/rg-web'),
        scope(`/subscriptions/${SUB}/resourceGroups/rg.`),
        scope(`/subscriptions/${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/sites/x`),
        scope(`/providers/Microsoft.Management/managementGroups/mg`),
      ],
    }));
    // All at the same location, so in scope order.
    const findings = checkRule(LH115_MalformedId, broken);
    expect(findings.map((f) => f.scope)).toEqual([
      '/providers/Microsoft.Management/managementGroups/mg',
      `/subscriptions/${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/sites/x`,
      `/subscriptions/${SUB}/resourceGroups/rg.`,
      '/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/rg-web',
    ]);
    expect(findings.map((f) => f.message.replace(/^scope "[^"]*" of offer managed in customer fabrikam, subscription [0-9a-f-]+ /, ''))).toEqual([
      'is not /subscriptions/<guid> or /subscriptions/<guid>/resourceGroups/<name>',
      'is not /subscriptions/<guid> or /subscriptions/<guid>/resourceGroups/<name>',
      'names resource group "rg.", which is not a valid resource group name',
      `is not in the delegation's subscription ${SUB}: assignments are made at the definition's subscription or its resource groups`,
    ]);
    expect(findings[0].location).toEqual({ file: FILE, line: 24, column: 41, path: 'customers.fabrikam.delegations[0].subscription' });
  });

  test('the all-zero GUID of the sample parameter files is reported as a placeholder', () => {
    const zero = '00000000-0000-0000-0000-000000000000';
    const plan = base();
    const zeroed = mapAuthorizations(mapDelegations({ ...plan, managingTenant: { ...plan.managingTenant!, id: zero } }, (d) => ({ ...d, managingTenantId: zero })),
      (a) => ({ ...a, principal: { ...a.principal, id: zero } }));
    const messages = checkRule(LH115_MalformedId, zeroed).map((f) => f.message);
    expect(messages.some((m) => m.startsWith(`managing tenant id "${zero}"`) && m.endsWith('is the all-zero GUID, a placeholder rather than a real id'))).toBe(true);
    expect(messages.filter((m) => m.startsWith(`principal id "${zero}"`)).length).toBeGreaterThan(0);
  });

  test('an empty customer tenant, subscription or definition id is unknown (an import), not malformed', () => {
    const plan = mapDelegations(base(), (d) => ({ ...d, customerTenantId: '', subscriptionId: '', definitionId: '', scopes: d.scopes.map((sc) => ({ ...sc, id: sc.id.replace(/^\/subscriptions\/[^/]+/, '/subscriptions/') })) }));
    expect(checkRule(LH115_MalformedId, plan)).toEqual([]);
  });

  test('compliant: a manifest with GUIDs and resource group scopes', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }', {
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: ${SUB}, resourceGroups: [rg-web, "rg_(data).1"] }`,
    }));
    expect(checkRule(LH115_MalformedId, plan)).toEqual([]);
    expect(checkRule(LH115_MalformedId, base())).toEqual([]);
  });
});
