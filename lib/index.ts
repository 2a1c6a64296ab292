// Public API: re-exports only. Importing this root loads cdktf (for the constructs); the subpath entry
// points `lighthouse-iac/manifest`, `/model`, `/roles`, `/policy`, `/import`, `/emit` do not.
export * from './model';
export * from './manifest';
export * from './roles';
export * from './policy';
export { ALL_RULES, BEST_PRACTICE_RULES, CROSS_CUSTOMER_RULES, MARKETPLACE_RULES, SERVICE_RULES } from '../policies';
export * from './import';
export * from './emit';
export * from './constructs';
