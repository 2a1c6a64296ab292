// ARM export: one subscription-level deployment template (+ parameters file) per customer subscription, and a README per customer.
export { armDeployments, armDeploymentsByCustomer } from './deployments';
export { armFiles, armFilesByCustomer, writeArm } from './files';
export type { ArmFile, WriteArmOptions } from './files';
export { customerReadme, EXAMPLE_LOCATION } from './readme';
export { parameterNaming } from './parameter-names';
export type { ParameterBase, ParameterNaming } from './parameter-names';
export {
  ASSIGNMENT_TYPE, CONTENT_VERSION, DEFINITION_TYPE, DEPLOYMENT_TYPE, DEPLOYMENTS_API_VERSION, MANAGED_SERVICES_API_VERSION,
  PARAMETERS_SCHEMA, RESOURCE_GROUP_TEMPLATE_SCHEMA, SUBSCRIPTION_TEMPLATE_SCHEMA, definitionReference, nestedDeploymentName,
} from './template';
export type * from './types';
export { templateResources } from './walk';
export type { PlacedResource } from './walk';
