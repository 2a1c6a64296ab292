import { join } from 'node:path';
import { releaseTokensSince, tokenMark } from '../../lib/constructs/cdk';
import { buildApp, synthesizePlan } from '../../lib/constructs/plan-app';
import { stackAccessMarkdown } from '../../lib/emit/access';
import { loadManifest } from '../../lib/manifest/load';
import { samplePlan } from './plan-fixture';
import { readTree, useTempRoot } from './synth-helpers';

const tempDir = useTempRoot();
const EXAMPLE = loadManifest(join(__dirname, '../../examples/contoso/lighthouse.yaml'));

describe('synthesizePlan: one stack at a time', () => {
  test.each([['the Contoso example', EXAMPLE], ['the sample Plan', samplePlan()]])('%s: the same cdk.tf.json and manifest.json bytes as App.synth() of the whole App, plus an ACCESS.md per stack', (_name, plan) => {
    const whole = tempDir();
    buildApp(plan, { outdir: whole }).synth();
    const streamed = tempDir();
    synthesizePlan(plan, streamed);
    const expected = readTree(whole);
    const written = readTree(streamed);
    const access = Object.keys(written).filter((path) => path.endsWith('ACCESS.md'));
    expect(Object.fromEntries(Object.entries(written).filter(([path]) => !path.endsWith('ACCESS.md')))).toEqual(expected);
    expect(access.map((path) => path.replace(/ACCESS\.md$/, 'cdk.tf.json')).sort()).toEqual(Object.keys(expected).filter((path) => path.endsWith('cdk.tf.json')).sort());
  });

  test('drops each stack and its tokens once it is written: cdktf\'s token map is back to its size afterwards', () => {
    const before = tokenMark();
    synthesizePlan(EXAMPLE, tempDir());
    expect(tokenMark()).toEqual(before);
    // The map does grow while a stack is built (the check above could not fail otherwise).
    const mark = tokenMark();
    buildApp(EXAMPLE, { outdir: tempDir() });
    expect(tokenMark().strings).toBeGreaterThan(mark.strings);
    releaseTokensSince(mark);
    expect(tokenMark()).toEqual(mark);
  });

  test('reports each stack as it is written', () => {
    const seen: Array<[number, number]> = [];
    synthesizePlan(EXAMPLE, tempDir(), { onStack: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  test('with `stacks`, writes only those, and manifest.json as a full synth writes it', () => {
    const full = readTree((() => { const dir = tempDir(); synthesizePlan(EXAMPLE, dir); return dir; })());
    const dir = tempDir();
    synthesizePlan(EXAMPLE, dir, { stacks: new Set(['northwind']) });
    const partial = readTree(dir);
    expect(Object.keys(partial).sort()).toEqual(['manifest.json', join('stacks', 'northwind', 'ACCESS.md'), join('stacks', 'northwind', 'cdk.tf.json')].sort());
    expect(partial['manifest.json']).toBe(full['manifest.json']);
    expect(partial[join('stacks', 'northwind', 'cdk.tf.json')]).toBe(full[join('stacks', 'northwind', 'cdk.tf.json')]);
  });

  test('ACCESS.md is the access renderer\'s document for the stack', () => {
    const dir = tempDir();
    synthesizePlan(EXAMPLE, dir);
    const fabrikam = EXAMPLE.delegations.filter((d) => d.customer === 'fabrikam');
    expect(readTree(dir)[join('stacks', 'fabrikam', 'ACCESS.md')]).toBe(stackAccessMarkdown(EXAMPLE, 'fabrikam', EXAMPLE.customers[0], fabrikam));
  });
});
