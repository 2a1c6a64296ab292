import 'cdktf/lib/testing/adapters/jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  App, AzurermProvider, Construct, LighthouseDefinition, ResourceProviderRegistration, TerraformStack, Testing,
} from '../../lib/constructs/cdk';
import { CustomerStack, CustomerStackProps } from '../../lib/constructs/customer-stack';
import { MANAGING_TENANT } from './plan-fixture';
import { useTempRoot } from './synth-helpers';

Testing.setupJest();
const tempDir = useTempRoot();

const TENANT = 'CCCCCCCC-0000-4000-8000-000000000001';
const SUB_A = 'cccccccc-0000-4000-8000-00000000005a';
const SUB_B = 'cccccccc-0000-4000-8000-00000000005b';

function newStack(props: Partial<CustomerStackProps> = {}, id = 'contoso'): { app: App; stack: CustomerStack } {
  const app = new App({ outdir: tempDir(), stackTraces: false });
  return { app, stack: new CustomerStack(app, id, { tenantId: TENANT, ...props }) };
}

/** The stack's cdk.tf.json as written by app.synth(). */
function synthesized(app: App, id: string): any {
  app.synth();
  return JSON.parse(readFileSync(join(app.outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
}

describe('CustomerStack', () => {
  it('creates one provider per subscription, lazily, with the customer tenant and no automatic RP registration', () => {
    const { stack } = newStack();
    const first = stack.providerFor(SUB_A);
    expect(stack.providerFor(SUB_A.toUpperCase())).toBe(first);
    stack.providerFor(SUB_B);
    const synth = Testing.synth(stack);
    for (const subscription of [SUB_A, SUB_B]) {
      expect(synth).toHaveProviderWithProperties(AzurermProvider, {
        alias: `sub-${subscription}`,
        tenant_id: TENANT.toLowerCase(),
        subscription_id: subscription,
        environment: 'public',
        features: [{}],
        resource_provider_registrations: 'none',
      });
    }
    expect(JSON.parse(synth).provider.azurerm).toHaveLength(2);
  });

  it.each([
    ['AzureUSGovernment', 'usgovernment'],
    ['AzureChinaCloud', 'china'],
  ] as const)('maps cloud %s to environment %s, for providers and an azurerm backend', (cloud, environment) => {
    const { app, stack } = newStack({
      cloud,
      backend: {
        type: 'azurerm', resourceGroupName: 'rg', storageAccountName: 'st', containerName: 'c', key: 'k', useAzureadAuth: true, useOidc: false,
      },
    });
    stack.providerFor(SUB_A);
    expect(Testing.synth(stack)).toHaveProviderWithProperties(AzurermProvider, { environment });
    expect(synthesized(app, 'contoso').terraform.backend.azurerm.environment).toBe(environment);
  });

  it('registers Microsoft.ManagedServices per subscription when asked, and delegations depend on it', () => {
    const { stack } = newStack({ registerResourceProvider: true });
    stack.addDelegation('ops', {
      managingTenantId: MANAGING_TENANT, subscriptionId: SUB_A, name: 'Ops',
      authorizations: [{ principalId: MANAGING_TENANT, role: 'Reader' }],
    });
    const synth = Testing.synth(stack);
    const name = `sub_${SUB_A}_managedservices_registration`;
    expect(synth).toHaveResourceWithProperties(ResourceProviderRegistration, {
      name: 'Microsoft.ManagedServices', provider: `azurerm.sub-${SUB_A}`,
    });
    expect(Object.keys(JSON.parse(synth).resource.azurerm_resource_provider_registration)).toEqual([name]);
    expect(synth).toHaveResourceWithProperties(LighthouseDefinition, { depends_on: [`azurerm_resource_provider_registration.${name}`] });
    expect(stack.resourceProviderRegistrationFor(SUB_A)).toBeDefined();
  });

  it('adds no registration by default', () => {
    const { stack } = newStack();
    stack.providerFor(SUB_A);
    expect(Testing.synth(stack)).not.toHaveResource(ResourceProviderRegistration);
    expect(stack.resourceProviderRegistrationFor(SUB_A)).toBeUndefined();
  });

  it('finds the enclosing CustomerStack, or undefined', () => {
    const { app, stack } = newStack();
    const nested = new Construct(new Construct(stack, 'a'), 'b');
    expect(CustomerStack.enclosing(nested)).toBe(stack);
    expect(CustomerStack.enclosing(stack)).toBe(stack);
    expect(CustomerStack.enclosing(new TerraformStack(app, 'plain'))).toBeUndefined();
    expect(CustomerStack.enclosing(app)).toBeUndefined();
  });

  it('rejects a tenant id that is not a GUID', () => {
    expect(() => newStack({ tenantId: 'contoso.onmicrosoft.com' }))
      .toThrow(/CustomerStack 'contoso': tenantId "contoso.onmicrosoft.com" is not a GUID\.\n {2}fix:/);
  });

  describe('backend', () => {
    it('defaults to a local state file relative to the stack directory, not cdktf\'s absolute path', () => {
      const { app } = newStack({}, 'fabrikam');
      expect(synthesized(app, 'fabrikam').terraform.backend).toEqual({ local: { path: '../../../terraform.fabrikam.tfstate' } });
    });

    it('writes an azurerm backend with {stack} replaced in the key', () => {
      const { app } = newStack({
        backend: {
          type: 'azurerm', resourceGroupName: 'rg-state', storageAccountName: 'ststate', containerName: 'tfstate',
          key: 'lighthouse/{stack}/{stack}.tfstate', subscriptionId: SUB_B, tenantId: TENANT, useAzureadAuth: true, useOidc: true,
        },
      });
      expect(synthesized(app, 'contoso').terraform.backend).toEqual({
        azurerm: {
          resource_group_name: 'rg-state', storage_account_name: 'ststate', container_name: 'tfstate',
          key: 'lighthouse/contoso/contoso.tfstate', subscription_id: SUB_B, tenant_id: TENANT, use_azuread_auth: true, use_oidc: true,
        },
      });
    });

    it('writes a cloud block without running terraform during synth', () => {
      const { app } = newStack({
        backend: { type: 'cloud', organization: 'msp', workspace: 'lighthouse-{stack}', project: 'onboarding' },
      });
      const path = process.env.PATH;
      process.env.PATH = '/nonexistent'; // cdktf's CloudBackend would fail synth here: it runs `terraform version`
      try {
        expect(synthesized(app, 'contoso').terraform).toEqual(expect.objectContaining({
          cloud: { organization: 'msp', workspaces: { name: 'lighthouse-contoso', project: 'onboarding' } },
        }));
      } finally {
        process.env.PATH = path;
      }
      expect(synthesized(app, 'contoso').terraform).not.toHaveProperty('backend');
    });
  });
});
