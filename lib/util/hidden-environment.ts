/**
 * Runs `run` with the environment variables `names` hidden from `process.env` and restores them afterwards.
 * Dependencies read some variables as hidden options (cdktf: CDKTF_OUTDIR, ...; yaml: LOG_TOKENS and
 * LOG_STREAM, which dump the parser's tokens to stdout), and nothing may read the environment except
 * documented options: output must not depend on who runs the tool, and `check --format json` must stay JSON.
 * Synchronous on purpose: nothing else can observe the gap.
 */
export function withoutEnvironment<T>(names: readonly string[], run: () => T): T {
  const saved = new Map<string, string>();
  for (const name of names) {
    const value = process.env[name];
    if (value !== undefined) {
      saved.set(name, value);
      delete process.env[name];
    }
  }
  try {
    return run();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}
