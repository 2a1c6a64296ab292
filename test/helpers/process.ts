import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { skipNotice } from './skip-notice';

/** The repository root, and the compiled CLI and cdktf app as users run them (`npm test` builds dist/ first). */
export const ROOT = join(__dirname, '../..');
export const BIN = join(ROOT, 'dist/bin/lighthouse-iac.js');
export const APP = join(ROOT, 'dist/bin/app.js');
export const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');

const built = existsSync(BIN);
if (!built) skipNotice(`process tests: ${BIN} is missing (run npm run build)`);
/** `test`, or `test.skip` when dist/ is not built. */
export const whenBuilt = built ? test : test.skip;

export interface ProcessResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the compiled CLI in a fresh process with stdout and stderr captured (never inherited: a test log shows
 * only what the tests say). `env` is added to a copy of this process's environment without the colour variables.
 */
export function runBin(args: readonly string[], options: { readonly cwd?: string; readonly env?: Readonly<Record<string, string>>; readonly script?: string } = {}): ProcessResult {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...env } = process.env;
  const result = spawnSync(process.execPath, [options.script ?? BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: { ...env, ...options.env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
