import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { armDeployments } from '../../../lib/emit/arm/deployments';
import { templateResources } from '../../../lib/emit/arm/walk';
import { ArmDeployment, ArmResource } from '../../../lib/emit/arm/types';
import { loadManifest } from '../../../lib/manifest/load';
import { skipNotice } from '../../helpers/skip-notice';

/**
 * A customer deployment must have the structure of Microsoft's onboarding samples (issue 4): the definition at
 * the subscription, the assignment at the subscription (subscription.json) or inside a nested deployment scoped
 * to each resource group (rg.json, multi-rg.json), pointing back at the definition through resourceId().
 * Compared with the samples in ../shared when present, and always with the project's own equivalents.
 */
const corpus = join(__dirname, '../../../../shared/corpus/azure-lighthouse-samples/templates/delegated-resource-management');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) skipNotice(`the comparison with Microsoft's samples: ../shared is absent (${corpus})`);
const fixtures = join(__dirname, '../../fixtures/arm-export');

const plan = loadManifest(join(__dirname, '../../../examples/contoso/lighthouse.yaml'));
const deployments = armDeployments(plan);
const bySubscription = (id: string): ArmDeployment => deployments.find((d) => d.subscriptionId === id)!;

const CASES = [
  { sample: 'subscription/subscription.json', fixture: 'subscription.json', ours: () => bySubscription('8bf55ee3-2fa2-4121-8b6b-a01fa8084f12') },
  { sample: 'rg/rg.json', fixture: 'rg.json', ours: () => bySubscription('c4d58042-224e-43ba-bfa7-4906bc988cf0') },
  { sample: 'rg/multi-rg.json', fixture: 'multi-rg.json', ours: () => bySubscription('9525d470-7435-412c-ae90-65c853fb8078') },
];

const DEFINITION_REF = /^\[resourceId\('Microsoft\.ManagedServices\/registrationDefinitions\/', /;

/** What the structure is made of, without names, API versions or copy loops: one line per kind of resource. */
function shape(template: { resources: readonly ArmResource[] }): string[] {
  const lines = templateResources(template).map(({ resource, resourceGroup }) => {
    const parts = [resource.type.split('/')[1], resourceGroup === undefined ? 'at the subscription' : 'in a resource group'];
    const dependsOn = (resource.dependsOn ?? []) as string[];
    if (dependsOn.some((d) => DEFINITION_REF.test(d))) parts.push('depends on the definition');
    const properties = resource.properties as Record<string, any>;
    if (resource.type === 'Microsoft.Resources/deployments') {
      parts.push(`resourceGroup ${typeof resource.resourceGroup === 'string' ? 'set' : 'missing'}`, `mode ${properties.mode}`);
    }
    if (resource.type === 'Microsoft.ManagedServices/registrationAssignments') {
      parts.push(DEFINITION_REF.test(properties.registrationDefinitionId) ? 'registrationDefinitionId = resourceId(definition)' : 'registrationDefinitionId other');
    }
    return parts.join(', ');
  });
  return [...new Set(lines)].sort();
}

function readTemplate(file: string) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe.each(CASES)('structure of $sample', ({ sample, fixture, ours }) => {
  (haveCorpus ? test : test.skip)('ours matches Microsoft\'s sample', () => {
    expect(shape(ours().template)).toEqual(shape(readTemplate(join(corpus, sample))));
  });

  (haveCorpus ? test : test.skip)('the project\'s fixture is equivalent to the sample', () => {
    expect(shape(readTemplate(join(fixtures, fixture)))).toEqual(shape(readTemplate(join(corpus, sample))));
    expect(Object.keys(readTemplate(join(fixtures, fixture)).parameters)).toEqual(Object.keys(readTemplate(join(corpus, sample)).parameters));
  });

  test('ours matches the project\'s equivalent fixture', () => {
    expect(shape(ours().template)).toEqual(shape(readTemplate(join(fixtures, fixture))));
  });

  test('ours declares every parameter the sample declares', () => {
    expect(Object.keys(ours().template.parameters)).toEqual(expect.arrayContaining(Object.keys(readTemplate(join(fixtures, fixture)).parameters)));
  });
});

describe('structure, asserted directly', () => {
  test('definitions only at the subscription; a resource-group assignment only inside a nested deployment scoped to its group', () => {
    for (const deployment of deployments) {
      for (const { resource, resourceGroup } of templateResources(deployment.template)) {
        if (resource.type === 'Microsoft.ManagedServices/registrationDefinitions') expect(resourceGroup).toBeUndefined();
        if (resource.type === 'Microsoft.Resources/deployments') {
          expect(resourceGroup).toBeUndefined();
          expect(resource.resourceGroup).toEqual(expect.any(String));
          expect((resource.properties as any).template.resources.map((r: ArmResource) => r.type)).toEqual(['Microsoft.ManagedServices/registrationAssignments']);
        }
      }
    }
  });

  test('one assignment per delegated scope, each referring to a definition of the same template', () => {
    for (const deployment of deployments) {
      const placed = templateResources(deployment.template);
      const definitions = placed.filter((p) => p.resource.type === 'Microsoft.ManagedServices/registrationDefinitions').map((p) => p.resource.name);
      const assignments = placed.filter((p) => p.resource.type === 'Microsoft.ManagedServices/registrationAssignments');
      const delegations = plan.delegations.filter((d) => d.customer === deployment.customer && d.subscriptionId === deployment.subscriptionId);
      expect(definitions).toEqual(delegations.map((d) => d.definitionId));
      expect(assignments.map((p) => p.resource.name)).toEqual(delegations.flatMap((d) => d.scopes.map((s) => s.assignmentName)));
      for (const { resource } of assignments) {
        const ref = /^\[resourceId\('Microsoft\.ManagedServices\/registrationDefinitions\/', '([0-9a-f-]{36})'\)\]$/.exec((resource.properties as any).registrationDefinitionId);
        expect(definitions).toContain(ref?.[1]);
      }
    }
  });

  test('every nested deployment targets a resource group the parameters file names, and each resource group once per offer', () => {
    const d = bySubscription('9525d470-7435-412c-ae90-65c853fb8078');
    const groups = d.template.resources.filter((r) => r.type === 'Microsoft.Resources/deployments').map((r) => {
      const match = /^\[parameters\('resourceGroups'\)\[(\d+)\]\.rgName\]$/.exec(String(r.resourceGroup));
      return (d.parameters.parameters.resourceGroups.value as { rgName: string }[])[Number(match![1])].rgName;
    });
    expect(groups).toEqual(['rg-web', 'rg-data']);
  });
});
