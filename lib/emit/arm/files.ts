import { Plan } from '../../model/plan';
import { ARM_LAYOUT } from '../../output/layout';
import { writeOutputDirectory, WriteOutputOptions } from '../../output/owned-directory';
import { writeInside } from '../../util/safe-path';
import { armDeploymentsByCustomer } from './deployments';
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
  const files: ArmFile[] = [];
  for (const deployments of armDeploymentsByCustomer(plan)) {
    const directory = deployments[0].directory;
    for (const deployment of deployments) {
      files.push({ path: `${directory}/${deployment.fileBase}.json`, text: json(deployment.template) });
      files.push({ path: `${directory}/${deployment.fileBase}.parameters.json`, text: json(deployment.parameters) });
    }
    files.push({ path: `${directory}/README.md`, text: customerReadme(plan, deployments) });
  }
  return files;
}

/**
 * Writes `<outDir>/<customer>/<subscription>.json`, `.parameters.json` and `README.md` (lib/output: only into a
 * new, empty or earlier `arm` output directory, whose other files are kept; nothing half-written).
 */
export function writeArm(plan: Plan, outDir: string, options: WriteOutputOptions = {}): ArmFile[] {
  // Computed before anything touches the disk: an input error leaves the previous output as it was.
  const files = armFiles(plan);
  writeOutputDirectory(outDir, ARM_LAYOUT, options, (staging) => {
    // Paths are built from validated ids; writeInside checks each stays inside, whatever --no-check said.
    for (const file of files) writeInside(staging, file.path, file.text);
  });
  return files;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
