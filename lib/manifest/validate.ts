import type { ValidateFunction } from 'ajv';
import { LighthouseManifest } from './manifest.generated';
import { validate } from './manifest.validate.generated';
import { validateDocument } from './schema-validation';
import { SourceDocument } from './source-document';

/** Validates parsed manifest data against schema/manifest.schema.json; every problem gets file:line:column. */
export function validateManifest(source: SourceDocument): LighthouseManifest {
  return validateDocument<LighthouseManifest>(validate as ValidateFunction, source, 'schema/manifest.schema.json');
}
