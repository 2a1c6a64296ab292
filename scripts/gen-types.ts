// npm run gen: regenerate lib/manifest/manifest.generated.ts from schema/manifest.schema.json.
//   --check            exit 1 when the committed file differs from what the schema generates
//   --schema <file>    generate from another schema file and print to stdout (used by tests)
// (prettier, which json-schema-to-typescript uses, needs dynamic import(): tests run this as a process.)
import { readFileSync, writeFileSync } from 'node:fs';
import { generateManifestTypes, SCHEMA_FILE, TYPES_FILE } from './manifest-types';

async function main(args: string[]): Promise<number> {
  const schemaAt = args.indexOf('--schema');
  const schemaFile = schemaAt >= 0 ? args[schemaAt + 1] : SCHEMA_FILE;
  const generated = await generateManifestTypes(JSON.parse(readFileSync(schemaFile, 'utf8')));
  if (schemaAt >= 0) {
    process.stdout.write(generated);
    return 0;
  }
  if (args.includes('--check')) {
    if (readFileSync(TYPES_FILE, 'utf8') === generated) return 0;
    console.error(`${TYPES_FILE} is stale: ${SCHEMA_FILE} changed. Run npm run gen and commit the result.`);
    return 1;
  }
  writeFileSync(TYPES_FILE, generated);
  console.log(`wrote ${TYPES_FILE}`);
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error) => {
  console.error(error);
  process.exitCode = 1;
});
