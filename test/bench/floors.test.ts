import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { estateYaml } from '../../bench/estate';
import { requireSameArmOutput, requireSameSynthOutput, runTask, stacksWithoutMetadata } from '../../bench/floors';
import { measureLoaderGrowth } from '../../bench/loader-growth';
import { tempDir } from '../helpers/cli';

// `npm run bench` is not part of the suite (minutes of work), but what makes its figures mean something is:
// every task runs, and the synth floors write what the constructs write.
const built = existsSync(join(__dirname, '../../dist/lib/constructs/plan-app.js'));
const maybe = built ? test : test.skip;

describe('the benchmark on a small estate', () => {
  const dir = tempDir();
  const file = join(dir, 'estate.yaml');
  const text = estateYaml({ customers: 4, subscriptions: 2, authorizations: 4, seed: 7 });
  writeFileSync(file, text);
  // The second manifest of the diff task, as bench/run.ts writes it.
  writeFileSync(join(dir, 'estate.changed.yaml'), text.replace('\n  set0:\n', '\n  set0:\n    - { principal: p0, role: Monitoring Reader }\n'));

  maybe('the synth floors (raw bindings, plain JSON) write the files the constructs write', () => {
    expect(() => requireSameSynthOutput(file, dir)).not.toThrow();
  }, 60_000);

  maybe('the ARM floor writes as many bytes to the same paths as writeArm', () => {
    expect(() => requireSameArmOutput(file, dir)).not.toThrow();
  }, 60_000);

  maybe.each(['parse', 'parse-pair', 'load', 'check', 'diff', 'synth-cli', 'synth-cli-jobs2', 'arm-cli', 'arm', 'arm-write'])('task %s runs and reports its time, CPU time and peak memory', (task) => {
    const { ms, cpuMs, rssMb } = runTask(task, file);
    expect(ms).toBeGreaterThan(0);
    expect(cpuMs).toBeGreaterThan(0);
    expect(rssMb).toBeGreaterThan(10);
  }, 30_000);

  maybe('the loader-growth row measures every size and a ratio per step', () => {
    const { rows, results } = measureLoaderGrowth(dir, 1, [200, 2000]);
    expect(rows.map((r) => r.bench)).toEqual(['load a manifest of 200 lines of principals', 'load a manifest of 2,000 lines of principals', 'load growth time(2,000)/time(200) lines']);
    expect((results.ratios as number[])[0]).toBeGreaterThan(0);
  }, 60_000);

  maybe.each(['report-html', 'report-json'])('task %s runs and reports the size of the report it rendered', (task) => {
    const { ms, bytes } = runTask(task, file);
    expect(ms).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(task === 'report-html' ? 20_000 : 1_000);
  }, 30_000);

  test('the comparison ignores cdktf metadata but sees any other difference', () => {
    const stack = (root: string, value: unknown) => {
      mkdirSync(join(root, 'stacks', 'a'), { recursive: true });
      writeFileSync(join(root, 'stacks', 'a', 'cdk.tf.json'), JSON.stringify(value));
      writeFileSync(join(root, 'stacks', 'a', 'ACCESS.md'), 'access\n');
      return stacksWithoutMetadata(root);
    };
    const base = stack(join(dir, 'x'), { '//': { metadata: { path: 'a/one' } }, resource: { r: { name: 'n', '//': { path: 'a/x' } } } });
    expect(stack(join(dir, 'y'), { '//': { metadata: { path: 'a/two' } }, resource: { r: { name: 'n', '//': { path: 'a/y' } } } })).toEqual(base);
    expect(stack(join(dir, 'z'), { resource: { r: { name: 'other' } } })).not.toEqual(base);
    writeFileSync(join(dir, 'y', 'stacks', 'a', 'ACCESS.md'), 'other access\n');
    expect(stacksWithoutMetadata(join(dir, 'y'))).not.toEqual(base);
  });
});
