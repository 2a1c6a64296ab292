// Regenerates lib/roles/builtin-roles.json from an `az role definition list --output json` dump.
// Usage: node scripts/run-ts.js scripts/build-role-catalog.ts [dump.json] [out.json]   (npm run roles)
import { writeFileSync } from 'node:fs';
import { isInputError } from '../lib/model/errors';
import { deriveCatalog, formatCatalog } from '../lib/roles/derive';
import { readRoleDump } from '../lib/roles/read-dump';

const [dumpFile = '../shared/data/azure-builtin-roles.json', outFile = 'lib/roles/builtin-roles.json'] = process.argv.slice(2);

try {
  const data = deriveCatalog(readRoleDump(dumpFile), dumpFile);
  const text = formatCatalog(data);
  writeFileSync(outFile, text);
  const withDataActions = data.roles.filter((r) => r.dataActions || r.notDataActions).length;
  const withRestricted = data.roles.filter((r) => r.restrictedActions).length;
  console.log(
    `${outFile}: ${data.roles.length} built-in roles (snapshot ${data.snapshot}), ${withDataActions} with dataActions/notDataActions, ` +
      `${withRestricted} with restricted actions, ${Buffer.byteLength(text)} bytes`,
  );
} catch (error) {
  if (!isInputError(error)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
