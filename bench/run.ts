// npm run bench: benchmarks with generated estates; a table on stdout and bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estateYaml } from './estate';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'lighthouse-bench-'));

interface Stats { median: number; min: number; max: number; rssMb: number }

function measure(task: string, file: string): Stats {
  const once = () => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', join(ROOT, 'scripts/run-ts.js'), join(ROOT, 'bench/measure.ts'), task, file], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { ms: number; rssMb: number };
  once(); // warm-up: file cache, lazy compilation paths
  const samples = Array.from({ length: RUNS }, once);
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], rssMb: Math.max(...samples.map((s) => s.rssMb)) };
}

const rows: Array<Record<string, string | number>> = [];
const results: Record<string, unknown> = { runs: RUNS, node: process.version };
const checkTimes: Record<number, Stats> = {};
for (const customers of [1000, 10000]) {
  const file = join(work, `estate-${customers}.yaml`);
  writeFileSync(file, estateYaml({ customers, subscriptions: 3, authorizations: 10, seed: 42 }));
  const floor = measure('parse', file);
  const check = measure('check', file);
  checkTimes[customers] = check;
  const ratio = check.median / floor.median;
  results[`check-${customers}`] = { floor, check, ratio };
  rows.push({ bench: `check ${customers} customers x3 subs x10 auths`, 'median ms': check.median.toFixed(0), 'min-max ms': `${check.min.toFixed(0)}-${check.max.toFixed(0)}`, 'peak MB': check.rssMb.toFixed(0), 'floor ms (parse+validate)': floor.median.toFixed(0), 'x floor': ratio.toFixed(2), target: customers === 10000 ? (ratio <= 2 ? 'PASS <=2.0x' : 'MISS >2.0x') : '' });
}
const growth = checkTimes[10000].median / checkTimes[1000].median;
results.checkGrowth = growth;
rows.push({ bench: 'check growth time(10k)/time(1k)', 'median ms': growth.toFixed(2), target: growth <= 12 ? 'PASS <=12' : 'MISS >12' });

console.table(rows);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
