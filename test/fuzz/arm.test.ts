import fc from 'fast-check';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { fixture, FUZZ_RUNS, fuzzSeed, mutants, runMutant } from '../helpers/fuzz';

const FIXTURES = join(__dirname, '../fixtures/arm/eligible/rg');
const TEMPLATE = fixture(join(FIXTURES, 'multiple-rg-managing-tenant-approvers.json'));
const PARAMETERS = fixture(join(FIXTURES, 'multiple-rg-managing-tenant-approvers.parameters.json'));
const ARGS = ['--parameters', '{template.parameters.json}', '--subscription', '55555555-5555-4555-8555-555555555555', '--customer-tenant', '66666666-6666-4666-8666-666666666666'];

describe('fuzz: ARM templates and parameters files', () => {
  const root = tempDir('lighthouse-fuzz-arm-');

  test('mutants of a template give exit 0, 1 or 2 with a location in the file, never a crash', async () => {
    await fc.assert(fc.asyncProperty(mutants(TEMPLATE, 'json'), async (text) => {
      await runMutant(root, [{ name: 'template.json', text }, { name: 'template.parameters.json', text: PARAMETERS }], ARGS, false);
    }), { numRuns: FUZZ_RUNS, seed: fuzzSeed(20261203) });
  }, 120_000);

  test('mutants of its parameters file too', async () => {
    await fc.assert(fc.asyncProperty(mutants(PARAMETERS, 'json'), async (text) => {
      await runMutant(root, [{ name: 'template.json', text: TEMPLATE }, { name: 'template.parameters.json', text }], ARGS, false);
    }), { numRuns: FUZZ_RUNS, seed: fuzzSeed(20261204) });
  }, 120_000);
});
