import { Command, CommanderError, Option } from 'commander';
import { InputError, InputErrors, isInputError } from '../model/errors';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes';
import { CliIo, processIo } from './io';
import { stacksCommand } from './stacks-command';
import { REPORT_FORMATS, ReportFormat } from '../report/formats';
import { FailOn } from '../policy/check';
import { synthCommand, SynthOptions } from './synth-command';

// An import (not require) so that tsc copies package.json into dist/ next to the compiled CLI.
import { version } from '../../package.json';


/**
 * Runs the CLI in-process and resolves to the exit code: 0 success, 2 bad input or usage (one message per
 * problem: file:line:column, JSON path, what is wrong, how to fix it; no stack trace unless --debug),
 * 3 a bug in this tool.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  let code = EXIT_OK;
  const program = new Command()
    .name('lighthouse-iac')
    .description('Check Azure Lighthouse delegation manifests and generate what deploys them (CDK for Terraform stacks).')
    .version(version, '-V, --version')
    .option('--debug', 'print stack traces of errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program.command('synth')
    .description('synthesize one Terraform stack per customer (cdktf.out/stacks/<customer>/cdk.tf.json)')
    .argument('<manifest>', 'manifest file (YAML or JSON)')
    .option('-o, --out <dir>', 'output directory, replaced atomically', 'cdktf.out')
    .option('--roles <dump.json>', 'role catalog from `az role definition list --output json` instead of the shipped snapshot')
    .option('--policy <file>', 'policy file for the check that runs first')
    .option('--baseline <manifest>', 'the previous manifest, for the check that runs first')
    .option('--no-check', 'skip the policy check (output is written even when the service would reject it)')
    .action(async (manifest: string, options: SynthOptions) => {
      code = await synthCommand(manifest, { ...options, color: io.color }, io);
    });

  program.command('check')
    .description('check the manifest against the policy rules (LH101-LH404) and report the findings')
    .argument('<manifest>', 'manifest file (YAML or JSON)')
    .option('--policy <file>', 'policy file (default: policies/default.policy.yaml of this package)')
    .option('--roles <dump.json>', 'role catalog from `az role definition list --output json` instead of the shipped snapshot')
    .option('--baseline <manifest>', 'the previous manifest, for rules that compare versions (LH403)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unsuppressed finding is at or above this level').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--no-color', 'no colours in the text report (also when NO_COLOR is set or stdout is not a terminal)')
    .action(async (manifest: string, options: { policy?: string; roles?: string; baseline?: string; format: ReportFormat; output?: string; failOn: FailOn; color: boolean }) => {
      const { checkCommand } = await import('./check-command');
      code = checkCommand(manifest, { ...options, color: options.color && io.color }, io);
    });

  program.command('rules')
    .description('list the policy rules (id, pack, default level, title)')
    .option('--json', 'print every rule with its rationale, fix and source as JSON')
    .action(async (options: { json?: boolean }) => {
      const { rulesCommand } = await import('./rules-command');
      code = rulesCommand(options, io);
    });

  program.command('stacks')
    .description('list the stack names the manifest synthesizes to (one per customer), e.g. for a CI matrix')
    .argument('<manifest>', 'manifest file (YAML or JSON)')
    .option('--json', 'print a JSON array')
    .option('--roles <dump.json>', 'role catalog dump (see synth)')
    .action((manifest: string, options: { json?: boolean; roles?: string }) => {
      code = stacksCommand(manifest, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to commander's control flow.
    return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
  }
  if (isInputError(error)) {
    const errors = error instanceof InputErrors ? error.errors : [error as InputError];
    for (const e of errors) io.stderr(`error: ${e.message}\n`);
    if (errors.length > 1) io.stderr(`${errors.length} errors; nothing was written\n`);
    else io.stderr('nothing was written\n');
    if (debug) io.stderr(`${(error as Error).stack}\n`);
    return EXIT_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`internal error: ${message}\n`);
  io.stderr(debug && error instanceof Error ? `${error.stack}\n` : 'this is a bug in lighthouse-iac; run again with --debug for the stack trace and report it\n');
  return EXIT_INTERNAL;
}
