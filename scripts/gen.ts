// npm run gen: regenerate everything derived from a single source, so that nothing is written down twice:
//   from schema/manifest.schema.json:
//     lib/manifest/manifest.generated.ts          TypeScript types of the manifest (json-schema-to-typescript)
//     lib/manifest/manifest.validate.generated.ts the manifest's validator (Ajv standalone code)
//   from the rule catalog (ALL_RULES, with the parameters each rule declares):
//     schema/policy.schema.json                   the policy file's schema
//     lib/policy/policy.validate.generated.ts     its validator (Ajv standalone code)
//     policies/default.policy.yaml                the default policy, spelled out
//     policies/generated/rule-facts.ts            every rule's facts as data (for `lighthouse-iac rules`)
//     README.md                                   the rule table and the parameter table
//   from schema/manifest.schema.json again:
//     README.md                                   the manifest reference table (every field, required or not)
// Options:
//   --check                   exit 1 when a committed file differs from what its source generates
//   --schema <file>           print the manifest types generated from another schema file (used by tests)
//   --validator <file>        print the validator generated from another schema file (used by tests)
// (prettier, which json-schema-to-typescript uses, needs dynamic import(): tests run this as a process.)
import { readFileSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '../policies';
import { generateManifestTypes, SCHEMA_FILE, TYPES_FILE } from './manifest-types';
import {
  DEFAULT_POLICY_FILE, defaultPolicy, POLICY_SCHEMA_FILE, policySchema, README_FILE, readmeWithTables, RULE_FACTS_FILE, ruleFactsModule,
} from './rule-catalog-outputs';
import { generateValidator, MANIFEST_VALIDATOR, POLICY_VALIDATOR } from './schema-validators';
import { readmeWithManifestTable } from './manifest-reference';
import { SchemaNode } from '../lib/source/schema-describe';

const readJson = (file: string): object => JSON.parse(readFileSync(file, 'utf8'));

async function main(args: string[]): Promise<number> {
  const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const schemaOverride = option('--schema');
  if (schemaOverride !== undefined) {
    process.stdout.write(await generateManifestTypes(readJson(schemaOverride)));
    return 0;
  }
  const validatorOverride = option('--validator');
  if (validatorOverride !== undefined) {
    process.stdout.write(generateValidator(readJson(validatorOverride), validatorOverride));
    return 0;
  }
  const policySchemaText = policySchema(ALL_RULES);
  const outputs: Array<{ file: string; source: string; text: string }> = [
    { file: TYPES_FILE, source: SCHEMA_FILE, text: await generateManifestTypes(readJson(SCHEMA_FILE)) },
    { file: MANIFEST_VALIDATOR.outputFile, source: SCHEMA_FILE, text: generateValidator(readJson(SCHEMA_FILE), SCHEMA_FILE) },
    { file: POLICY_SCHEMA_FILE, source: 'the rule catalog', text: policySchemaText },
    { file: POLICY_VALIDATOR.outputFile, source: 'the rule catalog', text: generateValidator(JSON.parse(policySchemaText), POLICY_SCHEMA_FILE) },
    { file: DEFAULT_POLICY_FILE, source: 'the rule catalog', text: defaultPolicy(ALL_RULES) },
    { file: RULE_FACTS_FILE, source: 'the rule catalog', text: ruleFactsModule(ALL_RULES) },
    { file: README_FILE, source: 'the rule catalog and the manifest schema', text: readmeWithManifestTable(readmeWithTables(readFileSync(README_FILE, 'utf8'), ALL_RULES), readJson(SCHEMA_FILE) as SchemaNode) },
  ];
  if (args.includes('--check')) {
    const stale = outputs.filter((o) => readFileSync(o.file, { encoding: 'utf8', flag: 'r' }) !== o.text);
    for (const o of stale) console.error(`${o.file} is stale: ${o.source} changed. Run npm run gen and commit the result.`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const o of outputs) {
    writeFileSync(o.file, o.text);
    console.log(`wrote ${o.file}`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error) => {
  console.error(error);
  process.exitCode = 1;
});
