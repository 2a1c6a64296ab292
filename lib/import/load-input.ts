import { InputError } from '../model/errors';
import { Plan } from '../model/plan';
import { requireDistinctIdentities } from '../model/plan-identity';
import { SourceDocument } from '../source/source-document';
import { isObject } from '../util/json-object';
import { detectInputFormat } from './detect';
import { INPUT_FORMATS, INPUT_KINDS, InputFormat, inputKind } from './input-kinds';
import { ImportOptions } from './types';

export interface LoadInputOptions extends ImportOptions {
  /** Skip detection: what the input is. @default - detected from the content */
  readonly inputFormat?: InputFormat;
  /** The kinds this input may be, and what the option that names it takes (for the error). @default - any kind */
  readonly accept?: { readonly formats: readonly InputFormat[]; readonly what: string };
}


/**
 * The one entry point every command reads its input through: reads the file once, detects what it is
 * (unless `inputFormat` says), turns it into a Plan with the manifest loader or an importer, and checks the ids
 * and names the Plan's keys become (requireDistinctIdentities). Never loads cdktf.
 */
export function loadInput(file: string, options: LoadInputOptions): Plan {
  rejectHcl(file);
  // ARM templates may carry JSON comments; blanking them keeps detection (and every position) right.
  return loadInputSource(SourceDocument.read(file, { jsonComments: true }), options);
}

/** As loadInput, from text already in memory (a file at a git revision); `name` names it in locations. */
export function loadInputText(text: string, name: string, options: LoadInputOptions): Plan {
  return loadInputSource(SourceDocument.fromText(text, name, { jsonComments: true }), options);
}

function loadInputSource(source: SourceDocument, options: LoadInputOptions): Plan {
  const file = source.file;
  const format = options.inputFormat ?? detect(source);
  // What only an ARM template needs: given with anything else it would be ignored, so it is refused instead.
  for (const [option, given] of [['--parameters', options.parameters], ['--subscription', options.subscription]] as const) {
    if (format !== 'arm' && given !== undefined) {
      throw new InputError(`${option} is for ARM templates, but ${file} is ${inputKind(format).article}`,
        `leave out ${option}, or pass the ARM template as the input (--input-format arm if it is not detected)`, { file });
    }
  }
  if (options.accept && !options.accept.formats.includes(format)) {
    throw new InputError(`${file} is ${inputKind(format).article}, but ${options.accept.what}`,
      `pass ${options.accept.formats.map((f) => inputKind(f).article).join(' or ')}`, { file });
  }
  const plan = inputKind(format).load(source, options);
  // One check for every kind of input, before any command generates anything from the Plan.
  requireDistinctIdentities(plan);
  return plan;
}

function detect(source: SourceDocument): InputFormat {
  const format = detectInputFormat(source.data, source.file);
  if (format) return format;
  const data = source.data;
  // `[]` from `az managedservices ... list`, `{ "value": [] }` from `az rest`: nothing delegated where it looked.
  const empty = (Array.isArray(data) && data.length === 0) || (isObject(data) && Array.isArray(data.value) && data.value.length === 0);
  throw new InputError(
    empty
      ? `the input is an empty ${Array.isArray(data) ? 'JSON array' : 'list page ({ "value": [] })'}: an az CLI list that found nothing has no delegations to read`
      : `cannot tell what this input is; accepted are ${INPUT_KINDS.map((kind, i) => `(${i + 1}) ${kind.accepted}`).join('; ')}`,
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
