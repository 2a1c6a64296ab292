export * from './load';
export type { LighthouseManifest } from './manifest.generated';
export { SourceDocument } from './source-document';
