// Importers: every input kind to a Plan (docs/architecture.md). Re-exports only; nothing here loads cdktf.
export * from './types';
export { INPUT_FORMATS, INPUT_KINDS, inputKind } from './input-kinds';
export type { InputFormat, InputKind } from './input-kinds';
export { detectInputFormat } from './detect';
export { loadInput, loadInputText } from './load-input';
export type { LoadInputOptions } from './load-input';
export { importArm, importArmSource } from './arm';
export { importTerraformJson, importTerraformSource } from './terraform';
export { importAzCli, importAzCliSource } from './az-cli';
