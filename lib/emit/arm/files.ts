import { Plan } from '../../model/plan';
import { ARM_LAYOUT } from '../../output/layout';
import { writeOutputDirectory, WriteOutputOptions } from '../../output/owned-directory';
import { insideWriter } from '../../util/safe-path';
import { armCustomerCount, armDeploymentsByCustomer, requireExportable } from './deployments';
import { customerReadme } from './readme';

export interface ArmFile {
  /** Relative to the output directory, with `/`: `<customer>/<subscription>.json`. */
  readonly path: string;
  readonly text: string;
}

/**
 * Every file ARM export writes, in a stable order: per customer directory the template and parameters file
 * of each subscription, then README.md. JSON is 2-space indented with a trailing newline; keys keep the
 * order the emitter builds them in; nothing depends on time, machine or working directory.
 */
export function armFiles(plan: Plan): ArmFile[] {
  return [...armFilesByCustomer(plan)].flat();
}

/**
 * The files of `armFiles`, one customer directory at a time: a consumer that writes each customer's files and lets
 * go of them (writeArm) holds one customer's text at a time, whatever the size of the estate.
 */
export function* armFilesByCustomer(plan: Plan): Generator<ArmFile[]> {
  for (const deployments of armDeploymentsByCustomer(plan)) {
    const directory = deployments[0].directory;
    const files: ArmFile[] = [];
    for (const deployment of deployments) {
      files.push({ path: `${directory}/${deployment.fileBase}.json`, text: json(deployment.template) });
      files.push({ path: `${directory}/${deployment.fileBase}.parameters.json`, text: json(deployment.parameters) });
    }
    files.push({ path: `${directory}/README.md`, text: customerReadme(plan, deployments) });
    yield files;
  }
}

export interface WriteArmOptions extends WriteOutputOptions {
  /** Called after each customer's files are staged, with how many of how many customers are done. @default - none */
  readonly onCustomer?: (done: number, total: number) => void;
}

/**
 * Writes `<outDir>/<customer>/<subscription>.json`, `.parameters.json` and `README.md` (lib/output: only into a
 * new, empty or earlier `arm` output directory, whose other files are kept; nothing half-written). Each customer's
 * files are built and written in turn, so memory stays flat however many customers the Plan has: the texts are not
 * returned, only the paths written (relative, `/`-separated, in armFiles order; armFiles(plan) has the texts).
 */
export function writeArm(plan: Plan, outDir: string, options: WriteArmOptions = {}): string[] {
  // Before anything touches the disk: an input error leaves the previous output as it was.
  requireExportable(plan);
  const total = armCustomerCount(plan);
  const written: string[] = [];
  writeOutputDirectory(outDir, ARM_LAYOUT, options, (staging) => {
    // Paths are built from validated ids; the writer checks each stays inside, whatever --no-check said.
    const write = insideWriter(staging);
    let done = 0;
    for (const files of armFilesByCustomer(plan)) {
      for (const file of files) {
        write(file.path, file.text);
        written.push(file.path);
      }
      options.onCustomer?.(++done, total);
    }
  });
  return written;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
