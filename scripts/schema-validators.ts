import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';

/** A schema and the validator module `npm run gen` compiles it into. */
export interface ValidatorTarget {
  readonly schemaFile: string;
  readonly outputFile: string;
}

/**
 * Compiled ahead of time (Ajv standalone code) instead of at run time: compiling the manifest schema
 * took ~110 ms of a 300 ms `check` process, for the same result on every run.
 */
export const MANIFEST_VALIDATOR: ValidatorTarget = { schemaFile: 'schema/manifest.schema.json', outputFile: 'lib/manifest/generated/validate-manifest.ts' };
export const POLICY_VALIDATOR: ValidatorTarget = { schemaFile: 'schema/policy.schema.json', outputFile: 'lib/policy/generated/validate-policy.ts' };

/**
 * The validator module for a schema. Options matter to the error messages: `allErrors` reports every
 * problem at once, `verbose` gives lib/manifest/schema-validation the parent schema (for `x-expected`
 * and the allowed property names) and the offending data.
 */
export function generateValidator(schema: object, schemaFile: string): string {
  const ajv = new Ajv({
    allErrors: true, verbose: true, discriminator: true, strict: true, allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  // Our own annotation: what a pattern expects, in words, for error messages.
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED from ${schemaFile} by \`npm run gen\` (Ajv standalone code): do not edit by hand.
 * The schema is its source; a test fails when this file is stale.
 */
${code.replace(/^"use strict";/, '')}
/** The schema itself: error messages resolve its \$refs to say what a missing or empty property takes. */
export const schema = ${JSON.stringify(schema)};
`;
}
