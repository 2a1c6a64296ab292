import { InputError } from '../../model/errors';
import { Plan } from '../../model/plan';
import { SourceDocument } from '../../source/source-document';
import { Importer, ImportOptions } from '../types';
import { importConfigurationJson, readConfigurationJson } from './configuration-json';
import { InputReader, isObject, LocatedSource } from '../shared/input-reader';
import { ConfigurationReading, ConfigurationReadOptions } from './reading';
import { importShowJson } from './show-json';

export type { LocatedSource } from '../shared/input-reader';
export type { ConfigurationReading, ConfigurationReadOptions, ExpressionMode, LeftOutResource, NotKnown, ResourceOrigin } from './reading';

/**
 * Terraform JSON to a Plan: a configuration in JSON syntax (our `cdk.tf.json` stacks, anyone's `*.tf.json`)
 * or `terraform show -json` output of a plan or a state (told apart by `format_version`). Never loads cdktf.
 */
export const importTerraformJson: Importer = (file, options) => importTerraformSource(SourceDocument.read(file), options);

/** Same as importTerraformJson, from a file already read (loadInput reads each input once). */
export function importTerraformSource(source: SourceDocument, options: ImportOptions): Plan {
  const reader = new InputReader(source);
  if (!isObject(source.data)) {
    throw new InputError('Terraform JSON must be a JSON object', 'pass a *.tf.json configuration, a cdk.tf.json stack or `terraform show -json` output',
      { file: source.file, line: 1, column: 1 });
  }
  return 'format_version' in source.data ? importShowJson(reader, options) : importConfigurationJson(reader, options);
}

/**
 * A Terraform configuration in JSON syntax with what the Plan does not carry: the resource (address, cdktf construct
 * path) each Plan element came from and, with `expressions: 'unknown'`, what only Terraform knows. The cdktf Aspect
 * reads each checked stack's `toTerraform()` through this; `importTerraformSource` is the same reader in `error` mode.
 */
export function readTerraformConfiguration(source: LocatedSource, options: ConfigurationReadOptions): ConfigurationReading {
  if (!isObject(source.data) || 'format_version' in source.data) {
    throw new InputError('a Terraform configuration in JSON syntax must be a JSON object without format_version',
      'pass a *.tf.json configuration or a cdk.tf.json stack', { file: source.file, line: 1, column: 1 });
  }
  return readConfigurationJson(new InputReader(source), options);
}

export { readTerraformPlanChanges } from './plan-changes';
export type { PlannedReplacement, TerraformPlanChanges } from './plan-changes';
