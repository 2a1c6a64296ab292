import type { ValidateFunction } from 'ajv';
import { LighthouseManifest } from './generated/manifest-types';
import { schema, validate } from './generated/validate-manifest';
import { CompiledSchema, SchemaProblems, schemaProblems, validateDocument } from '../source/schema-validation';
import { SchemaNode } from '../source/schema-describe';
import { SourceDocument } from '../source/source-document';

/** schema/manifest.schema.json, compiled by `npm run gen`. */
export const MANIFEST_SCHEMA: CompiledSchema = { validate: validate as ValidateFunction, schema: schema as SchemaNode, name: 'schema/manifest.schema.json' };

/** Validates parsed manifest data against schema/manifest.schema.json; every problem gets file:line:column. */
export function validateManifest(source: SourceDocument): LighthouseManifest {
  return validateDocument<LighthouseManifest>(MANIFEST_SCHEMA, source);
}

/** The manifest's schema problems, for a load that goes on to report unresolved references in the same run. */
export function manifestSchemaProblems(source: SourceDocument): SchemaProblems {
  return schemaProblems(MANIFEST_SCHEMA, source);
}
