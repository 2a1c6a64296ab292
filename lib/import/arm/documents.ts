import { InputError } from '../../model/errors';
import { blankComments } from '../../source/json-comments';
import { readInputText, SourceDocument } from '../../source/source-document';

import { ParameterSource, SuppliedParameter } from './template-scope';
import { fromData, locationOf, ObjectVal, property, typeName, Val } from './value';

/**
 * Reads a JSON file with positions. ARM accepts line (`//`) and block comments in templates and parameters files; the
 * YAML parser behind SourceDocument would silently read them as parts of keys, so they are blanked out first
 * (with spaces, keeping line breaks, so that every line and column stays where it was).
 */
export function readJsonFile(file: string, what: string, hint: string): { doc: SourceDocument; root: Val } {
  const text = readInputText(file, `check the path of the ${what}: ${hint}`);
  if (text.trim() === '') throw new InputError(`the ${what} is empty`, `check the path of the ${what}: ${hint}`, { file, line: 1, column: 1 });
  const doc = SourceDocument.parse(blankComments(text), file);
  return { doc, root: fromData(doc.data, doc) };
}


/** Reads a template file with positions (comments blanked, as readJsonFile). */
export function readTemplateDocument(file: string): SourceDocument {
  return readJsonFile(file, 'ARM template', 'the first argument is the template (.json), --parameters its parameters file').doc;
}

/** The template's root object; it must have resources (an array, or an object of symbolic names). */
export function templateOf(doc: SourceDocument): ObjectVal {
  const root = fromData(doc.data, doc);
  if (root.kind !== 'object' || property(root, 'resources') === undefined) {
    throw InputError.at(locationOf(root), root.kind === 'object' ? 'the ARM template has no "resources"' : `an ARM template is a JSON object, not ${typeName(root)}`,
      'import a deployment template ({ "$schema": ..., "parameters": ..., "resources": [...] }); a parameters file goes to --parameters');
  }
  return root;
}

/**
 * A deployment parameters file: `{ "parameters": { "<name>": { "value": ... } | { "reference": ... } } }`, or the bare
 * `{ "<name>": { "value": ... } }` that `az deployment` also accepts.
 */
export function readParametersFile(file: string): ParameterSource {
  const { root } = readJsonFile(file, 'parameters file', '--parameters takes the deployment parameters file (*.parameters.json)');
  if (root.kind !== 'object') {
    throw InputError.at(locationOf(root), `a parameters file is a JSON object, not ${typeName(root)}`, 'give a deployment parameters file: { "parameters": { "<name>": { "value": ... } } }');
  }
  const wrapped = property(root, 'parameters');
  const isTemplate = property(root, 'resources') !== undefined;
  if (isTemplate || (wrapped === undefined && (property(root, '$schema') !== undefined || property(root, 'contentVersion') !== undefined))) {
    throw InputError.at(locationOf(root), isTemplate ? 'the parameters file is an ARM template, not a parameters file' : 'the parameters file has no "parameters"',
      'give the template as the first argument and its deployment parameters file (with "parameters": { "<name>": { "value": ... } }) to --parameters');
  }
  const parameters = wrapped ?? root;
  if (parameters.kind !== 'object') {
    throw InputError.at(locationOf(parameters), `"parameters" must be an object, not ${typeName(parameters)}`, 'write "parameters": { "<name>": { "value": ... } }');
  }
  return { values: suppliedParameters(parameters, 'the parameters file'), howToSupply: (name) => `add "${name}": { "value": ... } under "parameters" in ${file}` };
}

/** `{ "<name>": { "value": ... } | { "reference": ... } }`, from a parameters file or a nested deployment's properties.parameters. */
export function suppliedParameters(parameters: ObjectVal, where: string): Map<string, SuppliedParameter> {
  const values = new Map<string, SuppliedParameter>();
  for (const [name, entry] of parameters.entries) {
    if (name === '$schema' || name === 'contentVersion') continue;
    const value = entry.kind === 'object' ? property(entry, 'value') : undefined;
    const reference = entry.kind === 'object' ? property(entry, 'reference') : undefined;
    if (value !== undefined) values.set(name.toLowerCase(), { kind: 'value', value });
    else if (reference !== undefined) values.set(name.toLowerCase(), { kind: 'reference', origin: reference.origin });
    else {
      throw InputError.at(locationOf(entry), `parameter ${JSON.stringify(name)} in ${where} has no "value"`,
        `write "${name}": { "value": ... }`);
    }
  }
  return values;
}

/** No parameters file: every value comes from the template defaults. */
export const NO_PARAMETERS: ParameterSource = {
  values: new Map(),
  howToSupply: (name) => `pass --parameters <file> with the deployment parameters file that sets "${name}", or give the parameter a "defaultValue" in the template`,
};
