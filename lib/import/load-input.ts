import { InputError } from '../model/errors';
import { Plan } from '../model/plan';
import { requireDistinctIdentities } from '../model/plan-identity';
import { resolveManifest } from '../manifest/resolve';
import { SourceDocument } from '../manifest/source-document';
import { validateManifest } from '../manifest/validate';
import { detectInputFormat } from './detect';
import { ImportOptions, INPUT_FORMATS, InputFormat } from './types';

export interface LoadInputOptions extends ImportOptions {
  /** Skip detection: what the input is. @default - detected from the content */
  readonly inputFormat?: InputFormat;
}

const ACCEPTED = [
  'a lighthouse manifest (YAML or JSON with managingTenant, principals, offers, customers)',
  'an ARM deployment template (with --parameters for its parameters file)',
  'Terraform JSON: a cdk.tf.json stack, a *.tf.json configuration, or `terraform show -json` output of a plan or state',
  'az CLI JSON: `az managedservices definition list` or `az managedservices assignment list --include-definition`',
];

/**
 * The one entry point every command reads its input through: reads the file once, detects what it is
 * (unless `inputFormat` says), turns it into a Plan with the manifest loader or an importer, and checks the ids
 * and names the Plan's keys become (requireDistinctIdentities). Never loads cdktf.
 */
export function loadInput(file: string, options: LoadInputOptions): Plan {
  rejectHcl(file);
  // ARM templates may carry JSON comments; blanking them keeps detection (and every position) right.
  const source = SourceDocument.read(file, { jsonComments: true });
  const format = options.inputFormat ?? detect(source);
  if (format !== 'arm' && options.parameters !== undefined) {
    throw new InputError(`--parameters is for ARM templates, but ${file} is ${describeFormat(format)}`,
      'leave out --parameters, or pass the ARM template as the input (--input-format arm if it is not detected)', { file });
  }
  const plan = planOf(format, source, options);
  // One check for every kind of input, before any command generates anything from the Plan.
  requireDistinctIdentities(plan);
  return plan;
}

function planOf(format: InputFormat, source: SourceDocument, options: LoadInputOptions): Plan {
  switch (format) {
    case 'manifest':
      return resolveManifest(validateManifest(source), source, options.roles);
    // Importers are loaded only for the input that needs them: most runs read a manifest, and every
    // command starts here (start-up time is measured by `npm run bench`).
    case 'arm':
      return (require('./arm') as typeof import('./arm')).importArmSource(source, options);
    case 'terraform':
      return (require('./terraform') as typeof import('./terraform')).importTerraformSource(source, options);
    case 'az':
      return (require('./az-cli') as typeof import('./az-cli')).importAzCliSource(source, options);
  }
}

function detect(source: SourceDocument): InputFormat {
  const format = detectInputFormat(source.data, source.file);
  if (format) return format;
  const empty = Array.isArray(source.data) && source.data.length === 0;
  throw new InputError(
    empty
      ? 'the input is an empty JSON array: an az CLI list that found nothing has no delegations to read'
      : `cannot tell what this input is; accepted are ${ACCEPTED.map((kind, i) => `(${i + 1}) ${kind}`).join('; ')}`,
    `pass one of these, or say what it is with --input-format (${INPUT_FORMATS.join(', ')})`,
    { file: source.file, line: 1, column: 1 },
  );
}

/** Terraform's native syntax (.tf) is HCL, which this tool does not parse: say so instead of a YAML syntax error. */
function rejectHcl(file: string): void {
  if (/\.(tf|tofu|hcl)$/i.test(file)) {
    throw new InputError('Terraform native syntax (HCL) is not read by this tool',
      'pass `terraform show -json` output of a plan (`terraform plan -out=tfplan && terraform show -json tfplan > plan.json`), or a *.tf.json / cdk.tf.json file',
      { file });
  }
}

function describeFormat(format: InputFormat): string {
  switch (format) {
    case 'manifest':
      return 'a manifest';
    case 'terraform':
      return 'Terraform JSON';
    case 'az':
      return 'az CLI output';
    default:
      return 'an ARM template';
  }
}
