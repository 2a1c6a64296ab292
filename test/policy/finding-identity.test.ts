import fc from 'fast-check';
import { loadManifestText } from '../../lib/manifest/load';
import { checkPlan } from '../../lib/policy/check';
import { Finding } from '../../lib/policy/rule';
import { ALL_RULES } from '../../policies';
import { arbitraryManifest } from '../helpers/arbitrary-manifest';
import { planFrom } from './helpers';

/** Two offers that share one authorization set, both delegated on one subscription: the case that collided. */
const TWO_OFFERS = `managingTenant: { id: 11111111-1111-1111-1111-111111111111 }
principals:
  ops: { id: 22222222-2222-2222-2222-222222222222, displayName: Ops, type: group }
  noc: { id: 33333333-3333-3333-3333-333333333333, displayName: NOC, type: group }
authorizationSets:
  shared:
    - { principal: noc, role: Reader }
    - { principal: ops, role: Contributor }
    - { principal: ops, role: Monitoring Contributor, eligible: { requireMfa: false } }
offers:
  gold: { name: Gold, authorizations: [shared] }
  silver: { name: Silver, authorizations: [shared] }
customers:
  fabrikam:
    displayName: Fabrikam
    tenantId: 44444444-4444-4444-4444-444444444444
    delegations:
      - { offer: gold, subscription: 55555555-5555-5555-5555-555555555555 }
      - { offer: silver, subscription: 55555555-5555-5555-5555-555555555555 }
`;

function expectDistinct(findings: readonly Finding[]): void {
  expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  const messages = findings.map((f) => `${f.ruleId} ${f.message}`);
  expect(new Set(messages).size).toBe(messages.length);
}

describe('finding identity: the engine derives it from the subject', () => {
  test('two offers sharing a set on one subscription: LH203 and LH204 report one finding per offer, with distinct fingerprints and messages naming the offer', () => {
    const findings = checkPlan(planFrom(TWO_OFFERS), { rules: ALL_RULES });
    for (const id of ['LH203', 'LH204']) {
      const ofRule = findings.filter((f) => f.ruleId === id);
      expect(ofRule.map((f) => f.offer)).toEqual(['gold', 'silver']);
      expect(new Set(ofRule.map((f) => f.fingerprint)).size).toBe(2);
      expect(ofRule[0].message).toContain('subscription 55555555-5555-5555-5555-555555555555, offer gold');
      expect(ofRule[1].message).toContain('subscription 55555555-5555-5555-5555-555555555555, offer silver');
    }
    expectDistinct(findings);
  });

  test('a subscription with one delegation keeps messages without the offer', () => {
    const single = TWO_OFFERS.replace('      - { offer: silver, subscription: 55555555-5555-5555-5555-555555555555 }\n', '');
    const [lh203] = checkPlan(planFrom(single), { rules: ALL_RULES }).filter((f) => f.ruleId === 'LH203');
    expect(lh203.message).toBe('Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) is granted permanently to "Ops" (ops) in customer fabrikam, subscription 55555555-5555-5555-5555-555555555555: make it an eligible (just-in-time) authorization so that nobody holds it standing');
    expect(lh203).toMatchObject({ customer: 'fabrikam', subscription: '55555555-5555-5555-5555-555555555555', offer: 'gold', principal: 'ops', role: 'Contributor' });
  });

  test('fingerprints stay when lines move and when unrelated entries are added', () => {
    const before = checkPlan(planFrom(TWO_OFFERS), { rules: ALL_RULES }).filter((f) => f.ruleId === 'LH203');
    const moved = checkPlan(planFrom(`# moved\n${TWO_OFFERS.replace('  noc: {', '  extra: { id: 66666666-6666-6666-6666-666666666666, displayName: X, type: group }\n  noc: {')}`), { rules: ALL_RULES })
      .filter((f) => f.ruleId === 'LH203');
    expect(moved.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(moved[0].location!.line).toBe(before[0].location!.line + 2);
  });

  test('LH301 carries the customers it spans as data', () => {
    const two = `${TWO_OFFERS}  contoso:
    displayName: Contoso
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: gold, subscription: 88888888-8888-8888-8888-888888888888 }
`.replace('      - { offer: silver, subscription: 55555555-5555-5555-5555-555555555555 }\n', '');
    const lh301 = checkPlan(planFrom(two), { rules: ALL_RULES }).filter((f) => f.ruleId === 'LH301');
    expect(lh301.map((f) => [f.principal, f.customers, f.customer])).toEqual([['ops', ['contoso', 'fabrikam'], undefined], ['noc', ['contoso', 'fabrikam'], undefined]]);
  });

  test('property: on random manifests every finding has its own fingerprint and no two findings of a rule read the same', () => {
    fc.assert(fc.property(arbitraryManifest, (manifest) => {
      expectDistinct(checkPlan(loadManifestText(JSON.stringify(manifest, null, 2), 'random.json'), { rules: ALL_RULES }));
    }), { numRuns: 200, seed: 20261201 });
  });
});
