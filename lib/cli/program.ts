import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { toolVersion } from '../util/tool-version';
import { DEFAULT_MAX_ERRORS, InputError, InputErrors, isInputError } from '../model/errors';
import { FailOn } from '../policy/check';
import { REPORT_FORMATS, ReportFormat } from '../report/formats';
import { visibleText } from '../util/visible-text';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes';
import { addInputOptions, inputFiles, InputOptions, loadPlan } from './input-options';
import { ARM_LAYOUT, OutputLayout, PARTNER_CENTER_LAYOUT, SYNTH_LAYOUT } from '../output/layout';
import { RISK_FLAGS } from '../diff/change';
import type { DiffFormat } from './diff-command';
import { inspectOutputTarget } from '../output/output-target';
import { CliIo, processIo } from './io';
import { Progress } from './progress';

interface PolicyFlags { readonly policy?: string; readonly baseline?: string }
interface WriteFlags extends InputOptions, PolicyFlags { readonly out: string; readonly check: boolean; readonly adopt?: string }

/**
 * Runs the CLI in-process and resolves to the exit code: 0 success, 1 findings at or above --fail-on (or
 * errors that stop synth/arm), 2 bad input or usage (one message per problem: file:line:column, JSON path,
 * what is wrong, how to fix it; no stack trace unless --debug), 3 a bug in this tool.
 * Commands load their modules lazily so that `check` never pays for cdktf and `--help` for nothing.
 */
export async function runCli(argv: readonly string[], terminalIo: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  // A progress line on stderr when it is a terminal (not with --quiet); cleared before anything else is printed.
  const progress = argv.includes('--quiet') || argv.includes('-q') || !terminalIo.terminal ? Progress.none : new Progress(terminalIo.terminal);
  const io: CliIo = {
    ...terminalIo,
    stdout: (text) => { progress.clear(); terminalIo.stdout(text); },
    stderr: (text) => { progress.clear(); terminalIo.stderr(text); },
    ...(terminalIo.notice && { notice: (text: string) => { progress.clear(); terminalIo.notice!(text); } }),
    progress,
  };
  let code = EXIT_OK;
  const program = new Command()
    .name('lighthouse-iac')
    .description('Check Azure Lighthouse delegation manifests and generate what deploys them: CDK for Terraform stacks, ARM templates, Partner Center plans.')
    .version(toolVersion(), '-V, --version')
    .option('--debug', 'print stack traces of errors')
    .option('--max-errors <n>', `input errors to print, the first in file order (0: all; default ${DEFAULT_MAX_ERRORS})`, errorCountOption)
    .option('-q, --quiet', 'no progress line on stderr (a terminal shows one for runs longer than a second)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  const withPolicy = (command: Command) => command
    .option('--policy <file>', 'policy file (default: policies/default.policy.yaml of this package)')
    .option('--baseline <file>', 'the previous manifest (or any input), for rules that compare versions (LH403)');
  const writer = (name: string, description: string, layout: OutputLayout, defaultOut: string,
    write: (flags: WriteFlags & { inputs: string[] }, input: string) => Promise<number>): Command => {
    return withPolicy(addInputOptions(program.command(name).description(description)
      .argument('<input>', 'manifest (YAML/JSON), ARM template, Terraform JSON or az CLI output')
      .option('-o, --out <dir>', 'output directory: new, empty, or an earlier output of this command (only what it wrote there is replaced)', defaultOut)))
      .option('--no-check', 'skip the policy check that runs first (output is written even when Azure would reject it)')
      .action(async (input: string, flags: WriteFlags) => {
        const inputs = inputFiles(input, flags);
        // Before anything is read: a run that could not write its output should not make the user wait for it.
        inspectOutputTarget(flags.out, layout, { inputs });
        code = await write({ ...flags, inputs }, input);
      });
  };

  writer('synth', 'synthesize one Terraform stack per customer (<out>/stacks/<customer>/cdk.tf.json and ACCESS.md)', SYNTH_LAYOUT, 'cdktf.out', async (flags, input) => {
    const { plan, roles } = loadPlan(input, flags, progress);
    const { checkFirst } = await import('./check-first');
    if (!(await checkFirst(input, plan, roles, flags, io))) return 1;
    const { synthCommand } = await import('./synth-command');
    return synthCommand(plan, flags as WriteFlags & { stack?: string[]; jobs?: number }, io);
  }).option('--adopt <live-export>', 'an az CLI export or `terraform show -json` state of what is deployed: import blocks for the definitions and assignments that exist with the same ids (Terraform >= 1.5)')
    .option('--stack <id>', 're-synthesize only this stack inside an earlier synth output (repeatable; the others stay as they are; the check still covers every customer)',
      (id: string, ids: string[] = []) => [...ids, id])
    .option('--jobs <n>', 'worker threads that synthesize stacks side by side (each holds a copy of the input: memory grows with n)', jobsOption);

  writer('arm', 'write one ARM subscription deployment (+ parameters, README) per customer subscription (<out>/<customer>/<subscription>.json)', ARM_LAYOUT, 'arm', async (flags, input) => {
    const { plan, roles } = loadPlan(input, flags, progress);
    const { checkFirst } = await import('./check-first');
    if (!(await checkFirst(input, plan, roles, flags, io))) return 1;
    const { armCommand } = await import('./arm-command');
    return armCommand(plan, flags, io);
  });

  writer('partner-center', 'write the Partner Center plan technical configuration of every offer with a Marketplace plan (<out>/<offer>/plan.json, plan.md)', PARTNER_CENTER_LAYOUT, 'partner-center', async (flags, input) => {
    const { plan, roles } = loadPlan(input, flags, progress);
    const { checkFirst } = await import('./check-first');
    if (!(await checkFirst(input, plan, roles, flags, io))) return 1;
    const { partnerCenterCommand } = await import('./partner-center-command');
    return partnerCenterCommand(plan, flags, io);
  });

  withPolicy(addInputOptions(program.command('check')
    .description('check the input against the policy rules (lighthouse-iac rules lists them) and report the findings')
    .argument('<input>', 'manifest (YAML/JSON), ARM template, Terraform JSON or az CLI output')))
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically; never an input file) instead of stdout (`-`: stdout)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unsuppressed finding is at or above this level').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--no-color', 'no colours in the text report (also when NO_COLOR is set or stdout is not a terminal)')
    .action(async (input: string, flags: InputOptions & PolicyFlags & { format: ReportFormat; output?: string; failOn: FailOn; color: boolean }) => {
      const { plan, roles } = loadPlan(input, flags, progress);
      const { checkCommand } = await import('./check-command');
      code = checkCommand(input, plan, roles, { ...flags, color: flags.color && io.color, inputs: inputFiles(input, flags) }, io);
    });

  addInputOptions(program.command('import')
    .description('turn an existing ARM template, Terraform JSON or az CLI export into an equivalent manifest')
    .argument('<input>', 'ARM template, Terraform JSON or az CLI output (or a manifest, to normalize it)'))
    .addOption(new Option('--to <kind>', 'what to write').choices(['manifest']).default('manifest'))
    .option('-o, --output <file>', 'write to a file (atomically; never an input file) instead of stdout (`-`: stdout)')
    .action(async (input: string, flags: InputOptions & { to: 'manifest'; output?: string }) => {
      const { plan } = loadPlan(input, flags, progress);
      const { importCommand } = await import('./import-command');
      code = importCommand(plan, { ...flags, inputs: inputFiles(input, flags) }, io);
    });

  addInputOptions(program.command('stacks')
    .description('list the stack names the input synthesizes to (one per customer), e.g. for a CI matrix')
    .argument('<input>', 'manifest (YAML/JSON), ARM template, Terraform JSON or az CLI output'))
    .option('--json', 'print JSON (a list of stack names; with --changed-since, { changed, removed })')
    .option('--changed-since <git-rev>', 'only the stacks whose synthesized output differs from the input at this git revision, and those it removed')
    .action(async (input: string, flags: InputOptions & { json?: boolean; changedSince?: string }) => {
      const { plan } = loadPlan(input, flags, progress);
      const { stacksCommand, changedStacksCommand } = await import('./stacks-command');
      code = flags.changedSince === undefined ? stacksCommand(plan, flags, io) : await changedStacksCommand(input, plan, { ...flags, changedSince: flags.changedSince }, io);
    });

  addInputOptions(program.command('diff')
    .description('report the access changes between two inputs (or an input and its git revision, or a Terraform plan), each with its risk flags')
    .argument('[inputs...]', 'the old and the new input (manifests, ARM templates, Terraform JSON, az CLI exports, in any combination)'))
    .option('--git <rev>', 'compare the one input with itself at this git revision (git show, no checkout)')
    .option('--plan <plan.json>', '`terraform show -json <planfile>` output: what is deployed against what the plan leaves, with the replacements Terraform performs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'markdown', 'json', 'html']).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically; never an input file) instead of stdout (`-`: stdout)')
    .option('--fail-on <flags>', `exit 1 when a change carries one of these risk flags (comma-separated: ${RISK_FLAGS.join(', ')}), or on any change (any); never: always 0`, 'never')
    .action(async (inputs: string[], flags: InputOptions & { git?: string; plan?: string; format: DiffFormat; output?: string; failOn: string }) => {
      const { diffCommand } = await import('./diff-command');
      const read = [...inputs, ...(flags.plan !== undefined ? [flags.plan] : []), ...(flags.roles !== undefined ? [flags.roles] : []), ...(flags.parameters !== undefined ? [flags.parameters] : [])];
      code = await diffCommand(inputs, { ...flags, inputs: read }, io);
    });

  program.command('init')
    .description('write a commented starter manifest (lighthouse.yaml) with the schema line for editors; never replaces a file')
    .argument('[dir]', 'where to write it (created if missing)', '.')
    .option('--policy', 'also write a starter policy file (lighthouse.policy.yaml): the default policy, to change')
    .action(async (dir: string, flags: { policy?: boolean }) => {
      const { initCommand } = await import('./init-command');
      code = initCommand(dir, flags, io);
    });

  program.command('rules')
    .description('list the policy rules (id, pack, default level, title), or explain one: lighthouse-iac rules LH301')
    .argument('[id]', 'one rule (any case): its rationale, fix, parameters and documentation')
    .option('--json', 'print the rules (or the one rule) with rationale, fix, parameters and sources as JSON')
    .action(async (id: string | undefined, flags: { json?: boolean }) => {
      const { rulesCommand } = await import('./rules-command');
      code = rulesCommand({ ...flags, ...(id !== undefined && { id }) }, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io, debug, program.opts<{ maxErrors?: number }>().maxErrors ?? DEFAULT_MAX_ERRORS);
  } finally {
    progress.clear();
  }
}

/** --max-errors: a whole number (0: all). */
/** A commander parser for a whole-number option in [min, max]; `expected` says what to give when the value is not one. */
function wholeNumberOption(min: number, max: number, expected: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected ${expected}, got ${JSON.stringify(value)}`);
    return n;
  };
}

const jobsOption = wholeNumberOption(1, 64, 'a number of worker threads from 1 to 64 (e.g. the number of cores)');
const errorCountOption = wholeNumberOption(0, Number.MAX_SAFE_INTEGER, 'a whole number of errors to print (0: all)');

/** `3 errors; `, or `20 of 1,200 errors shown (--max-errors 0 shows all); ` when some were left out. */
function errorCount(shown: number, kept: number, total: number): string {
  const n = (count: number) => count.toLocaleString('en-US');
  if (total <= 1) return '';
  if (shown >= total) return `${n(total)} errors; `;
  const more = kept > shown ? ` (--max-errors ${kept >= total ? 0 : n(kept)} shows ${kept >= total ? 'all' : `the first ${n(kept)}`})` : '';
  return `${n(shown)} of ${n(total)} errors shown${more}; `;
}

function reportError(error: unknown, io: CliIo, debug: boolean, maxErrors: number): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to commander's control flow.
    return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
  }
  if (isInputError(error)) {
    const errors = error instanceof InputErrors ? error.errors : [error as InputError];
    const total = error instanceof InputErrors ? error.total : 1;
    const shown = maxErrors === 0 ? errors : errors.slice(0, maxErrors);
    for (const e of shown) io.stderr(`error: ${e.message}\n`);
    io.stderr(`${errorCount(shown.length, errors.length, total)}nothing was written\n`);
    if (debug) io.stderr(`${visibleText((error as Error).stack ?? '', { keepLineBreaks: true })}\n`);
    return EXIT_INPUT;
  }
  // A bug's message may quote the input too: shown, not interpreted (the tool's own line breaks kept).
  const shown = (text: string) => visibleText(text, { keepLineBreaks: true });
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`internal error: ${shown(message)}\n`);
  io.stderr(debug && error instanceof Error ? `${shown(error.stack ?? '')}\n` : 'this is a bug in lighthouse-iac; run again with --debug for the stack trace and report it\n');
  return EXIT_INTERNAL;
}
