import fc from 'fast-check';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { fixture, FUZZ_RUNS, fuzzSeed, mutants, runMutant } from '../helpers/fuzz';

const FIXTURES = join(__dirname, '../fixtures/az-cli');

describe('fuzz: az CLI exports', () => {
  const root = tempDir('lighthouse-fuzz-az-');

  test.each([
    ['az managedservices assignment list --include-definition', 'assignment-list.json', 20261208],
    ['az managedservices definition list', 'definition-list.json', 20261209],
  ])('mutants of `%s` give exit 0, 1 or 2 with a location in the file, never a crash', async (_what, name, seed) => {
    await fc.assert(fc.asyncProperty(mutants(fixture(join(FIXTURES, name)), 'json'), async (text) => {
      await runMutant(root, [{ name, text }], [], false);
    }), { numRuns: FUZZ_RUNS, seed: fuzzSeed(seed) });
  }, 120_000);
});
