import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeArm } from '../../lib/emit/arm';
import { writeManifest } from '../../lib/emit/manifest/plan-to-manifest';
import { loadInput } from '../../lib/import/load-input';
import { loadManifest, loadManifestText } from '../../lib/manifest/load';
import { Plan } from '../../lib/model/plan';
import { RoleCatalog } from '../../lib/roles/catalog';
import { resources, synthToDir, useTempRoot } from '../constructs/synth-helpers';
import { tempDir } from '../helpers/cli';
import { skipNotice } from '../helpers/skip-notice';

/**
 * Adoption (issue 13): import -> manifest -> synth (and arm) reproduces the registration definition ids and assignment names
 * the source deployed, exactly, so that a deploy from the manifest updates the delegations in place instead of
 * creating new ones beside them. For every sample of Microsoft's Azure-Lighthouse-samples (../shared corpus; skipped
 * with a notice when absent) and its twin in test/fixtures/arm, for this tool's own ARM export and synth output,
 * and for the az CLI and Terraform state fixtures.
 */

const roles = RoleCatalog.builtIn();
const nextDir = useTempRoot();
const corpus = join(__dirname, '../../../shared/corpus/azure-lighthouse-samples/templates');
const fixtures = join(__dirname, '../fixtures');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) skipNotice('the Azure-Lighthouse-samples corpus cases of the deployed-ids round trip: ../shared is absent');

/** Where an ARM template is deployed: templates do not say, so the import is told (as `--subscription` does). */
const SUBSCRIPTION = '5d9c1f3e-8a2b-4c6d-9e0f-1a2b3c4d5e6f';
const CUSTOMER_TENANT = '7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1f0e';

/** Deployed ids: definitions as `<subscription>/<definition id>`, assignments as `<scope>/<assignment name>`. */
interface Ids {
  readonly definitions: string[];
  readonly assignments: string[];
}

function idsOfPlan(plan: Plan): Ids {
  return {
    definitions: plan.delegations.map((d) => `${d.subscriptionId.toLowerCase()}/${d.definitionId.toLowerCase()}`).sort(),
    assignments: plan.delegations.flatMap((d) => d.scopes.map((s) => `${s.id.toLowerCase()}/${s.assignmentName.toLowerCase()}`)).sort(),
  };
}

/** What the synthesized stacks deploy, read from cdk.tf.json. */
function idsOfSynth(plan: Plan): Ids {
  const { stacks } = synthToDir(plan, nextDir());
  const definitions: string[] = [];
  const assignments: string[] = [];
  for (const stack of Object.values(stacks)) {
    for (const d of Object.values(resources(stack, 'azurerm_lighthouse_definition'))) definitions.push(`${d.scope.replace('/subscriptions/', '')}/${d.lighthouse_definition_id}`);
    for (const a of Object.values(resources(stack, 'azurerm_lighthouse_assignment'))) assignments.push(`${a.scope.toLowerCase()}/${a.name}`);
  }
  return { definitions: definitions.sort(), assignments: assignments.sort() };
}

/** import -> manifest text -> loaded manifest; the manifest must say nothing about creating new delegations. */
function viaManifest(source: Plan): Plan {
  const { text } = writeManifest(source);
  expect(text).not.toMatch(/creates a new definition|remove the old delegation/);
  return loadManifestText(text, 'imported.yaml');
}

/** What the ARM export deploys: its templates read back (resource names are the ids). */
function idsOfArm(plan: Plan): Ids {
  const out = join(tempDir(), 'arm');
  const templates = writeArm(plan, out).filter((path) => path.endsWith('.json') && !path.endsWith('.parameters.json'));
  const delegations = templates.flatMap((path) => {
    const template = join(out, ...path.split('/'));
    return loadInput(template, { roles, parameters: template.replace(/\.json$/, '.parameters.json') }).delegations;
  });
  return idsOfPlan({ ...plan, delegations });
}

function expectSameIds(source: Plan): void {
  const manifest = viaManifest(source);
  const expected = idsOfPlan(source);
  expect(idsOfPlan(manifest)).toEqual(expected);
  expect(idsOfSynth(manifest)).toEqual(expected);
  expect(idsOfArm(manifest)).toEqual(expected);
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** Templates with their parameters file (`x.json` + `x.parameters.json`; `multi-rg.json` + `multiple-rg.parameters.json`). */
function armPairs(root: string): Array<[string, string]> {
  return files(root)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.parameters.json'))
    .flatMap((template): Array<[string, string]> => {
      const base = template.slice(0, -'.json'.length);
      const parameters = [`${base}.parameters.json`, `${base.replace(/\/multi-([^/]*)$/, '/multiple-$1')}.parameters.json`].find(existsSync);
      return parameters ? [[template, parameters]] : [];
    });
}

function importTemplate(template: string, parameters: string): Plan {
  return loadInput(template, { roles, parameters, subscription: SUBSCRIPTION, customerTenant: CUSTOMER_TENANT, customer: 'customer' });
}

const corpusPairs = haveCorpus ? armPairs(corpus) : [];
const twinPairs: Array<[string, string]> = [
  ...['subscription', 'rg', 'eligible', 'marketplace'].flatMap((dir) => armPairs(join(fixtures, 'arm', dir))),
  [join(fixtures, 'arm/marketplace/marketplace.json'), join(fixtures, 'arm/marketplace/marketplace-no-plan.parameters.json')],
];

describe('deployed ids survive import -> manifest -> synth', () => {
  test('every sample of the corpus and every twin has a case', () => {
    if (haveCorpus) expect(corpusPairs.length).toBe(10);
    expect(twinPairs.length).toBe(11);
  });

  (haveCorpus ? test.each(corpusPairs.map(([t, p]) => [relative(corpus, p), t, p])) : test.skip.each([['(corpus absent)', '', '']]))(
    'Microsoft sample %s', (_name, template, parameters) => {
      const plan = importTemplate(template, parameters);
      // The samples name definitions guid(mspOfferName) (multi-rg: guid(rgName)), not what this tool derives.
      expect(viaManifest(plan).delegations.every((d) => d.definitionId !== '')).toBe(true);
      expectSameIds(plan);
    });

  test.each(twinPairs.map(([t, p]) => [relative(fixtures, p), t, p]))('twin %s', (_name, template, parameters) => {
    expectSameIds(importTemplate(template, parameters));
  });

  test('multi-rg: one definition per resource group stays one per group, each its own Terraform delegation', () => {
    const [template, parameters] = twinPairs.find(([t]) => t.endsWith('/rg/multi-rg.json'))!;
    const manifest = viaManifest(importTemplate(template, parameters));
    expect(manifest.delegations.map((d) => d.scopes.map((s) => s.resourceGroup))).toEqual([['rg-northwind-web'], ['rg-northwind-data'], ['rg-northwind-ops']]);
    const { stacks } = synthToDir(manifest, nextDir());
    expect(Object.keys(resources(stacks.customer, 'azurerm_lighthouse_definition'))).toEqual(
      manifest.delegations.map((d) => `northwind-cloud-operations-${SUBSCRIPTION}-${d.definitionId}_definition`).sort());
  });

  test('this tool\'s ARM export of the example', () => {
    const example = loadManifest(join(__dirname, '../../examples/contoso/lighthouse.yaml'));
    const out = join(tempDir(), 'arm');
    const templates = writeArm(example, out).filter((path) => path.endsWith('.json') && !path.endsWith('.parameters.json'));
    expect(templates.length).toBe(4);
    for (const path of templates) {
      const template = join(out, ...path.split('/'));
      const plan = loadInput(template, { roles, parameters: template.replace(/\.json$/, '.parameters.json') });
      expect(idsOfPlan(plan)).toEqual(idsOfPlan({ ...example, delegations: example.delegations.filter((d) => plan.delegations.some((i) => i.definitionId === d.definitionId)) }));
      expectSameIds(plan);
      // Our own output reads back with the manifest's keys, so nothing needs pinning.
      expect(writeManifest(plan).text).not.toMatch(/definitionId|assignmentName/);
    }
  });

  test.each(files(join(fixtures, 'terraform/contoso-synth')).map((f) => [relative(fixtures, f), f]))('this tool\'s synth output %s', (_name, file) => {
    const plan = loadInput(file, { roles });
    expectSameIds(plan);
    expect(writeManifest(plan).text).not.toMatch(/definitionId|assignmentName/);
  });

  // Live exports with assignments (a definition list alone assigns nothing, so it has no assignment names to keep).
  test.each(['az-cli/assignment-list.json', 'terraform/show/state.json'])('export %s', (file) => {
    expectSameIds(loadInput(join(fixtures, file), { roles }));
  });
});
