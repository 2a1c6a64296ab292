import 'cdktf/lib/testing/adapters/jest';
import { Aspects, LighthouseDefinition, Testing } from '../../lib/constructs/cdk';
import { PolicyChecks } from '../../lib/constructs/policy-checks';
import { buildExampleApp } from '../../examples/library-usage/main';
import { readTree, resources, useTempRoot } from './synth-helpers';

Testing.setupJest();
const tempDir = useTempRoot();

describe('examples/library-usage', () => {
  it('synthesizes one customer stack with a subscription-wide and a resource-group delegation', () => {
    const outdir = tempDir();
    const app = buildExampleApp(outdir);
    app.synth();
    // The one line the README advises, Aspects.of(app).add(new PolicyChecks()), ran over the example's stack.
    const checks = Aspects.of(app).all.filter((a): a is PolicyChecks => a instanceof PolicyChecks);
    expect(checks).toHaveLength(1);
    expect(checks[0].plan?.delegations).toHaveLength(2);
    const files = readTree(outdir);
    const stackJson = files['stacks/contoso/cdk.tf.json'];
    const stack = JSON.parse(stackJson);

    expect(Object.keys(resources(stack, 'azurerm_lighthouse_definition')).sort()).toEqual(['app-support_definition', 'managed-ops_definition']);
    expect(Object.values(resources(stack, 'azurerm_lighthouse_assignment')).map((a: any) => a.scope).sort()).toEqual([
      '/subscriptions/cccccccc-0000-4000-8000-00000000005a',
      '/subscriptions/cccccccc-0000-4000-8000-00000000005b/resourceGroups/rg-app-prod',
      '/subscriptions/cccccccc-0000-4000-8000-00000000005b/resourceGroups/rg-app-shared',
    ]);
    expect(stackJson).toHaveResourceWithProperties(LighthouseDefinition, {
      eligible_authorization: [expect.objectContaining({
        just_in_time_access_policy: {
          maximum_activation_duration: 'PT4H',
          multi_factor_auth_provider: 'Azure',
          approver: [{ principal_id: 'aaaaaaaa-0000-4000-8000-0000000000a3', principal_display_name: 'Team leads' }],
        },
      })],
      authorization: expect.arrayContaining([
        expect.objectContaining({
          role_definition_id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
          delegated_role_definition_ids: ['b24988ac-6180-42a0-ab88-20f7382dd24c', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'],
        }),
        expect.objectContaining({ role_definition_id: '91c1777a-f3dc-4fae-b103-61d183457e46' }),
      ]),
    });
    expect(stack.terraform.backend.azurerm.key).toBe('customers/contoso.tfstate');
    expect(Object.values(files).join('\n')).not.toContain(outdir);
  });
});
