// The policy engine. The rule packs are in policies/ (they depend on this, not the other way round);
// the package root re-exports ALL_RULES.
export * from './rule';
export * from './policy-config';
export * from './policy-file';
export * from './runner';
export * from './check';
export * from './fingerprint';
export * from './role-parameters';
