// Checks that keep the benchmark's floors honest; used by run.ts before measuring and by test/bench.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** One run of a bench/measure.ts task in a fresh process; `env` adds variables (BENCH_KEEP_OUT). */
export function runTask(task: string, file: string, env: Record<string, string> = {}): { ms: number; rssMb: number; bytes?: number } {
  return JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', join(ROOT, 'scripts/run-ts.js'), join(ROOT, 'bench/measure.ts'), task, file],
    { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...env } }));
}

/** The stacks of a synth output directory as one value, without cdktf's `//` metadata (construct paths differ by design). */
export function stacksWithoutMetadata(dir: string): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '//').map(([key, inner]) => [key, strip(inner)]));
  };
  const stacks = join(dir, 'stacks');
  return Object.fromEntries(readdirSync(stacks).sort().map((stack) => [stack, strip(JSON.parse(readFileSync(join(stacks, stack, 'cdk.tf.json'), 'utf8')))]));
}

export const SYNTH_TASKS = ['synth', 'synth-raw', 'synth-json'] as const;

/** Like with like: the synth floors must write the Terraform JSON the constructs write, or their ratios mean nothing. */
export function requireSameSynthOutput(file: string, workDir: string): void {
  const outputs = SYNTH_TASKS.map((task) => {
    const dir = join(workDir, `out-${task}`);
    runTask(task, file, { BENCH_KEEP_OUT: dir });
    return { task, json: JSON.stringify(stacksWithoutMetadata(dir)) };
  });
  for (const other of outputs.slice(1)) {
    if (other.json !== outputs[0].json) throw new Error(`bench: ${other.task} does not write the Terraform JSON that synth writes; fix the floor in bench/measure.ts`);
  }
}
