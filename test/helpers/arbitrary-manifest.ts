import fc from 'fast-check';
import { LighthouseManifest } from '../../lib/manifest/generated/manifest-types';

/**
 * Random schema-valid manifests for property tests: small, but covering what rules care about — every
 * principal type, roles the service rejects (Owner, DataActions, restricted actions) next to ordinary
 * ones, UAA with and without delegated roles, eligible authorizations with odd durations and approvers,
 * shared principals across customers, plans, national clouds, suppressions.
 */
const ROLES = [
  'Reader', 'Contributor', 'Owner', 'User Access Administrator', 'Managed Services Registration assignment Delete Role',
  'Log Analytics Contributor', 'Security Admin', 'Role Based Access Control Administrator', 'Monitoring Contributor',
  '0d0d0d0d-0000-4000-8000-000000000000', // a GUID that is no built-in role
];
const DURATIONS = ['PT30M', 'PT1H', 'PT4H', 'PT8H', 'PT9H', 'PT10M', 'P1D', 'PT1H30M'];
const PRINCIPAL_KEYS = ['p0', 'p1', 'p2', 'p3', 'p4'];

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
export const guid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));

const authorization = fc.record({
  principal: fc.constantFrom(...PRINCIPAL_KEYS),
  role: fc.constantFrom(...ROLES),
  delegatedRoles: fc.option(fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  eligible: fc.option(fc.record({
    maxActivation: fc.constantFrom(...DURATIONS),
    requireMfa: fc.boolean(),
    approvers: fc.uniqueArray(fc.constantFrom(...PRINCIPAL_KEYS), { maxLength: 3 }),
  }), { nil: undefined }),
}).map(({ delegatedRoles, eligible, ...rest }) => ({ ...rest, ...(delegatedRoles && { delegatedRoles }), ...(eligible && { eligible }) }));

export const arbitraryManifest: fc.Arbitrary<LighthouseManifest> = fc.record({
  managingTenant: guid,
  principals: fc.tuple(...PRINCIPAL_KEYS.map(() => fc.record({
    id: guid,
    type: fc.constantFrom('user' as const, 'group' as const, 'servicePrincipal' as const),
    displayName: fc.option(fc.constantFrom('Ops', 'NOC', 'Pipeline', 'Alice'), { nil: undefined }),
  }))),
  sets: fc.array(fc.array(authorization, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
  offers: fc.array(fc.record({
    plan: fc.option(fc.record({ version: fc.constantFrom('1.0.0', '2.1', '1.0.0-beta') }), { nil: undefined }),
    setCount: fc.integer({ min: 1, max: 3 }),
  }), { minLength: 1, maxLength: 2 }),
  customers: fc.array(fc.record({
    tenantId: guid,
    delegations: fc.array(fc.record({
      offer: fc.nat(),
      subscription: fc.constantFrom('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'),
      resourceGroups: fc.option(fc.uniqueArray(fc.constantFrom('rg-a', 'rg-b', 'rg-c'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    }), { minLength: 1, maxLength: 2 }),
  }), { minLength: 1, maxLength: 4 }),
  cloud: fc.constantFrom('AzureCloud' as const, 'AzureUSGovernment' as const),
  suppress: fc.boolean(),
}).map(({ managingTenant, principals, sets, offers, customers, cloud, suppress }) => {
  const setKeys = sets.map((_, i) => `set${i}`);
  const offerKeys = offers.map((_, i) => `offer${i}`);
  return {
    managingTenant: { id: managingTenant },
    principals: Object.fromEntries(principals.map((p, i) => [PRINCIPAL_KEYS[i], { id: p.id, type: p.type, ...(p.displayName && { displayName: p.displayName }) }])),
    authorizationSets: Object.fromEntries(sets.map((set, i) => [setKeys[i], set])) as LighthouseManifest['authorizationSets'],
    offers: Object.fromEntries(offers.map((offer, i) => [offerKeys[i], {
      name: `Offer ${i}`,
      authorizations: setKeys.slice(0, Math.min(offer.setCount, setKeys.length)) as [string, ...string[]],
      ...(offer.plan && { plan: { publisher: 'contoso', product: `offer-${i}`, name: 'standard', version: offer.plan.version } }),
    }])),
    customers: Object.fromEntries(customers.map((customer, i) => [`customer${i}`, {
      displayName: `Customer ${i}`,
      tenantId: customer.tenantId,
      delegations: customer.delegations.map((d) => ({
        offer: offerKeys[d.offer % offerKeys.length], subscription: d.subscription, ...(d.resourceGroups && { resourceGroups: d.resourceGroups }),
      })) as [never, ...never[]],
    }])),
    ...(suppress && { suppressions: [{ rule: 'LH301', principal: 'p0', reason: 'accepted for the property test' }] }),
    settings: { cloud },
  } as LighthouseManifest;
});
