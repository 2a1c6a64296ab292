import 'cdktf/lib/testing/adapters/jest';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { LighthouseAssignment } from '@cdktf/provider-azurerm/lib/lighthouse-assignment';
import { LighthouseDefinition } from '@cdktf/provider-azurerm/lib/lighthouse-definition';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { buildApp } from '../../lib/constructs/plan-app';
import { loadManifest } from '../../lib/manifest/load';
import { CustomerStack } from '../../lib/constructs/customer-stack';
import { useTempRoot } from './synth-helpers';

Testing.setupJest();

const plan = loadManifest(join(__dirname, '../../examples/contoso/lighthouse.yaml'));
const outdir = useTempRoot();

/** The synthesized JSON of one customer stack of the Contoso example, as a string (what the matchers take). */
function stackJson(customer: string): string {
  const app = buildApp(plan, { outdir: outdir() });
  const stack = app.node.findChild(customer) as CustomerStack;
  return Testing.synth(stack);
}

const FABRIKAM_SUB = '9525d470-7435-412c-ae90-65c853fb8078';
const ids = {
  noc: 'c3b199a8-2fb8-40c8-80c2-20f190a9f720',
  ops: '33b85ac5-7ab0-4d52-b0bd-868730db85a3',
  approvers: '16abc7c5-aa14-4ea2-8efe-de08faa45da2',
  pipeline: 'dac9a4b5-e08b-4ac3-a682-1146ad4fe51a',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  uaa: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  deleteRole: '91c1777a-f3dc-4fae-b103-61d183457e46',
};

describe('the synthesized Contoso example', () => {
  test.each(['fabrikam', 'northwind', 'tailspin'])('stack %s matches its snapshot', (customer) => {
    expect(JSON.parse(stackJson(customer))).toMatchSnapshot();
  });

  test('fabrikam: a definition per subscription with the offer, tenant and authorizations', () => {
    const fabrikam = stackJson('fabrikam');
    expect(fabrikam).toHaveResourceWithProperties(LighthouseDefinition, {
      scope: `/subscriptions/${FABRIKAM_SUB}`,
      managing_tenant_id: '6f421efa-60ef-4378-8132-41c88d084347',
      name: 'Contoso Managed Operations',
      lighthouse_definition_id: plan.delegations[1].definitionId,
      authorization: expect.arrayContaining([
        { principal_id: ids.noc, principal_display_name: 'Contoso NOC Readers', role_definition_id: ids.reader },
        { principal_id: ids.noc, principal_display_name: 'Contoso NOC Readers', role_definition_id: ids.deleteRole },
        {
          principal_id: ids.pipeline, principal_display_name: 'Contoso Deploy Pipeline', role_definition_id: ids.uaa,
          delegated_role_definition_ids: [ids.contributor, '749f88d5-cbae-40b8-bcfc-e573ddc772fa'],
        },
      ]),
    });
  });

  test('fabrikam: the eligible Contributor has its JIT policy with MFA and approvers', () => {
    expect(stackJson('fabrikam')).toHaveResourceWithProperties(LighthouseDefinition, {
      eligible_authorization: expect.arrayContaining([{
        principal_id: ids.ops, principal_display_name: 'Contoso Ops Engineers', role_definition_id: ids.contributor,
        just_in_time_access_policy: {
          maximum_activation_duration: 'PT4H', multi_factor_auth_provider: 'Azure',
          approver: [{ principal_id: ids.approvers, principal_display_name: 'Contoso Security Leads' }],
        },
      }]),
    });
  });

  test('fabrikam: resource-group scopes are assigned as RG ids, through that subscription\'s provider', () => {
    const fabrikam = stackJson('fabrikam');
    for (const rg of ['rg-web', 'rg-data']) {
      expect(fabrikam).toHaveResourceWithProperties(LighthouseAssignment, {
        scope: `/subscriptions/${FABRIKAM_SUB}/resourceGroups/${rg}`,
        provider: `azurerm.sub-${FABRIKAM_SUB}`,
      });
    }
    expect(fabrikam).toHaveProviderWithProperties(AzurermProvider, {
      alias: `sub-${FABRIKAM_SUB}`, tenant_id: 'ce27760c-b266-4a47-9fa7-99d0bebeca19', subscription_id: FABRIKAM_SUB,
    });
  });

  test('northwind: the Marketplace plan is on the definition; tailspin: no plan, per-delegation sets only', () => {
    expect(stackJson('northwind')).toHaveResourceWithProperties(LighthouseDefinition, {
      plan: { publisher: 'contoso', product: 'contoso-managed-security', name: 'standard', version: '1.0.0' },
    });
    const tailspin = JSON.parse(stackJson('tailspin'));
    const [definition] = Object.values(tailspin.resource.azurerm_lighthouse_definition) as Array<Record<string, unknown>>;
    expect(definition.plan).toBeUndefined();
    expect((definition.authorization as Array<{ role_definition_id: string }>).map((a) => a.role_definition_id)).not.toContain(ids.uaa);
  });

  test('every customer subscription has exactly one definition and one assignment per scope', () => {
    for (const customer of ['fabrikam', 'northwind', 'tailspin']) {
      const json = JSON.parse(stackJson(customer));
      const expected = plan.delegations.filter((d) => d.customer === customer);
      const definitions = Object.values(json.resource.azurerm_lighthouse_definition) as Array<{ scope: string }>;
      const assignments = Object.values(json.resource.azurerm_lighthouse_assignment) as Array<{ scope: string; name: string }>;
      expect(definitions.map((d) => d.scope).sort()).toEqual(expected.map((d) => `/subscriptions/${d.subscriptionId}`).sort());
      expect(assignments.map((a) => `${a.scope} ${a.name}`).sort())
        .toEqual(expected.flatMap((d) => d.scopes.map((s) => `${s.id} ${s.assignmentName}`)).sort());
    }
  });
});
