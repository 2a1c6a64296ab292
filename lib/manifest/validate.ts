import manifestSchema from '../../schema/manifest.schema.json';
import { LighthouseManifest } from './manifest.generated';
import { lazyValidator, validateDocument } from './schema-validation';
import { SourceDocument } from './source-document';

const manifestValidator = lazyValidator(manifestSchema);

/** Validates parsed manifest data against schema/manifest.schema.json; every problem gets file:line:column. */
export function validateManifest(source: SourceDocument): LighthouseManifest {
  return validateDocument<LighthouseManifest>(manifestValidator(), source, 'schema/manifest.schema.json');
}
