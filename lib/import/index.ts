// Importers: every input kind to a Plan (DESIGN.md, "Data flow"). Re-exports only; nothing here loads cdktf.
export * from './types';
export { detectInputFormat } from './detect';
export { loadInput } from './load-input';
export type { LoadInputOptions } from './load-input';
export { importArm, importArmSource } from './arm';
export { importTerraformJson, importTerraformSource } from './terraform';
export { importAzCli, importAzCliSource } from './az-cli';
