import type { Progress, ProgressTarget } from './progress';

/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour is allowed: stdout is a terminal and NO_COLOR (https://no-color.org) is not set. */
  readonly color: boolean;
  /** stderr when it is a terminal: where a long run draws its progress line (lib/cli/progress). @default - none */
  readonly terminal?: ProgressTarget;
  /** The run's progress line (runCli sets it for the commands). @default - none */
  readonly progress?: Progress;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  ...(process.stderr.isTTY === true && {
    terminal: {
      write: (text: string) => process.stderr.write(text),
      get columns() {
        return process.stderr.columns;
      },
    },
  }),
};
