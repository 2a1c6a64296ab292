import { EXIT_INPUT } from './exit-codes';
import type { Progress, ProgressTarget } from './progress';

/** Where the CLI writes; tests pass buffers, the binaries pass the process streams (processIo). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour is allowed on stdout (colorAllowed). */
  readonly color: boolean;
  /**
   * What is neither output nor an error: the check summary before synth, `--no-check`'s warning, the line saying
   * where a report was written. The cdktf app (bin/app.ts) sends it to stdout, because cdktf-cli labels every
   * line its app writes to stderr `[ERROR]`. @default stderr
   */
  readonly notice?: (text: string) => void;
  /** stderr when it is a terminal: where a long run draws its progress line (lib/cli/progress). @default - none */
  readonly terminal?: ProgressTarget;
  /** The run's progress line (runCli sets it for the commands). @default - none */
  readonly progress?: Progress;
}

export function noticeOf(io: CliIo): (text: string) => void {
  return io.notice ?? io.stderr;
}

/**
 * Colour, decided as Node.js and supports-color (chalk) decide it: `FORCE_COLOR` set to `1`, `2`, `3`, `true` or
 * the empty string forces it (also off a terminal, and over `NO_COLOR`); any other value of it turns it off;
 * else `NO_COLOR` set and not empty (https://no-color.org) turns it off; else colour only on a terminal. The
 * `--no-color` option wins over all of them (the CLI combines it with this).
 */
export function colorAllowed(env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === 'true' || force === '1' || force === '2' || force === '3';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal;
}

/**
 * The process's standard output and error. A reader that goes away (`lighthouse-iac rules | head -1`) ends the
 * output quietly: EPIPE on a stream stops further writes to it, with no stack trace, and the exit code stays the
 * command's. Any other write error (a full disk behind `> file`) is said once on stderr and makes the exit code 2.
 * The binaries call this; in-process callers of runCli pass their own CliIo.
 */
export function processIo(): CliIo {
  return {
    stdout: guardedWriter(process.stdout, 'standard output'),
    stderr: guardedWriter(process.stderr, 'standard error'),
    color: colorAllowed(process.env, process.stdout.isTTY === true),
    ...(process.stderr.isTTY === true && {
      terminal: {
        write: (text: string) => process.stderr.write(text),
        get columns() {
          return process.stderr.columns;
        },
      },
    }),
  };
}

function guardedWriter(stream: NodeJS.WriteStream, name: string): (text: string) => void {
  let closed = false;
  const stop = (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    process.exitCode = EXIT_INPUT;
    if (stream !== process.stderr) process.stderr.write(`error: cannot write to ${name}: ${error.message}\n`);
  };
  stream.on('error', stop);
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      stop(error as NodeJS.ErrnoException);
    }
  };
}
