/**
 * A small valid manifest whose line numbers the bad-manifest tests rely on: edit with care.
 * Line 1 is `managingTenant`, line 18 the only delegation.
 */
export const BASE_MANIFEST = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: MSP }
principals:
  noc: { id: 22222222-2222-2222-2222-222222222222, displayName: NOC, type: group }
  ops: { id: 33333333-3333-3333-3333-333333333333, displayName: Ops, type: group }
authorizationSets:
  baseline:
    - { principal: noc, role: Reader }
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, approvers: [noc] } }
offers:
  managed-ops:
    name: Managed Ops
    authorizations: [baseline]
customers:
  fabrikam:
    displayName: Fabrikam
    tenantId: 44444444-4444-4444-4444-444444444444
    delegations:
      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555 }
`;

/** BASE_MANIFEST with `from` replaced by `to` (which must occur exactly once). */
export function mutate(from: string, to: string): string {
  const at = BASE_MANIFEST.indexOf(from);
  if (at < 0 || BASE_MANIFEST.indexOf(from, at + 1) >= 0) throw new Error(`mutation target must occur once: ${from}`);
  return BASE_MANIFEST.slice(0, at) + to + BASE_MANIFEST.slice(at + from.length);
}
