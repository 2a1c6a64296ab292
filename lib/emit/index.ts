// Deployable outputs other than Terraform (which lives in lib/constructs): ARM, Partner Center, manifest YAML.
export * from './arm';
export * from './partner-center';
export * from './manifest';
