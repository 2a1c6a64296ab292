import type { ValidateFunction } from 'ajv';
import { LighthouseManifest } from './generated/manifest-types';
import { validate } from './generated/validate-manifest';
import { validateDocument } from '../source/schema-validation';
import { SourceDocument } from '../source/source-document';

/** Validates parsed manifest data against schema/manifest.schema.json; every problem gets file:line:column. */
export function validateManifest(source: SourceDocument): LighthouseManifest {
  return validateDocument<LighthouseManifest>(validate as ValidateFunction, source, 'schema/manifest.schema.json');
}
