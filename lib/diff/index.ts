// Access diff (code review, drift): Plan x Plan -> access changes with risk flags, and their renderings.
export * from './change';
export { diffPlans } from './diff-plans';
export type { DiffNames } from './diff-plans';
export { diffTerraformPlan } from './terraform-plan';
export { renderDiffText, diffSummaryLine } from './render-text';
export { renderDiffMarkdown } from './render-markdown';
export { renderDiffJson, jsonDiff } from './render-json';
export type { JsonDiff } from './render-json';
