import { Plan } from '../model/plan';
import { SourceDocument } from '../source/source-document';
import { isObject } from '../util/json-object';
import { isArmTemplate } from './arm/detect';
import { isAzCliExport } from './az-cli/detect';
import { isTerraformJson } from './terraform/detect';
import { ImportOptions } from './types';

/**
 * One kind of input every command reads. A new kind is a folder under lib/import (its importer and a light
 * `detect.ts`) and one entry in INPUT_KINDS; `--input-format`, detection, the "accepted are" message and
 * `loadInput` follow from the list.
 */
export interface InputKind {
  /** Its `--input-format` value. */
  readonly name: string;
  /** How messages name one: `a manifest`, `an ARM template`. */
  readonly article: string;
  /** What is accepted, for "cannot tell what this input is". */
  readonly accepted: string;
  /** Whether parsed data is this kind (by content: file names lie). May throw an InputError for a known mistake. */
  detect(data: unknown, file: string): boolean;
  /**
   * The Plan of a source of this kind. Importers load here, lazily: most runs read a manifest, and every command
   * starts with loadInput (start-up time is measured by `npm run bench`).
   */
  load(source: SourceDocument, options: ImportOptions): Plan;
}

/** In detection order: the first whose `detect` says yes is the input's kind. */
export const INPUT_KINDS = [
  {
    name: 'manifest',
    article: 'a manifest',
    accepted: 'a lighthouse manifest (YAML or JSON with managingTenant, principals, offers, customers)',
    detect: (data: unknown) => isObject(data) && ('managingTenant' in data || 'customers' in data),
    load(source: SourceDocument, options: ImportOptions): Plan {
      const { resolveManifestSource } = require('../manifest/load') as typeof import('../manifest/load');
      return resolveManifestSource(source, options.roles);
    },
  },
  {
    name: 'arm',
    article: 'an ARM template',
    accepted: 'an ARM deployment template (with --parameters for its parameters file)',
    detect: isArmTemplate,
    load: (source: SourceDocument, options: ImportOptions): Plan => (require('./arm') as typeof import('./arm')).importArmSource(source, options),
  },
  {
    name: 'terraform',
    article: 'Terraform JSON',
    accepted: 'Terraform JSON: a cdk.tf.json stack, a *.tf.json configuration, or `terraform show -json` output of a plan or state',
    detect: isTerraformJson,
    load: (source: SourceDocument, options: ImportOptions): Plan => (require('./terraform') as typeof import('./terraform')).importTerraformSource(source, options),
  },
  {
    name: 'az',
    article: 'az CLI output',
    accepted: 'az CLI JSON: `az managedservices definition list` or `az managedservices assignment list --include-definition`',
    detect: isAzCliExport,
    load: (source: SourceDocument, options: ImportOptions): Plan => (require('./az-cli') as typeof import('./az-cli')).importAzCliSource(source, options),
  },
] as const satisfies readonly InputKind[];

/** The kinds of input every command accepts (detected by content, or forced with --input-format). */
export const INPUT_FORMATS = INPUT_KINDS.map((kind) => kind.name);
export type InputFormat = (typeof INPUT_KINDS)[number]['name'];

export function inputKind(name: InputFormat): InputKind {
  return INPUT_KINDS.find((kind) => kind.name === name)!;
}
