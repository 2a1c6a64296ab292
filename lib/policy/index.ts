// The policy engine; the rule packs are in policies/ (ALL_RULES).
export * from './rule';
export * from './policy-config';
export * from './policy-file';
export * from './runner';
export * from './check';
export * from './fingerprint';
export { ALL_RULES } from '../../policies';
