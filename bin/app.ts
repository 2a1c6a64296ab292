#!/usr/bin/env node
// The app cdktf.json runs, so that `cdktf synth` / `cdktf deploy` work for users who have cdktf-cli:
// the same synthesis as `lighthouse-iac synth`, into the directory cdktf-cli chooses.
import { runCli } from '../lib/cli/program';
import { processIo } from '../lib/cli/io';

const manifest = process.argv[2] ?? 'examples/contoso/lighthouse.yaml';
// CDKTF_OUTDIR is cdktf-cli's documented contract with the app it runs.
const out = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const io = processIo();
// cdktf-cli prints each chunk its app writes to stderr as `[ERROR] default - ...` (@cdktf/commons: stderr goes to
// logger.error, stdout to console.log), so what is not an error (the check summary) goes to stdout here.
runCli(['synth', manifest, '--out', out], { ...io, notice: io.stdout }).then((code) => {
  process.exitCode ??= code;
});
