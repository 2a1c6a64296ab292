// The loader's growth with the size of a manifest: 10k, 100k and 1M lines of principals, `load` (read, parse,
// validate, resolve) in a fresh process each. Linear loading means a time ratio of about 10 per 10x lines; the
// target is <= 12. Part of `npm run bench`; alone: `npm run build && node scripts/run-ts.js bench/loader-growth.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { principalsYaml } from './estate';
import { runTask } from './floors';

export const LOADER_SIZES = [10_000, 100_000, 1_000_000] as const;

/**
 * A million lines of flow-style principals need more than V8's default heap while the yaml library's syntax tree
 * and Document exist (about 6 GB), so this row runs with a larger old generation, as it always did.
 */
const LOADER_NODE_FLAGS = ['--max-old-space-size=8192'] as const;

export interface LoaderGrowth {
  readonly rows: Array<Record<string, string | number>>;
  readonly results: Record<string, unknown>;
}

/**
 * `runs` rounds, each loading every size once (so that a slow spell of the shared machine falls on all sizes),
 * after one warm-up of the smallest; median, min and max per size, and the median ratios per 10x.
 */
export function measureLoaderGrowth(work: string, runs: number, sizes: readonly number[] = LOADER_SIZES): LoaderGrowth {
  const files = sizes.map((lines) => {
    const file = join(work, `principals-${lines}.yaml`);
    writeFileSync(file, principalsYaml(lines));
    return file;
  });
  runTask('load', files[0], { nodeFlags: LOADER_NODE_FLAGS });
  const samples = sizes.map(() => [] as Array<{ ms: number; rssMb: number }>);
  for (let round = 0; round < runs; round++) files.forEach((file, i) => samples[i].push(runTask('load', file, { nodeFlags: LOADER_NODE_FLAGS })));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const stats = samples.map((list) => ({
    median: median(list.map((s) => s.ms)), min: Math.min(...list.map((s) => s.ms)), max: Math.max(...list.map((s) => s.ms)), rssMb: median(list.map((s) => s.rssMb)),
  }));
  const rows: Array<Record<string, string | number>> = sizes.map((lines, i) => ({
    bench: `load a manifest of ${lines.toLocaleString('en-US')} lines of principals`, 'median ms': stats[i].median.toFixed(0),
    'min-max ms': `${stats[i].min.toFixed(0)}-${stats[i].max.toFixed(0)}`, 'peak MB': stats[i].rssMb.toFixed(0), target: '',
  }));
  const ratios = stats.slice(1).map((s, i) => s.median / stats[i].median);
  ratios.forEach((ratio, i) => rows.push({
    bench: `load growth time(${sizes[i + 1].toLocaleString('en-US')})/time(${sizes[i].toLocaleString('en-US')}) lines`, 'median ms': ratio.toFixed(2),
    target: ratio <= 12 ? 'PASS <=12' : 'MISS >12',
  }));
  return { rows, results: { sizes, stats, ratios, runs } };
}

// Run by itself (scripts/run-ts.js puts the script's path in argv[1]).
if (process.argv[1] === __filename) {
  const work = mkdtempSync(join(tmpdir(), 'lighthouse-bench-loader-'));
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const { rows } = measureLoaderGrowth(work, runs);
  console.table(rows);
  console.log(`runs: ${runs} rounds after a warm-up, fresh process each, sizes alternating`);
  rmSync(work, { recursive: true, force: true });
}
