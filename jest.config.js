/**
 * ts-jest in transpile-only mode (isolatedModules in tsconfig); `tsc --noEmit` type-checks separately in `npm test`.
 * Two projects: `unit` (everything under test/ named *.test.ts) and `browser` (test/browser/*.browser.ts: the HTML
 * report in headless Chromium; they skip with a notice where /usr/bin/chromium is missing, `.ci/run` installs it).
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test'], testMatch: ['**/*.test.ts'] },
    { ...shared, displayName: 'browser', roots: ['<rootDir>/test/browser'], testMatch: ['**/*.browser.ts'] },
  ],
};
