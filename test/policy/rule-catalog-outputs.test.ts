import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../policies';
import { defaultPolicy, policySchema, readmeWithTables } from '../../scripts/rule-catalog-outputs';
import { readmeWithManifestTable } from '../../scripts/manifest-reference';
import { LH299_LongActivation as EXAMPLE_RULE, MAXIMUM_ACTIVATION_HOURS as MAX_APPROVAL_HOURS } from './example-rule/lh299-long-activation';

const ROOT = join(__dirname, '../..');

describe('what npm run gen derives from the rule catalog', () => {
  test('the committed policy schema, default policy and README tables are what the catalog generates (npm run gen if this fails)', () => {
    expect(readFileSync(join(ROOT, 'schema/policy.schema.json'), 'utf8')).toBe(policySchema(ALL_RULES));
    expect(readFileSync(join(ROOT, 'policies/default.policy.yaml'), 'utf8')).toBe(defaultPolicy(ALL_RULES));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readmeWithTables(readme, ALL_RULES)).toBe(readme);
  });

  test('the README manifest table is what the manifest schema says: every optional field marked optional (npm run gen if this fails)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/manifest.schema.json'), 'utf8'));
    expect(readmeWithManifestTable(readme, schema)).toBe(readme);
    expect(readme).toContain('| `offers.<key>.description` | no |');
    expect(readme).toContain('| `customers.<key>.displayName` | no |');
    expect(readme).toContain('| `customers.<key>.tenantId` | yes |');
    expect(readme).toContain('| `settings.backend.storageAccountName` | with `type: azurerm` |');
  });

  test('a new rule with a parameter appears in all three with nothing else to edit', () => {
    const rules = [...ALL_RULES, EXAMPLE_RULE];
    const schema = JSON.parse(policySchema(rules));
    expect(schema.properties.parameters.properties.maximumActivationHours).toEqual({
      type: 'integer', minimum: 1, description: 'LH299: The longest just-in-time activation the organisation allows, in hours.', default: 4,
    });
    expect(schema.properties.packs.properties['best-practice'].description).toBe('LH201-LH299: what Microsoft recommends');
    expect(defaultPolicy(rules)).toContain('  maximumActivationHours: 4          # LH299: The longest just-in-time activation the organisation allows, in hours.');
    const readme = readmeWithTables(readFileSync(join(ROOT, 'README.md'), 'utf8'), rules);
    expect(readme).toContain('| LH299 | best-practice | warning | Activation longer than the organisation allows |');
    expect(readme).toContain('| `maximumActivationHours` | LH299 | `4` | The longest just-in-time activation the organisation allows, in hours. |');
  });

  test('two rules that declare one parameter differently are a bug the generator reports', () => {
    const clash = { ...EXAMPLE_RULE, id: 'LH298', parameters: [{ ...MAX_APPROVAL_HOURS, default: 8 }] };
    expect(() => policySchema([...ALL_RULES, EXAMPLE_RULE, clash])).toThrow('rule LH298 declares parameter maximumActivationHours unlike another rule does');
  });
});
