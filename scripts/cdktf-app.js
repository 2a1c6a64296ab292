#!/usr/bin/env node
// The app cdktf.json runs in this repository: the compiled app (dist/bin/app.js), rebuilt first only when a
// source is newer than the build, so that `cdktf synth` neither type-checks the whole project on every run nor
// runs stale code after an edit. Arguments go to the app (the manifest).
'use strict';
const { execFileSync } = require('node:child_process');
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const app = join(root, 'dist/bin/app.js');
/** What tsconfig.build.json compiles, and the schemas its generated code comes from. */
const SOURCES = ['bin', 'lib', 'policies', 'examples', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return /\.(ts|json)$/.test(path) ? stat.mtimeMs : 0;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = statSync(app, { throwIfNoEntry: false })?.mtimeMs ?? -1;
if (Math.max(...SOURCES.map((source) => newest(join(root, source)))) > built) {
  // tsc reports on stdout; stderr would show as [ERROR] lines under cdktf-cli even when the build succeeds.
  try {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    process.exit(typeof error.status === 'number' ? error.status : 1); // tsc has said what is wrong
  }
}
require(app);
