import { SourceLocation } from '../../model/location';
import { Fields } from './fields';
import { normalizeId } from './lighthouse-resources';
import { locationOf, ObjectVal, property } from './value';

/** The key under the template's top-level `metadata` where our ARM export records what a template cannot say. */
export const EXPORT_METADATA_KEY = 'lighthouse-iac';

/**
 * What our ARM export writes into `metadata["lighthouse-iac"]` so that importing its output gives back the
 * manifest's keys: the customer key, display name and tenant, the subscription, and the offer key of each
 * registration definition. Metadata is data: ARM does not evaluate expressions in it, and neither do we.
 */
export interface ExportMetadata {
  readonly customer?: string;
  readonly customerDisplayName?: string;
  readonly customerTenantId?: string;
  readonly subscriptionId?: string;
  /** Offer key by definition id (lower-cased GUID). */
  readonly offers: ReadonlyMap<string, string>;
  readonly source: SourceLocation;
}

export function readExportMetadata(template: ObjectVal): ExportMetadata | undefined {
  const metadata = property(template, 'metadata');
  const raw = metadata?.kind === 'object' ? property(metadata, EXPORT_METADATA_KEY) : undefined;
  if (raw === undefined) return undefined;
  const owner = 'the template';
  const fields = Fields.of(raw, `metadata["${EXPORT_METADATA_KEY}"]`, owner);
  const text = (name: string) => fields.optionalString(name)?.value;
  const offers = new Map<string, string>();
  const delegations = fields.optionalArray('delegations');
  for (const delegation of delegations ? fields.objects(delegations, 'delegations') : []) {
    const hint = 'metadata written by `lighthouse-iac arm` lists { "offer", "definitionId" } per delegation; re-export the template or remove the metadata';
    offers.set(normalizeId(delegation.requiredString('definitionId', hint).value), delegation.requiredString('offer', hint).value);
  }
  const customer = text('customer');
  const customerDisplayName = text('customerDisplayName');
  const customerTenantId = text('customerTenantId');
  const subscriptionId = text('subscriptionId');
  return {
    ...(customer !== undefined && { customer }),
    ...(customerDisplayName !== undefined && { customerDisplayName }),
    ...(customerTenantId !== undefined && { customerTenantId: normalizeId(customerTenantId) }),
    ...(subscriptionId !== undefined && { subscriptionId: normalizeId(subscriptionId) }),
    offers,
    source: locationOf(raw),
  };
}
