export * from './load';
export type { LighthouseManifest } from './generated/manifest-types';
export { SourceDocument } from '../source';
