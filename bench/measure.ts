// One measurement in a fresh process: `node scripts/run-ts.js bench/measure.ts <task> <file>`.
// Prints {"ms": wall time of the task after imports, "rssMb": peak resident set of the process}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [task, file] = process.argv.slice(2);
const dist = join(__dirname, '..', 'dist');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (module: string) => require(join(dist, module));

const tasks: Record<string, () => () => void> = {
  /** The floor of check: read + parse (YAML, with positions) + schema validation, nothing else. */
  parse: () => {
    const { SourceDocument } = load('lib/manifest/source-document.js');
    const { validateManifest } = load('lib/manifest/validate.js');
    return () => validateManifest(SourceDocument.parse(readFileSync(file, 'utf8'), file));
  },
  /** What `lighthouse-iac check` does: load, resolve, run every rule, render the JSON report. */
  check: () => {
    const { loadManifest } = load('lib/manifest/load.js');
    const { checkPlan } = load('lib/policy/check.js');
    const { ALL_RULES } = load('policies/index.js');
    const { renderReport } = load('lib/report/index.js');
    return () => {
      const plan = loadManifest(file);
      const findings = checkPlan(plan, { rules: ALL_RULES });
      renderReport('json', { findings, rules: ALL_RULES, tool: { name: 'lighthouse-iac', version: 'bench' }, manifestFile: file, customers: plan.customers.map((c: { key: string }) => c.key) }, { color: false });
    };
  },
};

const prepare = tasks[task];
if (!prepare) throw new Error(`unknown task ${task}`);
const run = prepare();
const start = process.hrtime.bigint();
run();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
