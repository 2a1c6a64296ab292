#!/usr/bin/env node
import { runCli } from '../lib/cli/program';
import { processIo } from '../lib/cli/io';

runCli(process.argv.slice(2), processIo()).then((code) => {
  // A write error on stdout/stderr has already made it 2 (processIo).
  process.exitCode ??= code;
});
