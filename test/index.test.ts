import * as api from '../lib';

test('the package root exposes the manifest, model, roles, policy, import, emit and constructs APIs', () => {
  for (const name of ['loadManifest', 'loadManifestText', 'armGuid', 'registrationDefinitionGuid', 'RoleCatalog', 'InputError', 'buildApp', 'synthesizePlan', 'LighthouseDelegation', 'CustomerStack', 'PolicyChecks', 'checkPlan', 'resolveRoleIds', 'loadInput', 'importArm', 'importTerraformJson', 'importAzCli', 'armDeployments', 'writeArm', 'partnerCenterPlans', 'planToManifest', 'requireDistinctIdentities', 'matchAdoption']) {
    expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  }
});

test('the package root exposes the rule catalog', () => {
  expect((api as unknown as { ALL_RULES: unknown[] }).ALL_RULES).toHaveLength(37);
});
