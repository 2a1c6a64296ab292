import { AzureCloud } from './plan';

/**
 * The clouds a Plan knows and the azurerm provider's `environment` name of each (`german` was retired in 2021).
 * Maps, because the environment comes from input text: a plain object would take `constructor` for a cloud.
 */
const ENVIRONMENT_OF_CLOUD: ReadonlyMap<AzureCloud, string> = new Map([
  ['AzureCloud', 'public'],
  ['AzureUSGovernment', 'usgovernment'],
  ['AzureChinaCloud', 'china'],
]);

const CLOUD_OF_ENVIRONMENT: ReadonlyMap<string, AzureCloud> = new Map([...ENVIRONMENT_OF_CLOUD].map(([cloud, environment]) => [environment, cloud]));

export const AZURE_CLOUDS: readonly AzureCloud[] = [...ENVIRONMENT_OF_CLOUD.keys()];

/** The cloud of a provider `environment` (case and surrounding space ignored), or undefined. */
export function cloudOfEnvironment(environment: string): AzureCloud | undefined {
  return CLOUD_OF_ENVIRONMENT.get(environment.trim().toLowerCase());
}

/** The provider `environment` of a cloud, or undefined for a name that is not one. */
export function environmentOfCloud(cloud: string): string | undefined {
  return ENVIRONMENT_OF_CLOUD.get(cloud as AzureCloud);
}
