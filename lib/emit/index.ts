// Deployable outputs other than Terraform (which lives in lib/constructs): ARM, Partner Center, manifest YAML; and
// the per-stack ACCESS.md that synth writes next to each cdk.tf.json.
export * from './access';
export * from './arm';
export * from './partner-center';
export * from './manifest';
