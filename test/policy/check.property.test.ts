import fc from 'fast-check';
import { ALL_RULES } from '../../policies';
import { loadManifestText } from '../../lib/manifest/load';
import { checkPlan } from '../../lib/policy/check';
import { arbitraryManifest } from '../helpers/arbitrary-manifest';

describe('check on random valid manifests', () => {
  test('never throws, never reports a crashed rule, and returns the same findings twice', () => {
    fc.assert(fc.property(arbitraryManifest, (manifest) => {
      const plan = loadManifestText(JSON.stringify(manifest, null, 2), 'random.json');
      const first = checkPlan(plan, { rules: ALL_RULES });
      const second = checkPlan(loadManifestText(JSON.stringify(manifest, null, 2), 'random.json'), { rules: ALL_RULES });
      expect(second).toEqual(first);
      expect(first.filter((f) => f.message.includes('failed on this input'))).toEqual([]);
      for (const finding of first) {
        expect(finding.location?.file).toBe('random.json');
        expect(finding.message.length).toBeGreaterThan(10);
      }
    }), { numRuns: 150, seed: 20261123 });
  });
});
