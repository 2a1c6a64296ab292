import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Not imported from scripts/manifest-types: that would load prettier inside jest.
const SCHEMA_FILE = 'schema/manifest.schema.json';
const TYPES_FILE = 'lib/manifest/generated/manifest-types.ts';
const VALIDATOR_FILE = 'lib/manifest/generated/validate-manifest.ts';
import { tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');

/** json-schema-to-typescript formats with prettier 3, which needs dynamic import(): run the script as a process. */
function gen(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/run-ts.js', 'scripts/gen.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('files generated from the schemas', () => {
  test(`${TYPES_FILE} and the validators are what \`npm run gen\` produces from schema/ (run npm run gen if this fails)`, () => {
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

  test('the staleness check notices a schema change in the validator too', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8'));
    schema.definitions.principal.properties.email = { type: 'string', pattern: '^[^@]+@contoso\\.example$' };
    const changed = join(tempDir(), 'changed.schema.json');
    writeFileSync(changed, JSON.stringify(schema));
    const result = gen('--validator', changed);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('@contoso');
    expect(result.stdout).not.toBe(readFileSync(join(ROOT, VALIDATOR_FILE), 'utf8'));
  });

  test('the validators do not load the Ajv compiler at run time (only its small runtime helpers)', () => {
    const script = `require(${JSON.stringify(join(ROOT, 'dist/lib/manifest/validate.js'))});
      require(${JSON.stringify(join(ROOT, 'dist/lib/policy/policy-file.js'))});
      const ajv = Object.keys(require.cache).filter((f) => f.includes('/node_modules/ajv/'));
      process.stdout.write(JSON.stringify(ajv.map((f) => f.slice(f.indexOf('/node_modules/ajv/')))));`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const loaded: string[] = JSON.parse(result.stdout);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((f) => f.startsWith('/node_modules/ajv/dist/runtime/'))).toBe(true);
  });
});
