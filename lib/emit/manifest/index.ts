export { planToManifest, writeManifest } from './plan-to-manifest';
export type { ManifestOptions, WrittenManifest } from './plan-to-manifest';
