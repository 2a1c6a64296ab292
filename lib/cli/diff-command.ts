import { AccessDiff, DiffFailOn, diffFailsAt, RISK_FLAGS, RiskFlag } from '../diff/change';
import { InputError } from '../model/errors';
import { DEFAULT_SETTINGS, Plan } from '../model/plan';
import { writeReportFile } from '../output/report-file';
import { toolVersion } from '../util/tool-version';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { fileAtRevision } from './git-file';
import { InputOptions, loadPlan, loadPlanText } from './input-options';
import { CliIo, noticeOf } from './io';
import { printInputNotes } from './input-notes';

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions extends InputOptions {
  /** The old side: the new input's file at this git revision. */
  readonly git?: string;
  /** `terraform show -json <planfile>`: both sides and Terraform's own replacements. */
  readonly plan?: string;
  readonly format: DiffFormat;
  readonly output?: string;
  /** Comma-separated flags, `any` or `never`. */
  readonly failOn: string;
  /** Files the run reads: `--output` never replaces one. */
  readonly inputs: readonly string[];
}

/**
 * `lighthouse-iac diff <old> <new>` (any two inputs), `diff --git <rev> <input>`, or `diff --plan plan.json`:
 * the access changes with their risk flags; exit 1 when a change carries a flag `--fail-on` names.
 */
export async function diffCommand(inputs: readonly string[], options: DiffCommandOptions, io: CliIo): Promise<number> {
  const failOn = parseFailOn(options.failOn);
  const diff = await computeDiff(inputs, options, io);
  const text = await render(diff, options.format);
  const toStdout = options.output === undefined || options.output === '-';
  if (toStdout) io.stdout(text);
  else {
    writeReportFile(options.output!, text, { inputs: options.inputs });
    const { diffSummaryLine } = await import('../diff/render-text');
    noticeOf(io)(`diff: ${diffSummaryLine(diff)} -> ${options.output}\n`);
  }
  return diffFailsAt(diff, failOn) ? EXIT_FINDINGS : EXIT_OK;
}

async function computeDiff(inputs: readonly string[], options: DiffCommandOptions, io: CliIo): Promise<AccessDiff> {
  // What an input cannot show (an az export without eligible authorizations) matters to a diff most of all.
  const noted = (plan: Plan): Plan => {
    printInputNotes(plan, io);
    return plan;
  };
  const { diffPlans } = await import('../diff/diff-plans');
  if (options.plan !== undefined) {
    if (inputs.length > 0 || options.git !== undefined) {
      throw new InputError('--plan reads both sides from the Terraform plan: give no other input and no --git', 'run `lighthouse-iac diff --plan plan.json` alone', { file: options.plan });
    }
    const { SourceDocument } = await import('../source/source-document');
    const { RoleCatalog } = await import('../roles/catalog');
    const { readTerraformPlanChanges } = await import('../import/terraform/plan-changes');
    const { diffTerraformPlan } = await import('../diff/terraform-plan');
    const roles = options.roles === undefined ? RoleCatalog.builtIn() : RoleCatalog.fromDumpFile(options.roles);
    const changes = readTerraformPlanChanges(SourceDocument.read(options.plan), { roles, ...(options.customer !== undefined && { customer: options.customer }) });
    return diffTerraformPlan(changes, { before: `${options.plan} (prior state)`, after: `${options.plan} (planned)` });
  }
  if (options.git !== undefined) {
    if (inputs.length !== 1) throw usage('--git compares one input with itself at a revision: give exactly one input');
    const [file] = inputs;
    const after = noted(loadPlan(file, options, io.progress).plan);
    const name = `${file}@${options.git}`;
    const text = fileAtRevision(file, options.git);
    const before = text === undefined ? emptyPlan(name) : noted(loadPlanText(text, name, options).plan);
    return diffPlans(before, after, { before: name, after: file });
  }
  if (inputs.length !== 2) throw usage('give the old and the new input (or --git <rev> <input>, or --plan plan.json)');
  const [old, now] = inputs;
  const before = noted(loadPlan(old, options, io.progress).plan);
  const after = noted(loadPlan(now, options, io.progress).plan);
  io.progress?.phase('comparing');
  return diffPlans(before, after, { before: old, after: now });
}

function usage(problem: string): InputError {
  return new InputError(problem, 'lighthouse-iac diff old.yaml new.yaml | diff --git origin/main lighthouse.yaml | diff --plan plan.json', { file: '(command line)' });
}

/** The old side when the input did not exist at the revision: everything is new. */
function emptyPlan(file: string): Plan {
  return { file, principals: [], customers: [], offers: [], authorizationSets: [], delegations: [], suppressions: [], settings: DEFAULT_SETTINGS };
}

export function parseFailOn(value: string): DiffFailOn {
  const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 1 && (parts[0] === 'any' || parts[0] === 'never')) return parts[0];
  const unknown = parts.filter((p) => !(RISK_FLAGS as readonly string[]).includes(p));
  if (parts.length === 0 || unknown.length > 0) {
    throw new InputError(`--fail-on ${JSON.stringify(value)} names ${unknown.length > 0 ? `unknown flags: ${unknown.join(', ')}` : 'nothing'}`,
      `use any, never, or a comma-separated list of: ${RISK_FLAGS.join(', ')}`, { file: '(--fail-on)' });
  }
  return parts as RiskFlag[];
}

async function render(diff: AccessDiff, format: DiffFormat): Promise<string> {
  switch (format) {
    case 'markdown':
      return (await import('../diff/render-markdown')).renderDiffMarkdown(diff);
    case 'json':
      return (await import('../diff/render-json')).renderDiffJson(diff, toolVersion());
    case 'html':
      return (await import('../diff/render-html')).renderDiffHtml(diff, toolVersion());
    default:
      return (await import('../diff/render-text')).renderDiffText(diff);
  }
}
