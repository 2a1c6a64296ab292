// npm run gen: regenerate what is derived from the JSON Schemas in schema/:
//   lib/manifest/manifest.generated.ts          TypeScript types of the manifest (json-schema-to-typescript)
//   lib/manifest/manifest.validate.generated.ts the manifest's validator (Ajv standalone code)
//   lib/policy/policy.validate.generated.ts     the policy file's validator (Ajv standalone code)
// Options:
//   --check                   exit 1 when a committed file differs from what its schema generates
//   --schema <file>           print the manifest types generated from another schema file (used by tests)
//   --validator <file>        print the validator generated from another schema file (used by tests)
// (prettier, which json-schema-to-typescript uses, needs dynamic import(): tests run this as a process.)
import { readFileSync, writeFileSync } from 'node:fs';
import { generateManifestTypes, SCHEMA_FILE, TYPES_FILE } from './manifest-types';
import { generateValidator, VALIDATOR_TARGETS } from './schema-validators';

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
  const outputs: Array<{ file: string; source: string; text: string }> = [
    { file: TYPES_FILE, source: SCHEMA_FILE, text: await generateManifestTypes(readJson(SCHEMA_FILE)) },
    ...VALIDATOR_TARGETS.map((t) => ({ file: t.outputFile, source: t.schemaFile, text: generateValidator(readJson(t.schemaFile), t.schemaFile) })),
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
