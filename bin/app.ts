#!/usr/bin/env node
// The app cdktf.json runs, so that `cdktf synth` / `cdktf deploy` work for users who have cdktf-cli:
// the same synthesis as `lighthouse-iac synth`, into the directory cdktf-cli chooses.
import { runCli } from '../lib/cli/program';

const manifest = process.argv[2] ?? 'examples/contoso/lighthouse.yaml';
// CDKTF_OUTDIR is cdktf-cli's documented contract with the app it runs.
const out = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
runCli(['synth', manifest, '--out', out]).then((code) => {
  process.exitCode = code;
});
