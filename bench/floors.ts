// Checks that keep the benchmark's floors honest, and how one measurement runs; used by run.ts and by test/bench.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Where every task and its floor write: tmpfs where there is one (the shared disk's write time swings 30x). */
export const WRITE_ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export interface Sample {
  /** Wall time of the task after its imports (and whatever it prepares before the timer). */
  readonly ms: number;
  /** CPU time of the process in that time, all threads (less noisy than wall time on a shared machine). */
  readonly cpuMs: number;
  /** Peak resident set of the whole process. */
  readonly rssMb: number;
  /** The size of the document a report task rendered. */
  readonly bytes?: number;
}

export interface RunTaskOptions {
  /** Variables to add (BENCH_KEEP_OUT). @default none */
  readonly env?: Record<string, string>;
  /** V8 flags, e.g. a larger old generation. @default none: V8's default heap, as targets say "completes on the default heap" */
  readonly nodeFlags?: readonly string[];
}

/**
 * One run of a bench/measure.ts task in a fresh process, with the V8 flags the CLI runs itself with for this input
 * (a larger young generation for inputs of 8 MB and more, lib/cli/node-flags.ts), for the task and its floor alike.
 */
export function runTask(task: string, file: string, options: RunTaskOptions = {}): Sample {
  const { cliNodeFlags } = require(join(ROOT, 'dist/lib/cli/node-flags.js')) as typeof import('../lib/cli/node-flags');
  const flags = [...cliNodeFlags([file]), ...(options.nodeFlags ?? [])];
  return JSON.parse(execFileSync(process.execPath, [...flags, join(ROOT, 'scripts/run-ts.js'), join(ROOT, 'bench/measure.ts'), task, file],
    { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...options.env } }));
}

/** The stacks of a synth output directory as one value, without cdktf's `//` metadata (construct paths differ by design). */
export function stacksWithoutMetadata(dir: string): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '//').map(([key, inner]) => [key, strip(inner)]));
  };
  const stacks = join(dir, 'stacks');
  return Object.fromEntries(readdirSync(stacks).sort().map((stack) => [stack, {
    files: readdirSync(join(stacks, stack)).sort(),
    terraform: strip(JSON.parse(readFileSync(join(stacks, stack, 'cdk.tf.json'), 'utf8'))),
    access: readFileSync(join(stacks, stack, 'ACCESS.md'), 'utf8'),
  }]));
}

export const SYNTH_TASKS = ['synth', 'synth-raw', 'synth-json'] as const;

/** Like with like: the synth floors must write the files the constructs write (Terraform JSON, ACCESS.md), or their ratios mean nothing. */
export function requireSameSynthOutput(file: string, workDir: string): void {
  const outputs = SYNTH_TASKS.map((task) => {
    const dir = join(workDir, `out-${task}`);
    runTask(task, file, { env: { BENCH_KEEP_OUT: dir } });
    return { task, json: JSON.stringify(stacksWithoutMetadata(dir)) };
  });
  for (const other of outputs.slice(1)) {
    if (other.json !== outputs[0].json) throw new Error(`bench: ${other.task} does not write the files that synth writes; fix the floor in bench/measure.ts`);
  }
}

/** Like with like: the ARM floor writes exactly the files and bytes writeArm writes. */
export function requireSameArmOutput(file: string, workDir: string): void {
  const read = (task: string) => {
    const dir = join(workDir, `out-${task}`);
    runTask(task, file, { env: { BENCH_KEEP_OUT: dir } });
    // The floor writes as many bytes, not the same ones: paths and sizes are compared.
    const files = tree(task === 'arm' ? join(dir, 'out') : dir);
    return JSON.stringify(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, Buffer.byteLength(text)])));
  };
  const [arm, floor] = [read('arm'), read('arm-write')];
  if (arm !== floor) throw new Error('bench: arm-write does not write as many bytes to the same paths as arm; fix the floor in bench/measure.ts');
}

/** Every file under `dir` but the output marker, as relative path -> text. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (prefix === '' && entry.name === '.lighthouse-iac') continue;
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, tree(join(dir, entry.name), path));
    else files[path] = readFileSync(join(dir, entry.name), 'utf8');
  }
  return files;
}
