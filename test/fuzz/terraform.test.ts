import fc from 'fast-check';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { fixture, FUZZ_RUNS, fuzzSeed, mutants, runMutant } from '../helpers/fuzz';

const FIXTURES = join(__dirname, '../fixtures/terraform');

describe('fuzz: Terraform JSON', () => {
  const root = tempDir('lighthouse-fuzz-terraform-');

  test.each([
    ['a cdk.tf.json stack', 'contoso-synth/fabrikam/cdk.tf.json', 'cdk.tf.json', 20261205],
    ['a hand-written *.tf.json', 'hand-written/lighthouse.tf.json', 'lighthouse.tf.json', 20261206],
    ['terraform show -json of a plan', 'show/plan.json', 'plan.json', 20261207],
  ])('mutants of %s give exit 0, 1 or 2 with a location in the file, never a crash', async (_what, path, name, seed) => {
    await fc.assert(fc.asyncProperty(mutants(fixture(join(FIXTURES, path)), 'json'), async (text) => {
      await runMutant(root, [{ name, text }], ['--customer-tenant', '66666666-6666-4666-8666-666666666666'], false);
    }), { numRuns: Math.ceil(FUZZ_RUNS * 2 / 3), seed: fuzzSeed(seed) });
  }, 120_000);
});
