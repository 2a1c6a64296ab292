// Who gets which role where, as people review it: the per-stack ACCESS.md and the rows the ARM README shares.
export { accessTable } from './access-rows';
export type { AccessTableOptions } from './access-rows';
export { ACCESS_FILE, stackAccessMarkdown } from './stack-access';
