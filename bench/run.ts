// npm run bench: benchmarks with generated estates; a table on stdout and bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estateYaml } from './estate';
import { requireSameSynthOutput, runTask } from './floors';
import { measureLoaderGrowth } from './loader-growth';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'lighthouse-bench-'));

interface Stats { median: number; min: number; max: number; rssMb: number; bytes?: number }
interface Timing { median: number; min: number; max: number }

function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * Tasks measured together, a fresh process per sample: one warm-up each (file cache, lazy compilation paths),
 * then RUNS rounds that run every task once, so that a slow spell of the machine (this one is shared) falls on
 * a task and its floor alike instead of skewing their ratio. Median, min and max time; median peak RSS.
 */
function measureTogether(tasks: readonly string[], file: string): Record<string, Stats> {
  return measureNamed(Object.fromEntries(tasks.map((task) => [task, [task, file] as const])));
}

/** measureTogether for tasks that read different files: name -> [task, file]. Bytes: what the last sample rendered. */
function measureNamed(runs: Readonly<Record<string, readonly [task: string, file: string]>>): Record<string, Stats> {
  const names = Object.keys(runs);
  for (const name of names) runTask(...runs[name]);
  const samples = new Map<string, Array<{ ms: number; rssMb: number; bytes?: number }>>(names.map((name) => [name, []]));
  for (let round = 0; round < RUNS; round++) for (const name of names) samples.get(name)!.push(runTask(...runs[name]));
  return Object.fromEntries(names.map((name) => {
    const list = samples.get(name)!;
    const bytes = list[list.length - 1].bytes;
    return [name, { ...summarize(list.map((s) => s.ms)), rssMb: summarize(list.map((s) => s.rssMb)).median, ...(bytes !== undefined && { bytes }) }];
  }));
}

/** Start-up runs are cheap and short, so noisier: at least this many rounds. */
const STARTUP_RUNS = Math.max(RUNS, 11);

/** Whole processes timed from the parent (spawn to exit), alternating like measureTogether: a warm-up each, then rounds. */
function measureProcesses(commands: ReadonlyArray<readonly string[]>): Timing[] {
  const once = (args: readonly string[]) => {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (const args of commands) once(args);
  const samples: number[][] = commands.map(() => []);
  for (let round = 0; round < STARTUP_RUNS; round++) commands.forEach((args, i) => samples[i].push(once(args)));
  return samples.map(summarize);
}

const ms = (n: number) => n.toFixed(0);
const range = (s: Timing) => `${ms(s.min)}-${ms(s.max)}`;
const verdict = (ratio: number, target: number) => `${ratio <= target ? 'PASS' : 'MISS'} ${ratio <= target ? '<=' : '>'}${target}x`;

const rows: Array<Record<string, string | number>> = [];
const results: Record<string, unknown> = { runs: RUNS, startupRuns: STARTUP_RUNS, node: process.version };

// 1. check: against read + parse + validate of the same file.
const checkTimes: Record<number, Stats> = {};
for (const customers of [1000, 10000]) {
  const file = join(work, `estate-${customers}.yaml`);
  writeFileSync(file, estateYaml({ customers, subscriptions: 3, authorizations: 10, seed: 42 }));
  const { parse: floor, check } = measureTogether(['parse', 'check'], file);
  checkTimes[customers] = check;
  const ratio = check.median / floor.median;
  results[`check-${customers}`] = { floor, check, ratio };
  rows.push({ bench: `check ${customers} customers x3 subs x10 auths`, 'median ms': ms(check.median), 'min-max ms': range(check), 'peak MB': ms(check.rssMb), floor: 'parse+validate', 'floor ms': ms(floor.median), 'floor peak MB': ms(floor.rssMb), 'x floor': ratio.toFixed(2), target: customers === 10000 ? verdict(ratio, 2) : '' });
}
const growth = checkTimes[10000].median / checkTimes[1000].median;
results.checkGrowth = growth;
rows.push({ bench: 'check growth time(10k)/time(1k)', 'median ms': growth.toFixed(2), target: growth <= 12 ? 'PASS <=12' : 'MISS >12' });

// 2. synth: constructs vs raw bindings (cdktf) vs plain JSON.stringify; all three load the Plan before the timer.
const SYNTH_NOTE = 'Plan loaded before the timer in all three tasks; timed: build + app.synth() (json: build objects + stringify + write). All three write the same Terraform JSON (checked at 100 customers), apart from construct paths in cdktf metadata.';
results.synthNote = SYNTH_NOTE;
let arm1000File = '';
for (const customers of [100, 1000]) {
  const file = join(work, `estate-synth-${customers}.yaml`);
  writeFileSync(file, estateYaml({ customers, subscriptions: 3, authorizations: 8, seed: 42 }));
  if (customers === 1000) arm1000File = file;
  else requireSameSynthOutput(file, work);
  const { 'synth-raw': raw, 'synth-json': json, synth } = measureTogether(['synth-raw', 'synth-json', 'synth'], file);
  const timeRatio = synth.median / raw.median;
  const memoryRatio = synth.rssMb / raw.rssMb;
  const jsonRatio = synth.median / json.median;
  results[`synth-${customers}`] = { synth, raw, json, timeRatio, memoryRatio, jsonRatio };
  const at1000 = customers === 1000;
  rows.push({ bench: `synth ${customers} customers x3 subs x8 auths (raw-binding floor)`, 'median ms': ms(synth.median), 'min-max ms': range(synth), 'peak MB': ms(synth.rssMb), floor: 'raw bindings', 'floor ms': ms(raw.median), 'floor peak MB': ms(raw.rssMb), 'x floor': timeRatio.toFixed(2), 'x floor MB': memoryRatio.toFixed(2), target: at1000 ? `${verdict(timeRatio, 1.15)} time, ${verdict(memoryRatio, 1.2)} MB` : '' });
  rows.push({ bench: `synth ${customers} customers x3 subs x8 auths (JSON floor)`, 'median ms': ms(synth.median), 'min-max ms': range(synth), 'peak MB': ms(synth.rssMb), floor: 'JSON.stringify', 'floor ms': ms(json.median), 'floor peak MB': ms(json.rssMb), 'x floor': jsonRatio.toFixed(2), 'x floor MB': (synth.rssMb / json.rssMb).toFixed(2), target: '' });
  rows.push({ bench: `  floors ${customers}: raw ${range(raw)} ms, json ${range(json)} ms (min-max)`, target: '' });
}

// 3. start-up: the CLI's check on the example as a whole process, against `node -e 0`.
const [nodeOnly, cli] = measureProcesses([['-e', '0'], [join(ROOT, 'dist/bin/lighthouse-iac.js'), 'check', join(ROOT, 'examples/contoso/lighthouse.yaml')]]);
const startupRatio = cli.median / nodeOnly.median;
results.startup = { cli, nodeOnly, ratio: startupRatio };
rows.push({ bench: 'start-up: lighthouse-iac check examples/contoso (whole process)', 'median ms': ms(cli.median), 'min-max ms': range(cli), floor: 'node -e 0', 'floor ms': ms(nodeOnly.median), 'x floor': startupRatio.toFixed(2), target: verdict(startupRatio, 3) });

// 4. ARM export of the 1,000-customer estate (x3 subs x8 auths), against JSON.stringify of the same templates.
const { 'arm-json': armFloor, arm } = measureTogether(['arm-json', 'arm'], arm1000File);
const armRatio = arm.median / armFloor.median;
results['arm-1000'] = { arm, floor: armFloor, ratio: armRatio };
rows.push({ bench: 'ARM export 1000 customers x3 subs x8 auths (armFiles)', 'median ms': ms(arm.median), 'min-max ms': range(arm), 'peak MB': ms(arm.rssMb), floor: 'JSON.stringify', 'floor ms': ms(armFloor.median), 'floor peak MB': ms(armFloor.rssMb), 'x floor': armRatio.toFixed(2), target: verdict(armRatio, 3) });

// 5. HTML report (access matrix + findings) against the JSON report of the same checked Plan: render time and
// size; then the page's load time in Chromium against opening the JSON report there (when Chromium is installed).
const mb = (n: number | undefined) => (n === undefined ? '' : (n / 1e6).toFixed(1));
const htmlEstates: Array<{ customers: number; principals: number }> = [{ customers: 1000, principals: 12 }, { customers: 10000, principals: 50 }];
for (const { customers, principals } of htmlEstates) {
  const file = join(work, `estate-html-${customers}.yaml`);
  writeFileSync(file, estateYaml({ customers, subscriptions: 3, authorizations: 10, seed: 42, principals }));
  const { 'report-json': floor, 'report-html': html } = measureTogether(['report-json', 'report-html'], file);
  const ratio = html.median / floor.median;
  const sizeRatio = html.bytes! / floor.bytes!;
  results[`report-html-${customers}`] = { html, json: floor, ratio, sizeRatio };
  rows.push({ bench: `HTML report ${customers} customers x${principals} principals x3 subs (render; size MB ${mb(html.bytes)} vs ${mb(floor.bytes)}: ${sizeRatio.toFixed(2)}x)`, 'median ms': ms(html.median), 'min-max ms': range(html), 'peak MB': ms(html.rssMb), floor: 'JSON report', 'floor ms': ms(floor.median), 'floor peak MB': ms(floor.rssMb), 'x floor': ratio.toFixed(2), target: '' });
  if (customers !== 10000) continue;
  if (!existsSync('/usr/bin/chromium')) {
    rows.push({ bench: `  browser load ${customers}: skipped (no /usr/bin/chromium)`, target: '' });
    continue;
  }
  const cli = join(ROOT, 'dist/bin/lighthouse-iac.js');
  const pages = { html: join(work, `report-${customers}.html`), json: join(work, `report-${customers}.json`) };
  for (const [format, out] of Object.entries(pages)) execFileSync(process.execPath, [cli, 'check', file, '--format', format, '--output', out, '--fail-on', 'never'], { stdio: 'ignore' });
  const { html: load, json: loadFloor } = measureNamed({ json: ['browser-load', pages.json], html: ['browser-load', pages.html] });
  results[`browser-load-${customers}`] = { html: load, json: loadFloor, ratio: load.median / loadFloor.median };
  rows.push({ bench: `  browser load ${customers} customers (Chromium loadEventEnd)`, 'median ms': ms(load.median), 'min-max ms': range(load), floor: 'JSON report', 'floor ms': ms(loadFloor.median), 'x floor': (load.median / loadFloor.median).toFixed(2), target: '' });
}

// 6. loader growth: 10k, 100k, 1M lines of principals (a 1M-line run takes minutes: at most 3 rounds).
const loader = measureLoaderGrowth(work, Math.min(RUNS, 3));
results.loaderGrowth = loader.results;
rows.push(...loader.rows);

console.table(rows);
console.log(`runs: ${RUNS} per figure (loader growth: ${Math.min(RUNS, 3)} rounds) (start-up: ${STARTUP_RUNS}) after a warm-up, fresh process each, a task and its floors alternating; peak MB: median; synth: ${SYNTH_NOTE}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
