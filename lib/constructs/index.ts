// Loading this module loads cdktf and the azurerm bindings (deep imports only): import it only where
// Terraform output is built, never from check, reports, ARM export or imports.
export * from './customer-stack';
export * from './lighthouse-delegation';
export * from './plan-app';
export * from './policy-checks';
export { App, Aspects, OfflineCloudBackend } from './cdk';
export { requireSynthesizable } from './synth-requirements';
