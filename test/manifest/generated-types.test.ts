import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Not imported from scripts/manifest-types: that would load prettier inside jest.
const SCHEMA_FILE = 'schema/manifest.schema.json';
const TYPES_FILE = 'lib/manifest/manifest.generated.ts';
import { tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');

/** json-schema-to-typescript formats with prettier 3, which needs dynamic import(): run the script as a process. */
function gen(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/run-ts.js', 'scripts/gen-types.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('generated manifest types', () => {
  test(`${TYPES_FILE} is what \`npm run gen\` produces from ${SCHEMA_FILE} (run npm run gen if this fails)`, () => {
    const result = gen('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('the staleness check notices a schema change', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8'));
    schema.definitions.principal.properties.email = { type: 'string' };
    const changed = join(tempDir(), 'changed.schema.json');
    writeFileSync(changed, JSON.stringify(schema));
    const result = gen('--schema', changed);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('email?: string;');
    expect(result.stdout).not.toBe(readFileSync(join(ROOT, TYPES_FILE), 'utf8'));
  });
});
