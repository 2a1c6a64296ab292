import { writeManifest } from '../emit/manifest/plan-to-manifest';
import { loadManifestText } from '../manifest/load';
import { isInputError } from '../model/errors';
import { Plan } from '../model/plan';
import { writeReportFile } from '../output/report-file';
import { EXIT_OK } from './exit-codes';
import { CliIo, noticeOf } from './io';
import { printInputNotes } from './input-notes';

export interface ImportCommandOptions {
  readonly to: 'manifest';
  /** Write here (atomically) instead of stdout; `-` is stdout. */
  readonly output?: string;
  /** Files the run reads: `--output` never replaces one. @default [] */
  readonly inputs?: readonly string[];
}

/**
 * `lighthouse-iac import <input> --to manifest [-o file]`: the input's Plan as manifest YAML, on stdout or in a
 * file. The YAML is loaded back before anything is written, so a file this command writes always loads; what the
 * source lacks is marked `# TODO:` and counted on stderr (stdout carries only the YAML).
 */
export function importCommand(plan: Plan, options: ImportCommandOptions, io: CliIo): number {
  printInputNotes(plan, io);
  const { text, todos } = writeManifest(plan);
  const output = options.output === '-' ? undefined : options.output;
  try {
    loadManifestText(text, output ?? 'manifest.yaml');
  } catch (error) {
    // The writer's job is a valid manifest: failing that is a bug here, not a problem with the user's input.
    if (isInputError(error)) throw new Error(`the manifest written from ${plan.file} does not load back:\n${error.message}`);
    throw error;
  }
  if (output === undefined) io.stdout(text);
  else writeReportFile(output, text, { inputs: options.inputs });
  const delegations = plan.delegations.length;
  const where = output === undefined ? 'manifest' : output;
  noticeOf(io)(`wrote ${where} from ${plan.file}: ${delegations} delegation${delegations === 1 ? '' : 's'}`
    + `${todos === 0 ? '' : todos === 1
      ? '; 1 TODO comment marks a value the source does not give: fill it in, then run lighthouse-iac check'
      : `; ${todos} TODO comments mark values the source does not give: fill them in, then run lighthouse-iac check`}\n`);
  return EXIT_OK;
}
