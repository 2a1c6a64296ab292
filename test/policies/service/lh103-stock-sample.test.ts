import { Plan } from '../../../lib/model/plan';
import { DEFAULT_POLICY } from '../../../lib/policy/policy-config';
import { runRules } from '../../../lib/policy/runner';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { SERVICE_RULES } from '../../../policies/service';
import { FILE, planFrom } from '../../policy/helpers';

/**
 * Acceptance: the authorizations of Microsoft's stock onboarding samples (Reader, Managed Services Registration
 * assignment Delete Role, User Access Administrator delegating Contributor and Log Analytics Contributor; from
 * samples:templates/delegated-resource-management/subscription/subscription.parameters.json) no longer deploy,
 * because Log Analytics Contributor carries a DataAction (Azure/Azure-Lighthouse-samples#137). The service pack
 * reports exactly that, once, as LH103 at the delegated role — besides LH115 for the sample's placeholder
 * principal id, the all-zero GUID, kept here as the sample has it.
 */
const STOCK_SAMPLE = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: Relecloud }
principals:
  pim: { id: 00000000-0000-0000-0000-000000000000, displayName: PIM_Group, type: group }
authorizationSets:
  sample:
    - { principal: pim, role: acdd72a7-3385-48ef-bd42-f606fba81ae7 }
    - { principal: pim, role: 91c1777a-f3dc-4fae-b103-61d183457e46 }
    - principal: pim
      role: 18d7d88d-d35e-4fb5-a5c3-7773c20a72d9
      delegatedRoles: [b24988ac-6180-42a0-ab88-20f7382dd24c, 92aaf0da-9dab-42b6-94a3-d43ce8d16293]
offers:
  relecloud:
    name: Relecloud Managed Services
    description: Relecloud Managed Services
    authorizations: [sample]
customers:
  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: relecloud, subscription: 88888888-8888-8888-8888-888888888888 }
`;

function checkService(plan: Plan) {
  return runRules(SERVICE_RULES, { plan, roles: RoleCatalog.builtIn() }, DEFAULT_POLICY);
}

describe('LH103 role has DataActions or NotDataActions: the stock sample authorizations', () => {
  test('the shipped catalog still flags Log Analytics Contributor (else this acceptance test proves nothing)', () => {
    expect(RoleCatalog.builtIn().byId('92aaf0da-9dab-42b6-94a3-d43ce8d16293')?.dataActions).toBe(true);
  });

  test('report LH103 for the delegated Log Analytics Contributor, and nothing else (no LH107 for the same problem)', () => {
    const all = checkService(planFrom(STOCK_SAMPLE));
    expect(all.filter((f) => f.ruleId === 'LH115').map((f) => f.location?.path)).toEqual(['authorizationSets.sample[0]', 'authorizationSets.sample[1]', 'authorizationSets.sample[2]']);
    const findings = all.filter((f) => f.ruleId !== 'LH115');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH103', level: 'error', customer: 'fabrikam', subscription: '88888888-8888-8888-8888-888888888888',
      principal: 'pim', role: 'Log Analytics Contributor',
      location: { file: FILE, line: 10, column: 62, path: 'authorizationSets.sample[2].delegatedRoles[1]' },
    });
    expect(findings[0].message).toContain('delegated role Log Analytics Contributor (92aaf0da-9dab-42b6-94a3-d43ce8d16293) of User Access Administrator');
    expect(findings[0].message).toContain('has DataActions');
  });

  test('with the sample\'s managing tenant placeholder left in, LH115 joins it', () => {
    const plan = planFrom(STOCK_SAMPLE);
    const placeholder = '<insert managing tenant id>';
    const raw: Plan = {
      ...plan,
      managingTenant: { ...plan.managingTenant!, id: placeholder },
      delegations: plan.delegations.map((d) => ({ ...d, managingTenantId: placeholder })),
    };
    expect(checkService(raw).map((f) => f.ruleId)).toEqual(['LH115', 'LH115', 'LH115', 'LH115', 'LH103']);
  });

  test('replacing Log Analytics Contributor by Monitoring Contributor makes the sample deployable', () => {
    const fixed = planFrom(STOCK_SAMPLE.replace('92aaf0da-9dab-42b6-94a3-d43ce8d16293', 'Monitoring Contributor').replace('00000000-0000-0000-0000-000000000000', '22222222-2222-2222-2222-222222222222'));
    expect(checkService(fixed)).toEqual([]);
  });
});
