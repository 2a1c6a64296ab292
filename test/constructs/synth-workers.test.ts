import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizePlan } from '../../lib/constructs/plan-app';
import { synthesizeInWorkers } from '../../lib/constructs/synth-workers';
import { loadManifest, loadManifestText } from '../../lib/manifest/load';
import { estateYaml } from '../../bench/estate';
import { cli } from '../helpers/cli';
import { readTree, useTempRoot } from './synth-helpers';

const tempDir = useTempRoot();
const EXAMPLE_FILE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
const EXAMPLE = loadManifest(EXAMPLE_FILE);
// Seven customers over three workers: shares of 3, 2 and 2 stacks, dealt out in turn.
const ESTATE = loadManifestText(estateYaml({ customers: 7, subscriptions: 2, authorizations: 4, seed: 7 }), 'estate.yaml');

/** Worker threads start from the compiled file or, here, from source through scripts/run-ts.js: each takes seconds. */
jest.setTimeout(120_000);

describe('synthesizeInWorkers (synth --jobs)', () => {
  test.each([['the Contoso example', 2, EXAMPLE], ['a seven-customer estate', 3, ESTATE]] as const)('%s on %i workers: the same bytes as synthesizePlan in one thread', async (_name, jobs, plan) => {
    const single = tempDir();
    synthesizePlan(plan, single);
    const parallel = tempDir();
    const seen: Array<[number, number]> = [];
    await synthesizeInWorkers(plan, parallel, { jobs, onStack: (done, total) => seen.push([done, total]) });
    expect(readTree(parallel)).toEqual(readTree(single));
    const total = plan.customers.filter((c) => plan.delegations.some((d) => d.customer === c.key)).length;
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  test('with --stack\'s selection: only those stacks, and manifest.json of every stack', async () => {
    const stacks = new Set(['fabrikam', 'tailspin']);
    const single = tempDir();
    synthesizePlan(EXAMPLE, single, { stacks });
    const parallel = tempDir();
    await synthesizeInWorkers(EXAMPLE, parallel, { jobs: 2, stacks });
    expect(readTree(parallel)).toEqual(readTree(single));
    expect(Object.keys(readTree(parallel)).filter((path) => path.startsWith('stacks/')).map((path) => path.split('/')[1])).not.toContain('northwind');
  });

  test('a worker\'s error is thrown with its errno code (what decides exit 2), and no manifest.json is written', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'stacks'), { recursive: true });
    writeFileSync(join(out, 'stacks', 'northwind'), 'a file where a stack folder goes');
    const failure = synthesizeInWorkers(EXAMPLE, out, { jobs: 2 });
    await expect(failure).rejects.toThrow(expect.objectContaining({ code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) }));
    expect(Object.keys(readTree(out)).filter((path) => !path.startsWith('stacks/'))).toEqual([]);
  });

  test('one job, or one stack, synthesizes in this thread: the output is complete before the promise is awaited', async () => {
    const single = tempDir();
    synthesizePlan(EXAMPLE, single);
    const one = tempDir();
    const running = synthesizeInWorkers(EXAMPLE, one, { jobs: 1 });
    expect(existsSync(join(one, 'manifest.json'))).toBe(true);
    await running;
    expect(readTree(one)).toEqual(readTree(single));
    const alone = tempDir();
    const oneStack = synthesizeInWorkers(EXAMPLE, alone, { jobs: 2, stacks: new Set(['tailspin']) });
    expect(existsSync(join(alone, 'stacks', 'tailspin', 'cdk.tf.json'))).toBe(true);
    await oneStack;
    // The check can fail: on two workers nothing but the stacks folder exists until they are done.
    const two = tempDir();
    const parallel = synthesizeInWorkers(EXAMPLE, two, { jobs: 2 });
    expect(existsSync(join(two, 'manifest.json'))).toBe(false);
    await parallel;
    expect(readTree(two)).toEqual(readTree(single));
  });
});

describe('synth --jobs', () => {
  test('writes what synth writes, and says so', async () => {
    const one = join(tempDir(), 'out');
    const two = join(tempDir(), 'out');
    expect((await cli('synth', EXAMPLE_FILE, '--out', one)).code).toBe(0);
    const result = await cli('synth', EXAMPLE_FILE, '--out', two, '--jobs', '2');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('synthesized 3 customer stacks');
    expect(readTree(two)).toEqual(readTree(one));
  });

  test('with --adopt: the same import blocks as one thread (the adoption travels with the Plan it refers to)', async () => {
    const live = join(__dirname, '../fixtures/az-cli/contoso/live.json');
    const one = join(tempDir(), 'out');
    const two = join(tempDir(), 'out');
    expect((await cli('synth', EXAMPLE_FILE, '--adopt', live, '--out', one)).code).toBe(0);
    expect((await cli('synth', EXAMPLE_FILE, '--adopt', live, '--out', two, '--jobs', '2')).code).toBe(0);
    const written = readTree(two);
    expect(written).toEqual(readTree(one));
    expect(Object.entries(written).filter(([path, text]) => path.endsWith('cdk.tf.json') && text.includes('"import"')).length).toBeGreaterThan(0);
  });

  test.each(['0', 'two', '65'])('--jobs %s is a usage error (exit 2) that says what to give', async (value) => {
    const result = await cli('synth', EXAMPLE_FILE, '--out', join(tempDir(), 'out'), '--jobs', value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`expected a number of worker threads from 1 to 64 (e.g. the number of cores), got "${value}"`);
  });
});
