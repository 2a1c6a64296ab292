import fc from 'fast-check';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from '../helpers/cli';
import { fixture, FUZZ_RUNS, fuzzSeed, mutants, runMutant } from '../helpers/fuzz';

const EXAMPLE = fixture(join(__dirname, '../../examples/contoso/lighthouse.yaml'));

describe('fuzz: manifests (YAML and JSON)', () => {
  const root = tempDir('lighthouse-fuzz-manifest-');
  let n = 0;

  test('mutants of the example give exit 0, 1 or 2 with a location in the file, never a crash', async () => {
    await fc.assert(fc.asyncProperty(mutants(EXAMPLE, 'yaml'), async (text) => {
      await runMutant(root, [{ name: 'lighthouse.yaml', text }], [], n++ % 15 === 0);
    }), { numRuns: FUZZ_RUNS, seed: fuzzSeed(20261201) });
  }, 120_000);

  test('the same as JSON', async () => {
    await fc.assert(fc.asyncProperty(mutants(JSON.stringify(parse(EXAMPLE), null, 2), 'json'), async (text) => {
      await runMutant(root, [{ name: 'lighthouse.json', text }], [], false);
    }), { numRuns: FUZZ_RUNS, seed: fuzzSeed(20261202) });
  }, 120_000);
});
