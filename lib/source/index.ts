// The reading layer at the bottom: files, encodings, YAML/JSON with positions, JSON comments, schema validation.
export { SourceDocument, readInputText } from './source-document';
export type { PathSegment } from './source-document';
export { validateDocument } from './schema-validation';
