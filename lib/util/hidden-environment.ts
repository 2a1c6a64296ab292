/**
 * Runs `run` with the environment variables `names` hidden from `process.env`, and the real environment back
 * afterwards. Dependencies read some variables as hidden options (cdktf: CDKTF_OUTDIR, ...; yaml: LOG_TOKENS and
 * LOG_STREAM, which dump the parser's tokens to stdout), and nothing may read the environment except documented
 * options: output must not depend on who runs the tool, and `check --format json` must stay JSON.
 *
 * `process.env` is swapped for a plain copy without those names, not edited: the yaml library looks at it once
 * per token, and a lookup in the real environment object costs a call into the C runtime each time (seconds on a
 * million-line manifest). Whatever `run` writes into the environment is dropped with the copy. Synchronous on
 * purpose: nothing else can observe the swap.
 */
export function withoutEnvironment<T>(names: readonly string[], run: () => T): T {
  const original = process.env;
  const copy: NodeJS.ProcessEnv = { ...original };
  for (const name of names) delete copy[name];
  process.env = copy;
  try {
    return run();
  } finally {
    process.env = original;
  }
}
