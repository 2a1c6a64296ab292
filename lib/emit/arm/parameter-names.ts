/**
 * Parameter (and output) names of an exported template.
 *
 * A subscription that receives ONE offer gets Microsoft's names from the Azure-Lighthouse-samples templates
 * (`mspOfferName`, `mspOfferDescription`, `managedByTenantId`, `authorizations`, `eligibleAuthorizations`,
 * `rgName` / `resourceGroups`, `marketplacePublisherId`, `marketplaceOfferId`, `marketplacePlanId`,
 * `marketplacePlanVersion`), so the template and its parameters file read like the ones MSPs and customers
 * already know. A subscription that receives SEVERAL offers gets one set per offer, prefixed with `offer<N>`
 * (N = 1, 2, ... in Plan order) in camelCase: `offer1MspOfferName`, `offer2Authorizations`. The prefix is an
 * index, not the offer key, because keys like `managed-ops` and `managed_ops` would camelCase to the same
 * identifier; each parameter's description names the offer key, and the template's metadata maps every
 * definition to its offer.
 */
export type ParameterBase =
  | 'mspOfferName' | 'mspOfferDescription' | 'managedByTenantId' | 'authorizations' | 'eligibleAuthorizations'
  | 'rgName' | 'resourceGroups'
  | 'marketplacePublisherId' | 'marketplaceOfferId' | 'marketplacePlanId' | 'marketplacePlanVersion'
  | 'assignmentIds' | 'marketplace';

export interface ParameterNaming {
  /** The parameter or output name for `base`. */
  readonly name: (base: ParameterBase) => string;
  /** Prefix for descriptions: `''` for a single offer, `Offer 2 (managed-security): ` otherwise. */
  readonly describe: (text: string) => string;
}

export function parameterNaming(index: number, count: number, offerKey: string): ParameterNaming {
  if (count === 1) return { name: (base) => base, describe: (text) => text };
  const prefix = `offer${index + 1}`;
  return {
    name: (base) => `${prefix}${base[0].toUpperCase()}${base.slice(1)}`,
    describe: (text) => `Offer ${index + 1} (${offerKey}): ${text}`,
  };
}
