import { compile, JSONSchema } from 'json-schema-to-typescript';

export const SCHEMA_FILE = 'schema/manifest.schema.json';
export const TYPES_FILE = 'lib/manifest/generated/manifest-types.ts';

const BANNER = `/* eslint-disable */
/**
 * GENERATED from ${SCHEMA_FILE} by \`npm run gen\`: do not edit by hand.
 * The schema is the source of truth; a test fails when this file is stale.
 */`;

/** TypeScript types for the manifest, generated from its JSON Schema. Pure: same schema, same text. */
export async function generateManifestTypes(schema: JSONSchema): Promise<string> {
  return compile(schema, 'LighthouseManifest', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    declareExternallyReferenced: true,
    $refOptions: {},
  });
}
