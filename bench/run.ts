// npm run bench: benchmarks with generated estates; a table on stdout and bench/results/latest.json.
// BENCH_RUNS=n rounds per figure (default 5); BENCH_FULL=1 adds the 100,000-customer estate (tens of minutes).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { estateYaml } from './estate';
import { requireSameArmOutput, requireSameSynthOutput, runTask, Sample, WRITE_ROOT } from './floors';
import { measureLoaderGrowth } from './loader-growth';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FULL = process.env.BENCH_FULL === '1';
const ROOT = join(__dirname, '..');
// Estates and outputs on tmpfs where there is one: the floors and the tasks read and write the same place.
const work = mkdtempSync(join(WRITE_ROOT, 'lighthouse-bench-'));

interface Timing { median: number; min: number; max: number }
interface Stats extends Timing { cpuMs: number; rssMb: number; bytes?: number }

function summarize(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * Tasks measured together, a fresh process per sample: one warm-up each (file cache, lazy compilation paths; left
 * out with `warmUp: false` for runs of minutes), then `runs` rounds that run every task once, so that a slow spell of
 * the machine (this one is shared) falls on a task and its floor alike instead of skewing their ratio. Median, min
 * and max wall time; median CPU time and peak RSS.
 */
function measureTogether(tasks: readonly string[], file: string, runs = RUNS, warmUp = true): Record<string, Stats> {
  return measureNamed(Object.fromEntries(tasks.map((task) => [task, [task, file] as const])), runs, warmUp);
}

/** measureTogether for tasks that read different files: name -> [task, file]. Bytes: what the last sample rendered. */
function measureNamed(named: Readonly<Record<string, readonly [task: string, file: string]>>, runs = RUNS, warmUp = true): Record<string, Stats> {
  const names = Object.keys(named);
  if (warmUp) for (const name of names) runTask(...named[name]);
  const samples = new Map<string, Sample[]>(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round++) for (const name of names) samples.get(name)!.push(runTask(...named[name]));
  return Object.fromEntries(names.map((name) => {
    const list = samples.get(name)!;
    const bytes = list[list.length - 1].bytes;
    return [name, {
      ...summarize(list.map((s) => s.ms)), cpuMs: summarize(list.map((s) => s.cpuMs)).median, rssMb: summarize(list.map((s) => s.rssMb)).median,
      ...(bytes !== undefined && { bytes }),
    }];
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
const count = (n: number) => n.toLocaleString('en-US');

const rows: Array<Record<string, string | number>> = [];
const results: Record<string, unknown> = { runs: RUNS, startupRuns: STARTUP_RUNS, full: FULL, node: process.version, writeRoot: WRITE_ROOT };
const row = (bench: string, task: Stats, fields: Record<string, string | number> = {}) => rows.push({
  bench, 'median ms': ms(task.median), 'min-max ms': range(task), 'cpu ms': ms(task.cpuMs), 'peak MB': ms(task.rssMb), ...fields,
});

/** The estates, written once: N customers x 3 subscriptions x 10 authorizations (YAML), and the same data as JSON. */
const estates = new Map<number, { yaml: string; json: string }>();
function estate(customers: number): { yaml: string; json: string } {
  let files = estates.get(customers);
  if (!files) {
    const yaml = join(work, `estate-${customers}.yaml`);
    writeFileSync(yaml, estateYaml({ customers, subscriptions: 3, authorizations: 10, seed: 42 }));
    // The same data as JSON, read back through the tool's own reader (the yaml library's `parse` checks duplicate keys quadratically).
    const { SourceDocument } = require(join(ROOT, 'dist/lib/source/source-document.js'));
    const json = join(work, `estate-${customers}.json`);
    writeFileSync(json, `${JSON.stringify(SourceDocument.read(yaml).data, null, 2)}\n`);
    estates.set(customers, (files = { yaml, json }));
  }
  return files;
}

/** Growth per 10x of a command's median time, as rows. */
function growthRows(name: string, medians: ReadonlyMap<number, number>): void {
  const sizes = [...medians.keys()].sort((a, b) => a - b);
  for (let i = 1; i < sizes.length; i++) {
    if (sizes[i] !== sizes[i - 1] * 10) continue;
    const ratio = medians.get(sizes[i])! / medians.get(sizes[i - 1])!;
    results[`${name}Growth${sizes[i]}`] = ratio;
    rows.push({ bench: `${name} growth time(${count(sizes[i])})/time(${count(sizes[i - 1])})`, 'median ms': ratio.toFixed(2), target: ratio <= 12 ? 'PASS <=12' : 'MISS >12' });
  }
}

const CHECK_SIZES = FULL ? [1000, 10000, 100000] : [1000, 10000];

// 1. check (the CLI, JSON report to a file) against the linear floor: read + parse with positions + schema validation.
const checkTimes = new Map<number, number>();
const checkPeaks = new Map<number, number>();
for (const customers of CHECK_SIZES) {
  const { yaml } = estate(customers);
  const big = customers >= 100000;
  const { parse: floor, check } = measureTogether(['parse', 'check'], yaml, big ? Math.min(RUNS, 3) : RUNS, !big);
  checkTimes.set(customers, check.median);
  checkPeaks.set(customers, check.rssMb);
  const ratio = check.median / floor.median;
  results[`check-${customers}`] = { floor, check, ratio };
  row(`check ${count(customers)} customers x3 subs x10 auths (YAML)`, check, { floor: 'read+parse+validate', 'floor ms': ms(floor.median), 'floor peak MB': ms(floor.rssMb), 'x floor': ratio.toFixed(2), target: customers >= 10000 ? verdict(ratio, 2) : '' });
}
growthRows('check', checkTimes);

// 1b. diff of two 10,000-customer manifests, the second with one change to a shared set (an authorization more for
// every customer that uses it), against its floor: parsing and validating both files.
{
  const { yaml } = estate(10000);
  const changed = yaml.replace(/\.yaml$/, '.changed.yaml');
  const text = readFileSync(yaml, 'utf8');
  if (!text.includes('\n  set0:\n')) throw new Error('the bench estate has no set0');
  writeFileSync(changed, text.replace('\n  set0:\n', '\n  set0:\n    - { principal: p0, role: Monitoring Reader }\n'));
  const { 'parse-pair': floor, diff } = measureTogether(['parse-pair', 'diff'], yaml);
  const ratio = diff.median / floor.median;
  results['diff-10000'] = { floor, diff, ratio };
  row('diff 10,000 vs 10,000 customers, one shared-set change (markdown)', diff, { floor: '2x read+parse+validate', 'floor ms': ms(floor.median), 'floor peak MB': ms(floor.rssMb), 'x floor': ratio.toFixed(2), target: verdict(ratio, 2) });
}

// 2. the same estates as JSON: JSON.parse with a position scan instead of the YAML parser.
const jsonTimes = new Map<number, number>();
for (const customers of CHECK_SIZES.filter((n) => n >= 10000)) {
  const { yaml, json } = estate(customers);
  const big = customers >= 100000;
  // Both files in one round each time: the ratio compares like with like on this machine.
  const samples = { yaml: [] as Sample[], json: [] as Sample[] };
  if (!big) {
    runTask('check', yaml);
    runTask('check', json);
  }
  for (let round = 0; round < (big ? Math.min(RUNS, 3) : RUNS); round++) {
    samples.json.push(runTask('check', json));
    samples.yaml.push(runTask('check', yaml));
  }
  const stats = (list: Sample[]): Stats => ({ ...summarize(list.map((s) => s.ms)), cpuMs: summarize(list.map((s) => s.cpuMs)).median, rssMb: summarize(list.map((s) => s.rssMb)).median });
  const [asJson, asYaml] = [stats(samples.json), stats(samples.yaml)];
  jsonTimes.set(customers, asJson.median);
  const ratio = asJson.median / asYaml.median;
  results[`check-json-${customers}`] = { json: asJson, yaml: asYaml, ratio };
  row(`check ${count(customers)} customers as JSON`, asJson, { floor: 'the same estate as YAML', 'floor ms': ms(asYaml.median), 'floor peak MB': ms(asYaml.rssMb), 'x floor': ratio.toFixed(2), target: verdict(ratio, 0.6) });
}

// 3. synth: constructs vs raw bindings built the same way (one stack at a time, ACCESS.md, manifest.json) vs plain
// JSON; all three load the Plan before the timer and write to the same place.
const SYNTH_NOTE = 'synth/synth-raw/synth-json: Plan loaded before the timer; timed: build + synthesize one stack at a time (json: build objects + stringify) + ACCESS.md + manifest.json, written to tmpfs. The three write the same files (checked at 100 customers), apart from construct paths in cdktf metadata.';
results.synthNote = SYNTH_NOTE;
{
  const small = join(work, 'estate-synth-100.yaml');
  writeFileSync(small, estateYaml({ customers: 100, subscriptions: 3, authorizations: 10, seed: 42 }));
  requireSameSynthOutput(small, work);
  requireSameArmOutput(small, work);
}
const synthTimes = new Map<number, number>();
for (const customers of [1000]) {
  const { yaml } = estate(customers);
  const { 'synth-raw': raw, 'synth-json': json, synth } = measureTogether(['synth-raw', 'synth-json', 'synth'], yaml);
  const timeRatio = synth.median / raw.median;
  results[`synth-${customers}`] = { synth, raw, json, timeRatio, memoryRatio: synth.rssMb / raw.rssMb, jsonRatio: synth.median / json.median };
  row(`synth ${count(customers)} customers (raw-binding floor)`, synth, { floor: 'raw bindings, same way', 'floor ms': ms(raw.median), 'floor peak MB': ms(raw.rssMb), 'x floor': timeRatio.toFixed(2), target: verdict(timeRatio, 1.15) });
  row(`synth ${count(customers)} customers (JSON floor)`, synth, { floor: 'JSON.stringify', 'floor ms': ms(json.median), 'floor peak MB': ms(json.rssMb), 'x floor': (synth.median / json.median).toFixed(2), target: '(cdktf\'s own cost)' });
}

// 4. peaks of the writing commands against check's on the same estate (all three: the CLI, a fresh process each).
const SYNTH_PEAK_SIZES = FULL ? [1000, 3000, 10000, 100000] : [1000, 3000, 10000];
for (const customers of SYNTH_PEAK_SIZES) {
  const { yaml } = estate(customers);
  const big = customers >= 100000;
  const { check, 'synth-cli': synth, 'arm-cli': arm } = measureTogether(['check', 'synth-cli', 'arm-cli'], yaml, big ? 1 : Math.min(RUNS, 3), false);
  synthTimes.set(customers, synth.median);
  results[`peaks-${customers}`] = { check, synth, arm, synthRatio: synth.rssMb / check.rssMb, armRatio: arm.rssMb / check.rssMb };
  const targeted = customers !== 1000;
  row(`synth ${count(customers)} customers (CLI), peak vs check's`, synth, { floor: 'check, same estate', 'floor ms': ms(check.median), 'floor peak MB': ms(check.rssMb), 'x floor MB': (synth.rssMb / check.rssMb).toFixed(2), target: targeted ? `${verdict(synth.rssMb / check.rssMb, 1.4)} MB` : '' });
  row(`arm ${count(customers)} customers (CLI), peak vs check's`, arm, { floor: 'check, same estate', 'floor ms': ms(check.median), 'floor peak MB': ms(check.rssMb), 'x floor MB': (arm.rssMb / check.rssMb).toFixed(2), target: targeted ? `${verdict(arm.rssMb / check.rssMb, 1.4)} MB` : '' });
}

// 4b. synth on two worker threads against one (both the CLI, a fresh process each, the same estate).
for (const customers of [3000]) {
  const { yaml } = estate(customers);
  const { 'synth-cli': one, 'synth-cli-jobs2': two } = measureTogether(['synth-cli', 'synth-cli-jobs2'], yaml, Math.min(RUNS, 3), false);
  results[`synth-jobs-${customers}`] = { one, two, speedup: one.median / two.median, memoryRatio: two.rssMb / one.rssMb };
  row(`synth ${count(customers)} customers --jobs 2 (CLI)`, two, { floor: 'synth, one thread', 'floor ms': ms(one.median), 'floor peak MB': ms(one.rssMb), 'x floor': (two.median / one.median).toFixed(2), 'x floor MB': (two.rssMb / one.rssMb).toFixed(2), target: '' });
}

// 5. ARM export (writeArm) against writing the same files to the same place.
const armTimes = new Map<number, number>();
for (const customers of CHECK_SIZES) {
  const { yaml } = estate(customers);
  const big = customers >= 100000;
  const { 'arm-write': floor, arm } = measureTogether(['arm-write', 'arm'], yaml, big ? 1 : RUNS, !big);
  armTimes.set(customers, arm.median);
  const ratio = arm.median / floor.median;
  results[`arm-${customers}`] = { arm, floor, ratio };
  row(`arm ${count(customers)} customers (writeArm)`, arm, { floor: 'write as many bytes', 'floor ms': ms(floor.median), 'floor peak MB': ms(floor.rssMb), 'x floor': ratio.toFixed(2), target: '' });
}
growthRows('arm', armTimes);
growthRows('check-json', jsonTimes);
growthRows('synth (CLI)', synthTimes);

// 6. start-up: whole processes against `node -e 0`.
const CLI = join(ROOT, 'dist/bin/lighthouse-iac.js');
const [nodeOnly, help, rules, check] = measureProcesses([['-e', '0'], [CLI, '--help'], [CLI, 'rules'], [CLI, 'check', join(ROOT, 'examples/contoso/lighthouse.yaml')]]);
results.startup = { nodeOnly, help, rules, check };
for (const [name, timing, target] of [['--help', help, 1.5], ['rules', rules, 1.5], ['check examples/contoso', check, 2.5]] as const) {
  const ratio = timing.median / nodeOnly.median;
  rows.push({ bench: `start-up: lighthouse-iac ${name} (whole process)`, 'median ms': ms(timing.median), 'min-max ms': range(timing), floor: 'node -e 0', 'floor ms': ms(nodeOnly.median), 'x floor': ratio.toFixed(2), target: verdict(ratio, target) });
}

// 7. HTML report (access matrix + findings) against the JSON report of the same checked Plan: render time and
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
  const pages = { html: join(work, `report-${customers}.html`), json: join(work, `report-${customers}.json`) };
  for (const [format, out] of Object.entries(pages)) execFileSync(process.execPath, [CLI, 'check', file, '--format', format, '--output', out, '--fail-on', 'never'], { stdio: 'ignore' });
  const { html: load, json: loadFloor } = measureNamed({ json: ['browser-load', pages.json], html: ['browser-load', pages.html] });
  results[`browser-load-${customers}`] = { html: load, json: loadFloor, ratio: load.median / loadFloor.median };
  rows.push({ bench: `  browser load ${customers} customers (Chromium loadEventEnd)`, 'median ms': ms(load.median), 'min-max ms': range(load), floor: 'JSON report', 'floor ms': ms(loadFloor.median), 'x floor': (load.median / loadFloor.median).toFixed(2), target: '' });
}

// 8. loader growth: 10k, 100k, 1M lines of principals (a 1M-line run takes minutes: at most 3 rounds).
const loader = measureLoaderGrowth(work, Math.min(RUNS, 3));
results.loaderGrowth = loader.results;
rows.push(...loader.rows);

console.table(rows);
console.log(`runs: ${RUNS} per figure (100,000 customers: 1-3; loader growth: ${Math.min(RUNS, 3)} rounds) (start-up: ${STARTUP_RUNS}) after a warm-up, fresh process each on the default heap, a task and its floors alternating; peak MB: median; written to ${WRITE_ROOT}; ${SYNTH_NOTE}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
