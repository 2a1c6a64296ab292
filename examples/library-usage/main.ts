/**
 * Using the constructs from TypeScript, without a manifest: one customer stack with a subscription-wide
 * delegation (active, eligible with an approver, User Access Administrator with delegated roles, and the
 * Delete Role so the MSP can remove the delegation itself) and a resource-group delegation.
 *
 *   node scripts/run-ts.js examples/library-usage/main.ts [outdir]    (default: cdktf.out)
 */
import { App, Aspects, CustomerStack, LighthouseDelegation, PolicyChecks } from '../../lib/constructs';

const MSP_TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const SOC_GROUP = 'aaaaaaaa-0000-4000-8000-0000000000a1';
const ONCALL_GROUP = 'aaaaaaaa-0000-4000-8000-0000000000a2';
const LEADS_GROUP = 'aaaaaaaa-0000-4000-8000-0000000000a3';
const AUTOMATION_SP = 'aaaaaaaa-0000-4000-8000-0000000000a4';

/** Builds the app; a test calls this with a temporary outdir. */
export function buildExampleApp(outdir: string): App {
  // An explicit outdir: without one, cdktf falls back to $CDKTF_OUTDIR, then ./cdktf.out.
  const app = new App({ outdir, stackTraces: false });

  const contoso = new CustomerStack(app, 'contoso', {
    tenantId: 'cccccccc-0000-4000-8000-000000000001',
    displayName: 'Contoso Ltd',
    // A remote backend with one state key per stack; `{stack}` becomes "contoso".
    backend: {
      type: 'azurerm', resourceGroupName: 'rg-tfstate', storageAccountName: 'stmsptfstate', containerName: 'lighthouse',
      key: 'customers/{stack}.tfstate', useAzureadAuth: true, useOidc: true,
    },
  });

  contoso.addDelegation('managed-ops', {
    managingTenantId: MSP_TENANT,
    subscriptionId: 'cccccccc-0000-4000-8000-00000000005a',
    name: 'Contoso managed operations',
    description: 'Operations, security monitoring and on-call by Fixture MSP',
    authorizations: [
      { principalId: SOC_GROUP, principalDisplayName: 'SOC analysts', role: 'Reader' },
      {
        principalId: ONCALL_GROUP, principalDisplayName: 'On-call engineers', role: 'Contributor',
        eligible: { maximumActivationDuration: 'PT4H', approvers: [{ principalId: LEADS_GROUP, principalDisplayName: 'Team leads' }] },
      },
      {
        // User Access Administrator may only assign the roles listed here (to managed identities).
        principalId: AUTOMATION_SP, principalDisplayName: 'Automation', role: 'User Access Administrator',
        delegatedRoles: ['Contributor', 'Reader'],
      },
      { principalId: LEADS_GROUP, principalDisplayName: 'Team leads', role: 'Managed Services Registration assignment Delete Role' },
    ],
  });

  // Direct construction works too; the customer tenant and provider come from the enclosing stack.
  new LighthouseDelegation(contoso, 'app-support', {
    managingTenantId: MSP_TENANT,
    subscriptionId: 'cccccccc-0000-4000-8000-00000000005b',
    name: 'Contoso application support',
    resourceGroups: ['rg-app-prod', 'rg-app-shared'],
    authorizations: [
      { principalId: ONCALL_GROUP, principalDisplayName: 'On-call engineers', role: 'Website Contributor' },
      { principalId: LEADS_GROUP, principalDisplayName: 'Team leads', role: 'Managed Services Registration assignment Delete Role' },
    ],
  });

  // The policy rules as a synth-time check over every stack of the app, together: error findings fail synth,
  // warnings are reported. Stacks holding this library's constructs run it, whatever kind of stack they are.
  Aspects.of(app).add(new PolicyChecks());

  return app;
}

// Run directly (node, or scripts/run-ts.js which sets argv[1]); a test importing the module synthesizes itself.
if (require.main === module || process.argv[1] === __filename) {
  buildExampleApp(process.argv[2] ?? 'cdktf.out').synth();
}
