export * from './plan';
export * from './location';
export * from './errors';
export * from './guid';
export * from './ids';
export * from './scopes';
export * from './plan-identity';
