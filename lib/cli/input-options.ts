import { statSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { LoadInputOptions } from '../import/load-input';
import { INPUT_FORMATS, InputFormat } from '../import/input-kinds';
import type { Plan } from '../model/plan';
import type { RoleCatalog } from '../roles/catalog';
import { Progress } from './progress';

/** Options of every command that reads a Plan from a manifest, an ARM template, Terraform JSON or az CLI output. */
export interface InputOptions {
  readonly inputFormat?: InputFormat;
  readonly parameters?: string;
  readonly subscription?: string;
  readonly customerTenant?: string;
  readonly customer?: string;
  readonly roles?: string;
}

export function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--input-format <format>', 'what the input is (default: detected from its content)').choices(INPUT_FORMATS))
    .option('--parameters <file>', 'ARM input: the parameters file of the template')
    .option('--subscription <id>', 'ARM input: the subscription the template is deployed to (templates do not say)')
    .option('--customer-tenant <id>', 'ARM/az input: the customer tenant (when the input does not say)')
    .option('--customer <key>', 'imported input: the customer key to use in reports and output')
    .option('--roles <dump.json>', 'role catalog from `az role definition list --output json` instead of the shipped snapshot');
}

export interface LoadedInput {
  readonly plan: Plan;
  readonly roles: RoleCatalog;
}

/** Inputs at least this large take over a second to parse as YAML: the progress line says so at once. */
const SLOW_READ_BYTES = 2_000_000;

// The readers and the role catalog are loaded when first needed, not at the top: `--help` and `rules` need neither.
const readers = () => require('../import/load-input') as typeof import('../import/load-input');

export function loadPlan(file: string, options: InputOptions, progress: Progress = Progress.none): LoadedInput {
  progress.phase(`reading ${file}`, { slow: sizeOf(file) >= SLOW_READ_BYTES });
  const roles = catalogOf(options);
  return { plan: readers().loadInput(file, loadOptions(options, roles)), roles };
}

/** As loadPlan, from text in memory (a file at a git revision) named `name` in locations. */
export function loadPlanText(text: string, name: string, options: InputOptions): LoadedInput {
  const roles = catalogOf(options);
  return { plan: readers().loadInputText(text, name, loadOptions(options, roles)), roles };
}

/** --roles: a fresh `az role definition list --output json` dump instead of the shipped snapshot. */
function catalogOf(options: InputOptions): RoleCatalog {
  const { RoleCatalog } = require('../roles/catalog') as typeof import('../roles/catalog');
  return options.roles === undefined ? RoleCatalog.builtIn() : RoleCatalog.fromDumpFile(options.roles);
}

function loadOptions(options: InputOptions, roles: RoleCatalog): LoadInputOptions {
  return {
    roles,
    ...(options.inputFormat !== undefined && { inputFormat: options.inputFormat }),
    ...(options.parameters !== undefined && { parameters: options.parameters }),
    ...(options.subscription !== undefined && { subscription: options.subscription.toLowerCase() }),
    ...(options.customerTenant !== undefined && { customerTenant: options.customerTenant.toLowerCase() }),
    ...(options.customer !== undefined && { customer: options.customer }),
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the reader reports what is wrong with the file
  }
}

/** Every file a command reads besides its outputs: an output (`--out`, `--output`) may never be or contain one. */
export function inputFiles(input: string, flags: InputOptions & { readonly policy?: string; readonly baseline?: string; readonly adopt?: string }): string[] {
  return [input, flags.parameters, flags.policy, flags.baseline, flags.roles, flags.adopt].filter((file): file is string => file !== undefined);
}
