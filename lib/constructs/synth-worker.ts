// A worker thread of synthesizeInWorkers (synth --jobs): synthesizes its share of the stacks into the output
// directory, saying after each stack that it is done, and ends with its result. Runs only as a worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { Adoption } from '../model/adoption';
import type { Plan } from '../model/plan';

export interface SynthWorkerData {
  readonly plan: Plan;
  readonly adoption?: Adoption;
  readonly outdir: string;
  readonly stacks: readonly string[];
}

/** What a worker posts: a stack done, or its end (its error with the errno code, which decides exit 2 or 3). */
export type SynthWorkerMessage =
  | { readonly kind: 'stack' }
  | { readonly kind: 'end'; readonly error?: { readonly message: string; readonly code?: string; readonly stack?: string } };

const data = workerData as SynthWorkerData;
const post = (message: SynthWorkerMessage) => parentPort!.postMessage(message);
try {
  // Loaded inside the try: a failure to load is reported like any other.
  const { synthesizePlan } = require('./plan-app') as typeof import('./plan-app');
  synthesizePlan(data.plan, data.outdir, {
    stacks: new Set(data.stacks), manifest: false, ...(data.adoption && { adoption: data.adoption }),
    onStack: () => post({ kind: 'stack' }),
  });
  post({ kind: 'end' });
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  post({ kind: 'end', error: { message: e?.message ?? String(error), ...(typeof e?.code === 'string' && { code: e.code }), ...(e?.stack && { stack: e.stack }) } });
}
