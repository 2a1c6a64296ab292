import { AzureCloud } from '../../model/plan';

/** The azurerm provider's `environment` names for the clouds a Plan knows (`german` was retired in 2021). */
const CLOUDS: Record<string, AzureCloud> = {
  public: 'AzureCloud',
  usgovernment: 'AzureUSGovernment',
  china: 'AzureChinaCloud',
};

export function cloudOfEnvironment(environment: string): AzureCloud | undefined {
  return CLOUDS[environment.trim().toLowerCase()];
}
