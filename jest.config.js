/** ts-jest in transpile-only mode (isolatedModules in tsconfig); `tsc --noEmit` type-checks separately in `npm test`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
