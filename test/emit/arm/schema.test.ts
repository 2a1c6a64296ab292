import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import fc from 'fast-check';
import { armDeployments } from '../../../lib/emit/arm/deployments';
import { templateResources } from '../../../lib/emit/arm/walk';
import { ArmDeployment, ArmResource, JsonValue } from '../../../lib/emit/arm/types';
import { InputError } from '../../../lib/model/errors';
import { Plan } from '../../../lib/model/plan';
import { loadManifest, loadManifestText } from '../../../lib/manifest/load';
import { arbitraryManifest } from '../../helpers/arbitrary-manifest';
import { skipNotice } from '../../helpers/skip-notice';

/**
 * Every resource ARM export writes validates against Microsoft's published schema for Microsoft.ManagedServices
 * 2022-10-01 (../shared/data/arm-schema, draft-04; skipped with a notice when ../shared is absent) and against the
 * project's own, stricter schema (test/fixtures/arm-export, always). Each resource is checked twice: as written
 * (values are `[parameters('...')]` expressions, which the schemas allow where ARM allows them) and as deployed,
 * with the parameters file's values put in, so the authorizations, JIT policies and plans themselves are checked.
 */
const MICROSOFT_SCHEMA = join(__dirname, '../../../../shared/data/arm-schema/Microsoft.ManagedServices.2022-10-01.json');
const HAVE_MICROSOFT_SCHEMA = existsSync(MICROSOFT_SCHEMA);
if (!HAVE_MICROSOFT_SCHEMA) skipNotice(`validation against Microsoft's ARM schema: ../shared is absent (${MICROSOFT_SCHEMA})`);
const OWN_SCHEMA = join(__dirname, '../../fixtures/arm-export/managed-services.schema.json');

/**
 * Microsoft's schema refers to https://schema.management.azure.com/schemas/common/definitions.json for its
 * `expression` alternative; that file is not beside the project, so this stand-in declares the definition
 * with the same pattern (a string in brackets that does not start with `[[`, ARM's escape for a literal `[`).
 */
const COMMON_DEFINITIONS = {
  id: 'https://schema.management.azure.com/schemas/common/definitions.json#',
  $schema: 'http://json-schema.org/draft-04/schema#',
  definitions: { expression: { type: 'string', pattern: '^\\[([^\\[].*)?\\]$' } },
};

type Validate = (resource: unknown) => string[];

/** Resource type -> validator, from the definitions a schema file lists under `section`. */
function validators(file: string, section: string, namespace: string): Map<string, Validate> {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(COMMON_DEFINITIONS);
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  ajv.addSchema(schema);
  const id = String(schema.id).replace(/#$/, '');
  const result = new Map<string, Validate>();
  for (const name of Object.keys(schema[section])) {
    const validate = ajv.getSchema(`${id}#/${section}/${name}`);
    if (!validate) throw new Error(`${file}: cannot compile ${section}/${name}`);
    const type = name === 'deployments' ? 'Microsoft.Resources/deployments' : `${namespace}/${name}`;
    result.set(type, (resource) => (validate(resource) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)));
  }
  return result;
}

const microsoft = HAVE_MICROSOFT_SCHEMA ? validators(MICROSOFT_SCHEMA, 'unknown_resourceDefinitions', 'Microsoft.ManagedServices') : new Map<string, Validate>();
const own = validators(OWN_SCHEMA, 'resourceDefinitions', 'Microsoft.ManagedServices');

/** A copy of `value` with `[parameters('x')]` and `[parameters('x')[i].rgName]` replaced by the parameters file's values. */
function substitute(value: JsonValue, parameters: ArmDeployment['parameters']['parameters']): JsonValue {
  if (typeof value === 'string') {
    const whole = /^\[parameters\('(\w+)'\)\]$/.exec(value);
    if (whole) return parameters[whole[1]].value;
    const indexed = /^\[parameters\('(\w+)'\)\[(\d+)\]\.rgName\]$/.exec(value);
    if (indexed) return (parameters[indexed[1]].value as { rgName: string }[])[Number(indexed[2])].rgName;
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, parameters));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, parameters)]));
  return value;
}

/** Problems of every resource of a deployment, as written and as deployed, labelled by schema, form and resource. */
function problems(deployment: ArmDeployment, schemas: { name: string; validators: Map<string, Validate>; types: readonly string[] }[]): string[] {
  const deployed = substitute(deployment.template as unknown as JsonValue, deployment.parameters.parameters) as unknown as { resources: ArmResource[] };
  const found: string[] = [];
  for (const [form, template] of [['as written', deployment.template], ['as deployed', deployed]] as const) {
    for (const { resource } of templateResources(template)) {
      for (const schema of schemas) {
        if (!schema.types.includes(resource.type)) continue;
        const validate = schema.validators.get(resource.type);
        if (!validate) {
          found.push(`${schema.name}: no schema for ${resource.type}`);
          continue;
        }
        found.push(...validate(resource).map((e) => `${schema.name}, ${form}, ${resource.type} ${resource.name}: ${e}`));
      }
    }
  }
  // As deployed, nothing may still read a parameter: the parameters file supplied every value.
  const leftover = JSON.stringify(deployed.resources).match(/parameters\('/g);
  if (leftover) found.push(`as deployed: ${leftover.length} unresolved parameters() in the resources`);
  return found;
}

const MANAGED_SERVICES = ['Microsoft.ManagedServices/registrationDefinitions', 'Microsoft.ManagedServices/registrationAssignments'];
const ALL_TYPES = [...MANAGED_SERVICES, 'Microsoft.Resources/deployments'];
const SCHEMAS = [
  ...(HAVE_MICROSOFT_SCHEMA ? [{ name: 'Microsoft', validators: microsoft, types: MANAGED_SERVICES }] : []),
  { name: 'own', validators: own, types: ALL_TYPES },
];

const example = loadManifest(join(__dirname, '../../../examples/contoso/lighthouse.yaml'));

describe('exported resources against the ARM schemas', () => {
  (HAVE_MICROSOFT_SCHEMA ? test : test.skip)('Microsoft\'s schema defines both resource types, and the checks catch a broken resource', () => {
    expect([...microsoft.keys()].sort()).toEqual([...MANAGED_SERVICES].sort());
    const definitions = microsoft.get(MANAGED_SERVICES[0])!;
    expect(definitions({ type: MANAGED_SERVICES[0], apiVersion: '2019-06-01', name: 'x', properties: { authorizations: [] } }).join('\n'))
      .toMatch(/apiVersion[^]*managedByTenantId|managedByTenantId[^]*apiVersion/);
    expect(definitions({ type: MANAGED_SERVICES[0], apiVersion: '2022-10-01', name: 'x', properties: "[parameters('p')]" })).toEqual([]);
  });

  test('the own schema catches what the service rejects and what Microsoft\'s schema lets through', () => {
    const definitions = own.get(MANAGED_SERVICES[0])!;
    const base = { type: MANAGED_SERVICES[0], apiVersion: '2022-10-01', name: '11111111-1111-1111-1111-111111111111' };
    const properties = { registrationDefinitionName: 'x', managedByTenantId: '22222222-2222-2222-2222-222222222222' };
    expect(definitions({ ...base, properties: { ...properties, authorizations: [{ principalId: 'p', roleDefinitionId: 'r' }] } }).join('\n')).toMatch(/principalId/);
    expect(definitions({ ...base, properties: { ...properties, authorizations: [], eligibleAuthorizations: [{ principalId: base.name, roleDefinitionId: base.name, justInTimeAccessPolicy: { multiFactorAuthProvider: 'Yes', maximumActivationDuration: 'PT1H' } }] } }).join('\n')).toMatch(/multiFactorAuthProvider/);
    expect(own.get('Microsoft.Resources/deployments')!({ type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'x'.repeat(65), resourceGroup: 'rg', properties: { mode: 'Incremental', template: { $schema: 's', contentVersion: '1.0.0.0', resources: [{}] } } }).join('\n')).toMatch(/name/);
  });

  test('a bad value in the parameters file fails the check as deployed', () => {
    const deployment = armDeployments(example)[0];
    const eligible = deployment.parameters.parameters.eligibleAuthorizations.value as { justInTimeAccessPolicy: object }[];
    const broken: ArmDeployment = {
      ...deployment,
      parameters: {
        ...deployment.parameters,
        parameters: {
          ...deployment.parameters.parameters,
          eligibleAuthorizations: { value: [{ ...eligible[0], justInTimeAccessPolicy: { multiFactorAuthProvider: 'Yes' } }] },
        },
      },
    };
    const found = problems(broken, SCHEMAS);
    expect(found.filter((p) => p.startsWith('own, as deployed'))).not.toEqual([]);
    if (HAVE_MICROSOFT_SCHEMA) expect(found.filter((p) => p.startsWith('Microsoft, as deployed'))).not.toEqual([]);
    expect(found.filter((p) => p.includes('as written'))).toEqual([]);
  });

  test.each(armDeployments(example).map((d) => [`${d.customer}/${d.fileBase}`, d] as const))('the example: %s validates', (_, deployment) => {
    expect(templateResources(deployment.template).map((p) => p.resource.type).every((t) => ALL_TYPES.includes(t))).toBe(true);
    expect(problems(deployment, SCHEMAS)).toEqual([]);
  });

  test('property: every resource exported from a random valid manifest validates (or the input error says why it cannot be exported)', () => {
    fc.assert(fc.property(arbitraryManifest, (manifest) => {
      const plan = loadManifestText(JSON.stringify(manifest, null, 2), 'random.json');
      if (hasDuplicateDefinition(plan)) {
        expect(() => armDeployments(plan)).toThrow(InputError);
        return;
      }
      for (const deployment of armDeployments(plan)) expect(problems(deployment, SCHEMAS)).toEqual([]);
    }), { numRuns: 50, seed: 20261124 });
  });
});

/** The same offer twice on one subscription of one customer: one definition id twice, which no template can declare. */
function hasDuplicateDefinition(plan: Plan): boolean {
  const keys = plan.delegations.map((d) => `${d.customer} ${d.definitionId}`);
  return new Set(keys).size !== keys.length;
}
