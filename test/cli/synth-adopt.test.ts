import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';

/**
 * `synth --adopt <live export>` (issue 13): import blocks for exactly the definitions and assignments that exist with
 * the same ids, read back from cdk.tf.json (ids, resource addresses, providers); what exists live but not in the
 * manifest is reported, never imported.
 */

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
const LIVE = join(__dirname, '../fixtures/az-cli/contoso/live.json');
const STATE = join(__dirname, '../fixtures/terraform/show/state.json');

const FABRIKAM_1 = '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12';
const FABRIKAM_2 = '9525d470-7435-412c-ae90-65c853fb8078';
const NORTHWIND = 'fa4069d5-b871-4bd7-8420-0c90c86f59ad';
const DEFINITIONS = '/providers/Microsoft.ManagedServices/registrationDefinitions/';
const ASSIGNMENTS = '/providers/Microsoft.ManagedServices/registrationAssignments/';

function stack(out: string, name: string): any {
  return JSON.parse(readFileSync(join(out, 'stacks', name, 'cdk.tf.json'), 'utf8'));
}

/** Every import block points at a resource of its stack, with that resource's provider. */
function expectImportsResolve(tf: any): void {
  for (const block of tf.import ?? []) {
    const [type, name] = block.to.split('.');
    const resource = tf.resource[type][name];
    expect(resource).toBeDefined();
    expect(block.provider).toBe(resource.provider);
  }
}

describe('synth --adopt', () => {
  test('an az export of the example estate: import blocks for exactly what exists', async () => {
    const out = join(tempDir(), 'cdktf.out');
    const result = await cli('synth', EXAMPLE, '--adopt', LIVE, '--out', out);
    expect(result.code).toBe(0);
    const fabrikam = stack(out, 'fabrikam');
    expect(fabrikam.import).toEqual([
      {
        id: `/subscriptions/${FABRIKAM_1}${DEFINITIONS}4d0ae11a-b336-5f49-8c35-6063e2b37aff`,
        provider: `azurerm.sub-${FABRIKAM_1}`,
        to: `azurerm_lighthouse_definition.managed-ops-${FABRIKAM_1}_definition`,
      },
      {
        id: `/subscriptions/${FABRIKAM_1}${ASSIGNMENTS}47052304-a740-5147-a732-43e744890c35`,
        provider: `azurerm.sub-${FABRIKAM_1}`,
        to: `azurerm_lighthouse_assignment.managed-ops-${FABRIKAM_1}_assignment_subscription`,
      },
      {
        id: `/subscriptions/${FABRIKAM_2}${DEFINITIONS}15dfae50-f7ba-5029-833c-51151e189fea`,
        provider: `azurerm.sub-${FABRIKAM_2}`,
        to: `azurerm_lighthouse_definition.managed-ops-${FABRIKAM_2}_definition`,
      },
      // rg-web exists, rg-data does not yet: Terraform creates that one.
      {
        id: `/subscriptions/${FABRIKAM_2}/resourceGroups/rg-web${ASSIGNMENTS}28345969-5e06-5748-afff-a5ac2a95e3c3`,
        provider: `azurerm.sub-${FABRIKAM_2}`,
        to: `azurerm_lighthouse_assignment.managed-ops-${FABRIKAM_2}_assignment_rg_rg-web`,
      },
    ]);
    expect(stack(out, 'northwind').import).toEqual([
      { id: `/subscriptions/${NORTHWIND}${DEFINITIONS}b11607f9-a334-5f28-8b40-a10611a8b8ba`, provider: `azurerm.sub-${NORTHWIND}`, to: `azurerm_lighthouse_definition.managed-security-${NORTHWIND}_definition` },
      { id: `/subscriptions/${NORTHWIND}${ASSIGNMENTS}5f32ab8a-9894-5913-8150-594d7a9d6f8b`, provider: `azurerm.sub-${NORTHWIND}`, to: `azurerm_lighthouse_assignment.managed-security-${NORTHWIND}_assignment_subscription` },
    ]);
    // Nothing of tailspin is deployed: no import blocks, no version requirement.
    expect(stack(out, 'tailspin').import).toBeUndefined();
    expect(stack(out, 'tailspin').terraform.required_version).toBeUndefined();
    for (const name of ['fabrikam', 'northwind']) {
      expectImportsResolve(stack(out, name));
      expect(stack(out, name).terraform.required_version).toBe('>= 1.5.0');
    }
    // The import ids are the ids the resources get: definition id and assignment name as declared.
    const definition = fabrikam.resource.azurerm_lighthouse_definition[`managed-ops-${FABRIKAM_1}_definition`];
    expect(fabrikam.import[0].id).toBe(`${definition.scope}${DEFINITIONS}${definition.lighthouse_definition_id}`);
    expect(result.stderr).toContain(`adopt: ${LIVE}: import blocks for 3 registration definitions and 3 assignments that exist already\n`);
  });

  test('needs no terraform binary: cdktf\'s `terraform version` check of import blocks is left out', async () => {
    // cdktf runs the check through child_process.execSync during synth; nothing of synth may start a process.
    const execSync = jest.spyOn(require('node:child_process') as typeof import('node:child_process'), 'execSync');
    try {
      const result = await cli('synth', EXAMPLE, '--adopt', LIVE, '--out', join(tempDir(), 'cdktf.out'));
      expect(result.code).toBe(0);
      expect(execSync).not.toHaveBeenCalled();
    } finally {
      execSync.mockRestore();
    }
  });

  test('what is live but not in the manifest is reported, never imported', async () => {
    const out = join(tempDir(), 'cdktf.out');
    const { stderr } = await cli('synth', EXAMPLE, '--adopt', LIVE, '--out', out);
    const unmanaged = stderr.split('\n').filter((line) => line.startsWith('adopt: not in the manifest'));
    expect(unmanaged).toEqual([
      `adopt: not in the manifest, not imported: definition /subscriptions/${FABRIKAM_1}${DEFINITIONS}0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f ("Contoso Legacy Support", managing tenant 6f421efa-60ef-4378-8132-41c88d084347): it stays as it is in Azure; add it to the manifest (\`lighthouse-iac import\` writes its ids) or remove it there`,
      `adopt: not in the manifest, not imported: assignment /subscriptions/${FABRIKAM_1}${ASSIGNMENTS}1d2e3f4a-5b6c-4d7e-9f8a-0b1c2d3e4f5a ("Contoso Legacy Support", managing tenant 6f421efa-60ef-4378-8132-41c88d084347): it stays as it is in Azure; add it to the manifest (\`lighthouse-iac import\` writes its ids) or remove it there`,
    ]);
    const imported = ['fabrikam', 'northwind'].flatMap((name) => stack(out, name).import.map((block: { id: string }) => block.id));
    expect(imported.some((id: string) => id.includes('0c1d2e3f') || id.includes('1d2e3f4a'))).toBe(false);
  });

  test('a Terraform state: import it, then adopt everything it holds (moving from hand-written Terraform)', async () => {
    const dir = tempDir();
    const manifest = join(dir, 'lighthouse.yaml');
    const tenant = '0f0e0d0c-0b0a-4909-8807-060504030201';
    expect((await cli('import', STATE, '--customer-tenant', tenant, '--customer', 'fourth-coffee', '-o', manifest)).code).toBe(0);
    const out = join(dir, 'cdktf.out');
    const result = await cli('synth', manifest, '--no-check', '--adopt', STATE, '--out', out);
    expect(result.code).toBe(0);
    const tf = stack(out, 'fourth-coffee');
    expect(tf.import.map((block: { id: string }) => block.id).sort()).toEqual([
      `/subscriptions/aa11bb22-cc33-4d44-8e55-ff6677889900${ASSIGNMENTS}d00dfeed-4321-4cba-8fed-ba9876543210`,
      `/subscriptions/aa11bb22-cc33-4d44-8e55-ff6677889900${DEFINITIONS}c0ffee00-1234-4abc-9def-0123456789ab`,
      `/subscriptions/bb22cc33-dd44-4e55-9f66-0077889900aa${DEFINITIONS}5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9`,
      `/subscriptions/bb22cc33-dd44-4e55-9f66-0077889900aa/resourceGroups/rg-app${ASSIGNMENTS}0a1b2c3d-4e5f-4061-8273-849506172839`,
      `/subscriptions/bb22cc33-dd44-4e55-9f66-0077889900aa/resourceGroups/rg-db${ASSIGNMENTS}1b2c3d4e-5f60-4172-8384-95a6b7c8d9e0`,
    ]);
    expectImportsResolve(tf);
    expect(result.stderr).not.toContain('not in the manifest');
  });

  test('a conflict with what is deployed (a live definition of the offer under another id) stops synth: exit 1, nothing written', async () => {
    const dir = tempDir();
    const manifest = join(dir, 'lighthouse.yaml');
    // The example with fabrikam's first delegation keeping another id than the one deployed.
    writeFileSync(manifest, readFileSync(EXAMPLE, 'utf8').replace(`- { offer: managed-ops, subscription: ${FABRIKAM_1} }`,
      `- { offer: managed-ops, subscription: ${FABRIKAM_1}, definitionId: 99999999-9999-4999-8999-999999999999 }`));
    const out = join(dir, 'cdktf.out');
    const result = await cli('synth', manifest, '--adopt', LIVE, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`adopt: error: subscription ${FABRIKAM_1} has offer "Contoso Managed Operations" deployed as registration definition 4d0ae11a-b336-5f49-8c35-6063e2b37aff, but the manifest names it 99999999-9999-4999-8999-999999999999: the deploy would create a second definition beside it\n`
      + '  fix: keep the deployed one: definitionId: 4d0ae11a-b336-5f49-8c35-6063e2b37aff on this delegation (`lighthouse-iac import <live export>` writes it)\n');
    expect(result.stderr).toContain('not written: 1 conflict with what is deployed\n');
    expect(existsSync(out)).toBe(false);
  });

  test('--adopt takes what is deployed, not a manifest or template (exit 2)', async () => {
    const out = join(tempDir(), 'cdktf.out');
    const result = await cli('synth', EXAMPLE, '--adopt', EXAMPLE, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: ${EXAMPLE}: ${EXAMPLE} is a manifest, but --adopt takes what is deployed: an az CLI export or \`terraform show -json\` state\n`
      + '  fix: pass az CLI output or Terraform JSON\nnothing was written\n');
    expect(existsSync(out)).toBe(false);
  });

  test('the output never replaces the live export it reads', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.json');
    writeFileSync(live, readFileSync(LIVE));
    const result = await cli('synth', EXAMPLE, '--adopt', live, '--out', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`refusing to write the synth output here: it contains the input file ${live}`);
    expect(readFileSync(live, 'utf8')).toBe(readFileSync(LIVE, 'utf8'));
  });
});
