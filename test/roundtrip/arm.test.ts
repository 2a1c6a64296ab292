import { join } from 'node:path';
import fc from 'fast-check';
import { writeArm } from '../../lib/emit/arm';
import { importArm } from '../../lib/import/arm';
import { loadManifest, loadManifestText } from '../../lib/manifest/load';
import { InputError } from '../../lib/model/errors';
import { Plan } from '../../lib/model/plan';
import { RoleCatalog } from '../../lib/roles/catalog';
import { arbitraryManifest } from '../helpers/arbitrary-manifest';
import { tempDir } from '../helpers/cli';
import { normalizePlan } from '../helpers/normalize-plan';

const roles = RoleCatalog.builtIn();

/** manifest Plan -> ARM export on disk -> import of every template with its parameters file. */
function viaArm(plan: Plan) {
  const out = join(tempDir(), 'arm');
  const paths = writeArm(plan, out);
  return paths
    .filter((path) => path.endsWith('.json') && !path.endsWith('.parameters.json'))
    .flatMap((path) => {
      const template = join(out, ...path.split('/'));
      return importArm(template, { roles, parameters: template.replace(/\.json$/, '.parameters.json') }).delegations.map((d) => ({ plan: d, customer: d.customer, offer: d.offer }));
    });
}

describe('round trip: manifest -> ARM export -> import', () => {
  test('the Contoso example comes back as the same Plan, with customer and offer keys', () => {
    const plan = loadManifest(join(__dirname, '../../examples/contoso/lighthouse.yaml'));
    const imported = viaArm(plan);
    expect(normalizePlan({ ...plan, delegations: imported.map((i) => i.plan) })).toEqual(normalizePlan(plan));
    expect(imported.map((i) => `${i.customer}/${i.offer}`).sort()).toEqual(plan.delegations.map((d) => `${d.customer}/${d.offer}`).sort());
  });

  test('random valid manifests come back as the same Plan (authorizations, scopes, names, plan)', () => {
    let compared = 0;
    fc.assert(fc.property(arbitraryManifest, (manifest) => {
      const plan = loadManifestText(JSON.stringify(manifest), 'random.json');
      let imported;
      try {
        imported = viaArm(plan);
      } catch (error) {
        // The one input ARM export refuses (with a location): the same offer twice on one subscription.
        if (error instanceof InputError && /twice|merge/.test(error.message)) return;
        throw error;
      }
      compared++;
      expect(normalizePlan({ ...plan, delegations: imported.map((i) => i.plan) })).toEqual(normalizePlan(plan));
    }), { numRuns: 40, seed: 4242 });
    expect(compared).toBeGreaterThan(10);
  });
});
