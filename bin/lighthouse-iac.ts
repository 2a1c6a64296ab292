#!/usr/bin/env node
import { cliNodeFlags } from '../lib/cli/node-flags';

const args = process.argv.slice(2);
// A large input runs in a node with a larger young generation, which V8 takes only as a start-up flag: the process
// runs itself once more with it (a few tens of milliseconds against a parse of seconds), unless it has it already.
// Each branch loads only what it needs (start-up of `--help` is measured against `node -e 0`).
const flags = cliNodeFlags(args).filter((flag) => !process.execArgv.some((given) => given.split('=')[0] === flag.split('=')[0]));
if (flags.length > 0) {
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const child = spawnSync(process.execPath, [...flags, ...process.execArgv, __filename, ...args], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 3;
} else {
  const { runCli } = require('../lib/cli/program') as typeof import('../lib/cli/program');
  const { processIo } = require('../lib/cli/io') as typeof import('../lib/cli/io');
  runCli(args, processIo()).then((code) => {
    // A write error on stdout/stderr has already made it 2 (processIo).
    process.exitCode ??= code;
  });
}
