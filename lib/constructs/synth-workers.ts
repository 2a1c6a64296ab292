import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, WorkerOptions } from 'node:worker_threads';
import type { Plan } from '../model/plan';
import { stackIds } from '../model/customer-stacks';
import { synthesizePlan, SynthesizeOptions, writeStackIndex } from './plan-app';
import type { SynthWorkerData, SynthWorkerMessage } from './synth-worker';

export interface SynthesizeInWorkersOptions extends SynthesizeOptions {
  /** Worker threads, each synthesizing a share of the stacks (synth --jobs); 1 synthesizes in this thread. */
  readonly jobs: number;
}

/**
 * synthesizePlan on `jobs` worker threads (`synth --jobs`): the stacks are dealt out in turn; each worker gets a copy
 * of the Plan (a structured clone keeps the Plan's shared lists and the adoption's keys) and synthesizes its stacks
 * one at a time into `outdir`; this thread writes manifest.json last, as a full synth does. The bytes are those of
 * synthesizePlan: each stack's output depends on that stack alone. Each worker holds its own Plan and its own cdktf,
 * so memory grows with the number of jobs. The first worker error stops the others and is thrown as it was (its
 * errno code decides whether it is the user's to fix).
 */
export async function synthesizeInWorkers(plan: Plan, outdir: string, options: SynthesizeInWorkersOptions): Promise<void> {
  const selected = stackIds(plan).filter((id) => !options.stacks || options.stacks.has(id));
  const jobs = Math.min(Math.max(1, Math.floor(options.jobs)), selected.length);
  if (jobs <= 1) {
    synthesizePlan(plan, outdir, options);
    return;
  }
  // Created here, not by each worker's cdktf App (which checks and creates it non-atomically: two workers race).
  mkdirSync(join(outdir, 'stacks'), { recursive: true });
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  selected.forEach((id, i) => shares[i % jobs].push(id));
  let done = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(shares.map((stacks) => new Promise<void>((resolve, reject) => {
      const data: SynthWorkerData = { plan, outdir, stacks, ...(options.adoption && { adoption: options.adoption }) };
      const [file, extra] = workerEntry();
      const worker = new Worker(file, { ...extra, workerData: data });
      workers.push(worker);
      let ended = false;
      worker.on('message', (message: SynthWorkerMessage) => {
        if (message.kind === 'stack') options.onStack?.(++done, selected.length);
        else {
          ended = true;
          if (message.error) reject(Object.assign(new Error(message.error.message), message.error.code && { code: message.error.code }, message.error.stack && { stack: message.error.stack }));
          else resolve();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!ended) reject(new Error(`a synth worker stopped (exit code ${code}) before it finished its stacks`));
      });
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // The index of every stack: the workers wrote none (each checked the Plan before its first stack).
  writeStackIndex(plan, outdir);
}

/** The worker's entry: the compiled file beside this one, or (running from source: tests) the .ts through run-ts. */
function workerEntry(): [string, WorkerOptions] {
  const compiled = join(__dirname, 'synth-worker.js');
  if (existsSync(compiled)) return [compiled, {}];
  return [join(__dirname, '../../scripts/run-ts.js'), { argv: [join(__dirname, 'synth-worker.ts')] }];
}
