// The policy engine. The rule packs are in policies/ (they depend on this, not the other way round); the rule
// catalog (ALL_RULES) is exported by `lighthouse-iac/rules` and the package root.
export * from './rule';
export * from './subject';
export * from './identity';
export * from './parameters';
export * from './policy-config';
export * from './policy-file';
export * from './runner';
export * from './check';
export * from './describe';
export * from './plan-walk';
