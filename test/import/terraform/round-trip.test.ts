import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizePlan } from '../../../lib/constructs/plan-app';
import { importTerraformJson } from '../../../lib/import/terraform';
import { loadManifest, loadManifestText } from '../../../lib/manifest/load';
import { sanitizeKey } from '../../../lib/model/ids';
import { Plan } from '../../../lib/model/plan';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { arbitraryManifest } from '../../helpers/arbitrary-manifest';
import { normalizePlan } from '../../helpers/normalize-plan';

const roles = RoleCatalog.builtIn();
const root = mkdtempSync(join(tmpdir(), 'lh-tf-round-trip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/** manifest Plan -> synth (in-process) -> importTerraformJson of every stack. */
function roundTrip(plan: Plan): Plan[] {
  const out = join(root, `out-${++runs}`);
  synthesizePlan(plan, out);
  const stacks = readdirSync(join(out, 'stacks')).sort();
  const imported = stacks.map((stack) => importTerraformJson(join(out, 'stacks', stack, 'cdk.tf.json'), { roles }));
  rmSync(out, { recursive: true, force: true });
  return imported;
}

function expectSamePlan(manifest: Plan, imported: Plan[]): void {
  expect(normalizePlan({ ...manifest, delegations: imported.flatMap((p) => p.delegations) })).toEqual(normalizePlan(manifest));
  for (const plan of imported) {
    expect(plan.settings.cloud).toBe(manifest.settings.cloud);
    expect(plan.settings.backend).toEqual({ ...manifest.settings.backend, source: undefined });
    const [customer] = plan.customers;
    const original = manifest.customers.find((c) => sanitizeKey(c.key) === customer.key)!;
    expect(customer.tenantId).toBe(original.tenantId);
    // cdktf writes resources sorted by name, so delegations come back in that order (normalizePlan sorts them too).
    expect(plan.delegations.map((d) => d.offer).sort()).toEqual(manifest.delegations.filter((d) => d.customer === original.key).map((d) => sanitizeKey(d.offer)).sort());
  }
}

/** Two delegations of one offer to one subscription of a customer are one construct id: synth rejects them. */
function synthesizable(plan: Plan): boolean {
  const ids = plan.delegations.map((d) => `${d.customer}/${sanitizeKey(`${d.offer}-${d.subscriptionId}`)}`);
  return new Set(ids).size === ids.length;
}

describe('round trip: manifest -> synth -> Terraform JSON import', () => {
  test('examples/contoso gives the same Plan (authorizations, scopes, names, ids, plan, tenants, settings)', () => {
    const manifest = loadManifest('examples/contoso/lighthouse.yaml', { roles });
    expectSamePlan(manifest, roundTrip(manifest));
  });

  test('random manifests give the same Plan', () => {
    fc.assert(fc.property(arbitraryManifest, (manifest) => {
      const plan = loadManifestText(JSON.stringify(manifest, null, 2), 'random.json', { roles });
      fc.pre(synthesizable(plan));
      expectSamePlan(plan, roundTrip(plan));
    }), { numRuns: 25, seed: 20261124 });
  });
});
