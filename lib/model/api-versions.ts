/**
 * The api-versions of Microsoft.ManagedServices (azure-rest-api-specs, specification/managedservices: stable and
 * preview folders). Eligible authorizations need 2020-02-01-preview or later, on the definition and on the
 * assignments of a definition that has them (hashicorp/terraform-provider-azurerm#20108, #25183).
 */
export const MANAGED_SERVICES_API_VERSIONS: readonly string[] = [
  '2018-06-01-preview', '2019-04-01-preview', '2019-06-01', '2019-09-01', '2019-12-01-preview', '2020-02-01-preview', '2022-01-01-preview', '2022-10-01',
];

/** The latest stable api-version (what this tool's ARM export, terraform-provider-azurerm and the SDKs use). */
export const LATEST_MANAGED_SERVICES_API_VERSION = '2022-10-01';

/** The first api-version that takes eligible authorizations. */
export const ELIGIBLE_AUTHORIZATIONS_API_VERSION = '2020-02-01-preview';

export function isKnownManagedServicesApiVersion(version: string): boolean {
  return MANAGED_SERVICES_API_VERSIONS.includes(version.trim().toLowerCase());
}

/** Negative when `a` is older than `b`: by date, a preview before the stable version of the same date. */
export function compareApiVersions(a: string, b: string): number {
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  const date = x.slice(0, 10).localeCompare(y.slice(0, 10));
  if (date !== 0) return date;
  return (x.endsWith('-preview') ? 0 : 1) - (y.endsWith('-preview') ? 0 : 1);
}
