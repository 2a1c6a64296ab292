import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifestText } from '../../lib/manifest/load';
import { backendProblems } from '../../lib/model/backend';
import { InputErrors } from '../../lib/model/errors';
import { cli, writeTemp } from '../helpers/cli';
import { BASE_MANIFEST } from '../helpers/manifests';

/** BASE_MANIFEST with a second customer (two stacks) and the given `settings:` block. */
function manifest(settings: string, customers = 2): string {
  const second = `  northwind:
    displayName: Northwind
    tenantId: 66666666-6666-6666-6666-666666666666
    delegations:
      - { offer: managed-ops, subscription: 77777777-7777-7777-7777-777777777777 }
`;
  return `${BASE_MANIFEST}${customers > 1 ? second : ''}settings:\n${settings}`;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function errorsOf(text: string): string[] {
  try {
    loadManifestText(text, 'm.yaml');
    return [];
  } catch (error) {
    return (error as InputErrors).errors.map((e) => e.message);
  }
}

describe('Terraform state is never lost or shared', () => {
  test.each([
    ['state.tfstate'],
    ['./terraform.{stack}.tfstate'],
    ['../{stack}.tfstate'],
    ['../../state/{stack}.tfstate'],
  ])('a local path inside the output directory (%s) is refused at its line, suggesting the default', (path) => {
    const text = manifest(`  backend: { type: local, path: "${path}" }\n`, 1);
    const [message] = errorsOf(text);
    expect(message).toMatch(new RegExp(`^m\\.yaml:${lineOf(text, 'backend:')}:\\d+ settings\\.backend\\.path: local state path .* is inside the output directory`));
    expect(message).toContain('fix: keep state outside the output, e.g. path: "../../../terraform.{stack}.tfstate"');
  });

  test.each([
    ['local', 'path', '  backend: { type: local, path: "../../../shared.tfstate" }\n', '"../../../shared.{stack}.tfstate"'],
    ['azurerm', 'key', '  backend: { type: azurerm, resourceGroupName: rg, storageAccountName: stlighthouse, containerName: c, key: lighthouse.tfstate }\n', '"lighthouse.{stack}.tfstate"'],
    ['cloud', 'workspace', '  backend: { type: cloud, organization: contoso, workspace: lighthouse }\n', '"lighthouse-{stack}"'],
  ])('with two stacks, a %s backend without {stack} in its %s is refused at the settings line', (_type, field, settings, suggestion) => {
    const text = manifest(settings);
    const [message] = errorsOf(text);
    expect(message).toMatch(new RegExp(`^m\\.yaml:${lineOf(text, 'backend:')}:\\d+ settings\\.backend\\.${field}: .* has no \\{stack\\}, so all 2 customer stacks would share one Terraform state`));
    expect(message).toContain(`fix: put {stack} into the ${field}, e.g. ${suggestion}`);
  });

  test('the {stack} forms pass, and one stack alone may use a fixed key', () => {
    expect(errorsOf(manifest('  backend: { type: local, path: "../../../state/{stack}.tfstate" }\n'))).toEqual([]);
    expect(errorsOf(manifest('  backend: { type: azurerm, resourceGroupName: rg, storageAccountName: stlighthouse, containerName: c, key: "lh/{stack}.tfstate" }\n'))).toEqual([]);
    expect(errorsOf(manifest('  backend: { type: cloud, organization: contoso, workspace: "lh-{stack}" }\n'))).toEqual([]);
    expect(errorsOf(manifest('  backend: { type: azurerm, resourceGroupName: rg, storageAccountName: stlighthouse, containerName: c, key: lighthouse.tfstate }\n', 1))).toEqual([]);
    expect(errorsOf(manifest('  cloud: AzureCloud\n'))).toEqual([]);
  });

  test('refused before anything is written: synth exits 2 and creates no output', async () => {
    const { dir, file } = writeTemp('m.yaml', manifest('  backend: { type: cloud, organization: contoso, workspace: lighthouse }\n'));
    const result = await cli('synth', file, '--out', join(dir, 'out'));
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('backendProblems is what the constructs use too', () => {
    expect(backendProblems({ type: 'local', path: '../../../terraform.{stack}.tfstate' }, 5)).toEqual([]);
    expect(backendProblems({ type: 'local', path: 'x.tfstate' }, 1).map((p) => p.field)).toEqual(['path']);
  });
});
