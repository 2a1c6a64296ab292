import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { detectInputFormat } from '../../lib/import/detect';
import { importArm } from '../../lib/import/arm';
import { loadInput } from '../../lib/import/load-input';
import * as sourceDocument from '../../lib/source/source-document';
import { SourceDocument } from '../../lib/source/source-document';
import { InputError } from '../../lib/model/errors';
import { RoleCatalog } from '../../lib/roles/catalog';
import { writeTemp } from '../helpers/cli';

const roles = RoleCatalog.builtIn();
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

const ARM_TEMPLATE = {
  $schema: 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: {},
  resources: [
    {
      type: 'Microsoft.ManagedServices/registrationDefinitions',
      apiVersion: '2022-10-01',
      name: '1d1d1d1d-2e2e-4f3f-8a4a-5b5b5b5b5b5b',
      properties: {
        registrationDefinitionName: 'Detect Offer',
        managedByTenantId: '2e2e2e2e-3f3f-4a4a-8b5b-6c6c6c6c6c6c',
        authorizations: [{ principalId: '3f3f3f3f-4a4a-4b5b-8c6c-7d7d7d7d7d7d', roleDefinitionId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' }],
      },
    },
    {
      type: 'Microsoft.ManagedServices/registrationAssignments',
      apiVersion: '2022-10-01',
      name: '5c5c5c5c-6d6d-4e7e-8f8f-9a9a9a9a9a9a',
      dependsOn: ["[resourceId('Microsoft.ManagedServices/registrationDefinitions/', '1d1d1d1d-2e2e-4f3f-8a4a-5b5b5b5b5b5b')]"],
      properties: { registrationDefinitionId: "[resourceId('Microsoft.ManagedServices/registrationDefinitions/', '1d1d1d1d-2e2e-4f3f-8a4a-5b5b5b5b5b5b')]" },
    },
  ],
};

const ARM_PARAMETERS = {
  $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#',
  contentVersion: '1.0.0.0',
  parameters: { mspOfferName: { value: 'Offer' } },
};

describe('detectInputFormat', () => {
  test('manifest: an object with managingTenant or customers (YAML or JSON)', () => {
    expect(detectInputFormat({ managingTenant: { id: 'x' }, principals: {} })).toBe('manifest');
    expect(detectInputFormat({ customers: {} })).toBe('manifest');
  });

  test('ARM template: a deploymentTemplate $schema, or resources with contentVersion', () => {
    expect(detectInputFormat(ARM_TEMPLATE)).toBe('arm');
    expect(detectInputFormat({ $schema: 'https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#', resources: [] })).toBe('arm');
    expect(detectInputFormat({ contentVersion: '1.0.0.0', resources: [] })).toBe('arm');
    expect(detectInputFormat({ contentVersion: '1.0.0.0', languageVersion: '2.0', resources: { definition: {} } })).toBe('arm');
  });

  test('an ARM parameters file as the input is an error telling to pass the template with --parameters', () => {
    for (const data of [ARM_PARAMETERS, { contentVersion: '1.0.0.0', parameters: { mspOfferName: { value: 'Offer' } } }]) {
      let error: unknown;
      try {
        detectInputFormat(data, 'subscription.parameters.json');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problem).toBe('this is an ARM deployment parameters file, not a template');
      expect((error as InputError).fix).toContain('--parameters');
      expect((error as InputError).location?.file).toBe('subscription.parameters.json');
    }
  });

  test('Terraform: cdk.tf.json, *.tf.json (resource object or array), terraform show -json plan and state', () => {
    expect(detectInputFormat(json('test/fixtures/terraform/contoso-synth/fabrikam/cdk.tf.json'))).toBe('terraform');
    expect(detectInputFormat(json('test/fixtures/terraform/hand-written/lighthouse.tf.json'))).toBe('terraform');
    expect(detectInputFormat({ resource: { azurerm_lighthouse_assignment: {} } })).toBe('terraform');
    expect(detectInputFormat({ resource: [{ azurerm_lighthouse_definition: {} }] })).toBe('terraform');
    expect(detectInputFormat(json('test/fixtures/terraform/show/plan.json'))).toBe('terraform');
    expect(detectInputFormat(json('test/fixtures/terraform/show/state.json'))).toBe('terraform');
    // A configuration without Lighthouse resources is still Terraform (the importer then says what is missing).
    expect(detectInputFormat({ terraform: {}, resource: { azurerm_resource_group: {} } })).toBe('terraform');
    expect(detectInputFormat({ '//': { metadata: { stackName: 's' } }, terraform: {} })).toBe('terraform');
  });

  test('az CLI: arrays of registration definitions and/or assignments (by type or by properties); one object with id and type', () => {
    const definitions = json('test/fixtures/az-cli/definition-list.json') as unknown[];
    const assignments = json('test/fixtures/az-cli/assignment-list.json') as unknown[];
    expect(detectInputFormat(definitions)).toBe('az');
    expect(detectInputFormat(assignments)).toBe('az');
    expect(detectInputFormat([...definitions, ...assignments])).toBe('az');
    expect(detectInputFormat([{ properties: { registrationDefinitionId: '/subscriptions/x/providers/Microsoft.ManagedServices/registrationDefinitions/y' } }])).toBe('az');
    expect(detectInputFormat([{ properties: { managedByTenantId: 't' } }])).toBe('az');
    expect(detectInputFormat(definitions[0])).toBe('az');
  });

  test('anything else is undefined', () => {
    for (const data of [[], [1], [{ type: 'Microsoft.Compute/virtualMachines' }], 'text', 42, {}, { name: 'x' }, { format_version: '1.0' }]) {
      expect(detectInputFormat(data)).toBeUndefined();
    }
  });
});

function loadError(name: string, text: string, options: Record<string, unknown> = {}): InputError {
  const { file } = writeTemp(name, text);
  try {
    loadInput(file, { roles, ...options });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('loadInput', () => {
  test('dispatches by content to the manifest loader and every importer', () => {
    expect(loadInput('examples/contoso/lighthouse.yaml', { roles }).customers.map((c) => c.key)).toEqual(['fabrikam', 'northwind', 'tailspin']);
    expect(loadInput('test/fixtures/terraform/contoso-synth/northwind/cdk.tf.json', { roles }).delegations[0].name).toBe('Contoso Managed Security');
    expect(loadInput('test/fixtures/terraform/show/plan.json', { roles }).delegations).toHaveLength(2);
    expect(loadInput('test/fixtures/az-cli/assignment-list.json', { roles }).delegations).toHaveLength(2);
    const { file } = writeTemp('template.json', JSON.stringify(ARM_TEMPLATE, null, 2));
    const arm = loadInput(file, { roles, subscription: '4a4a4a4a-5b5b-4c6c-8d7d-8e8e8e8e8e8e' });
    expect(arm.delegations.map((d) => [d.name, d.subscriptionId])).toEqual([['Detect Offer', '4a4a4a4a-5b5b-4c6c-8d7d-8e8e8e8e8e8e']]);
  });

  test('reads an ARM template once: detection and the importer share one read', () => {
    const { file } = writeTemp('once.json', JSON.stringify(ARM_TEMPLATE, null, 2));
    // SourceDocument.read is how loadInput reads; readInputText (exported) is how the ARM importer read files itself.
    const documentReads = jest.spyOn(SourceDocument, 'read');
    const textReads = jest.spyOn(sourceDocument, 'readInputText');
    try {
      loadInput(file, { roles });
      expect(documentReads.mock.calls.map(([path]) => path)).toEqual([file]);
      expect(textReads).not.toHaveBeenCalled();
      importArm(file, { roles });
      expect(textReads.mock.calls.map(([path]) => path)).toEqual([file]);
    } finally {
      documentReads.mockRestore();
      textReads.mockRestore();
    }
  });

  test('--input-format skips detection', () => {
    const { file } = writeTemp('empty-list.json', '[]\n');
    expect(loadInput(file, { roles, inputFormat: 'az' }).delegations).toEqual([]);
    const error = loadError('manifest.json', readFileSync('examples/contoso/lighthouse.yaml', 'utf8'), { inputFormat: 'terraform' });
    expect(error.problem).toContain('no azurerm_lighthouse_definition');
  });

  test('unknown content lists the accepted kinds and --input-format', () => {
    const error = loadError('mystery.json', '{ "hello": "world" }\n');
    expect(error.problem).toContain('cannot tell what this input is');
    for (const kind of ['manifest', 'ARM deployment template', 'cdk.tf.json', 'terraform show -json', 'az managedservices definition list']) {
      expect(error.problem).toContain(kind);
    }
    expect(error.fix).toContain('--input-format (manifest, arm, terraform, az)');
    expect(error.location).toMatchObject({ line: 1, column: 1 });
  });

  test('an empty array says why it cannot be detected', () => {
    expect(loadError('list.json', '[]').problem).toContain('empty JSON array');
  });

  test('an ARM parameters file as the input', () => {
    expect(loadError('subscription.parameters.json', JSON.stringify(ARM_PARAMETERS)).fix).toContain('--parameters');
  });

  test('--parameters with an input that is not an ARM template', () => {
    expect(loadError('stack.tf.json', readFileSync('test/fixtures/terraform/hand-written/lighthouse.tf.json', 'utf8'), { parameters: 'p.json' }).problem)
      .toContain('--parameters is for ARM templates');
  });

  test('--subscription with an input that is not an ARM template (it names its own subscriptions)', () => {
    const error = loadError('stack.tf.json', readFileSync('test/fixtures/terraform/hand-written/lighthouse.tf.json', 'utf8'), { subscription: '55555555-5555-4555-8555-555555555555' });
    expect(error.problem).toMatch(/^--subscription is for ARM templates, but \S+stack\.tf\.json is Terraform JSON$/);
    expect(error.fix).toContain('leave out --subscription');
  });

  test('Terraform native syntax (.tf) is refused with the JSON alternatives', () => {
    const error = loadError('main.tf', 'resource "azurerm_lighthouse_definition" "x" {}\n');
    expect(error.problem).toContain('HCL');
    expect(error.fix).toContain('terraform show -json');
  });

  test('a missing file', () => {
    expect(() => loadInput('test/fixtures/does-not-exist.json', { roles })).toThrow('file not found');
  });
});

/** Every module `entry` reaches through static and dynamic imports: relative files, and package names. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'([^']+)'/g)) {
      const specifier = match[1];
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = join(dirname(file), specifier);
      const target = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
      if (target) visit(target);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(process.cwd(), f).split('\\').join('/')), packages: [...packages] };
}

test('loadInput and every importer never load cdktf or lib/constructs (import graph)', () => {
  const graph = importGraph(join(process.cwd(), 'lib/import/index.ts'));
  expect(graph.files).toEqual(expect.arrayContaining(['lib/import/load-input.ts', 'lib/import/terraform/index.ts', 'lib/import/az-cli/index.ts', 'lib/import/arm/index.ts']));
  expect(graph.files.filter((f) => f.startsWith('lib/constructs/'))).toEqual([]);
  expect(graph.packages.filter((p) => /^(cdktf|@cdktf\/|constructs)/.test(p))).toEqual([]);
});

describe('loadInput and JSON comments', () => {
  test('an ARM template with // and block comments is detected and imported, positions intact', () => {
    const file = join(__dirname, '../fixtures/arm/features/two-offers.json');
    expect(readFileSync(file, 'utf8')).toMatch(/\/\/|\/\*/);
    const plan = loadInput(file, { roles });
    expect(plan.delegations.length).toBe(2);
    expect(plan.delegations[0].source?.file).toBe(file);
  });

  test('an ARM template may open with comments (ARM accepts them): detected and imported, positions unchanged', () => {
    const text = `// Lighthouse onboarding\n/* generated */\n${JSON.stringify(ARM_TEMPLATE, null, 2)}`;
    const { file } = writeTemp('commented.json', text);
    const plan = loadInput(file, { roles });
    expect(plan.delegations.map((d) => d.name)).toEqual(['Detect Offer']);
    const line = text.split('\n').findIndex((l) => l.includes('"principalId"')) + 1;
    expect(plan.delegations[0].authorizations[0].principal.source).toMatchObject({ file, line });
  });

  test('text that only looks like comments stays what it is, and is decided in one pass (a line of slashes once took exponential time)', () => {
    for (const text of ['/'.repeat(5000) + 'x\n', '/* never closed\n{ "resources": [] }\n']) {
      const error = loadError('not-json.json', text);
      expect(error).toBeInstanceOf(InputError);
    }
  });
});
