import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../lib/cli/program';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, capturing its output. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false });
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'lighthouse-iac-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `text` as `name` in a fresh temporary directory and returns the directory. */
export function writeTemp(name: string, text: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}
