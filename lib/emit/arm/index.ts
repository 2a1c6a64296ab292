// ARM export: one subscription-level deployment template (+ parameters file) per customer subscription, and a README per customer.
export { armDeployments } from './deployments';
export { armFiles, writeArm } from './files';
export type { ArmFile, WriteArmOptions } from './files';
export { MANAGED_SERVICES_API_VERSION } from './template';
export type * from './types';
