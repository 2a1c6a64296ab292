import * as api from '../lib';

test('the package root exposes the manifest, model, roles and constructs APIs', () => {
  for (const name of ['loadManifest', 'loadManifestText', 'armGuid', 'registrationDefinitionGuid', 'RoleCatalog', 'InputError', 'buildApp', 'synthesizePlan', 'LighthouseDelegation', 'CustomerStack']) {
    expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  }
});
