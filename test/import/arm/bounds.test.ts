import { evaluateString } from '../../../lib/import/arm/expression-evaluator';
import { MAX_EVALUATION_DEPTH, MAX_VALUE_SIZE } from '../../../lib/import/arm/expression-evaluator';
import { MAX_EXPRESSION_NESTING, parseExpression } from '../../../lib/import/arm/expression-parser';
import { findLighthouseResources, MAX_RESOURCE_INSTANCES } from '../../../lib/import/arm/resources';
import { Scope, TemplateFrame } from '../../../lib/import/arm/template-scope';
import { fromData, ObjectVal, ScalarVal, sizeOf, toPlain } from '../../../lib/import/arm/value';
import { SourceDocument } from '../../../lib/source/source-document';
import { InputError } from '../../../lib/model/errors';

function templateWith(extra: object): { root: ObjectVal; scope: Scope } {
  const doc = SourceDocument.parse(JSON.stringify({ resources: [], ...extra }, null, 1), 'template.json');
  const root = fromData(doc.data, doc) as ObjectVal;
  return { root, scope: new Scope(new TemplateFrame(root, { values: new Map(), howToSupply: () => 'supply it' }, { subscriptionId: '', tenantId: '' })) };
}

function evaluate(expression: string, variables: object = {}): unknown {
  const { root, scope } = templateWith({ expr: expression, variables });
  return toPlain(evaluateString(root.entries.get('expr') as ScalarVal, scope));
}

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

const nested = (depth: number) => `[${'concat('.repeat(depth - 1)}'a'${')'.repeat(depth - 1)}]`;

describe('ARM import bounds, each a located InputError that names its limit', () => {
  test(`an expression may nest ${MAX_EXPRESSION_NESTING} levels, not one more`, () => {
    expect(() => parseExpression(nested(MAX_EXPRESSION_NESTING))).not.toThrow();
    expect(evaluate(nested(MAX_EXPRESSION_NESTING))).toBe('a');
    const error = failure(() => evaluate(nested(MAX_EXPRESSION_NESTING + 1)));
    expect(error.problem).toMatch(/^invalid template expression `\[concat\(concat\(.{80,}\.\.\.`: the expression nests more than 64 levels deep \(the limit of this import\) \(at character 450\)$/);
    expect(error.location).toMatchObject({ file: 'template.json', path: 'expr' });
  });

  test(`computed values stop at ${MAX_VALUE_SIZE.toLocaleString('en-US')} characters, for strings and arrays`, () => {
    const half = 'x'.repeat(MAX_VALUE_SIZE / 2);
    expect((evaluate(`[concat(variables('h'), variables('h'))]`, { h: half }) as string).length).toBe(MAX_VALUE_SIZE);
    expect(failure(() => evaluate(`[concat(variables('h'), variables('h'), 'x')]`, { h: half })).problem)
      .toMatch(/^concat\(\) would compute a value of 1,000,001 characters, more than the import's limit of 1,000,000 in `\[concat/);
    const arrays: Record<string, string> = { a0: "[json('[1, 2, 3, 4, 5, 6, 7, 8]')]" };
    for (let i = 1; i <= 30; i++) arrays[`a${i}`] = `[concat(variables('a${i - 1}'), variables('a${i - 1}'))]`;
    const error = failure(() => evaluate("[length(variables('a30'))]", arrays));
    expect(error.problem).toMatch(/^concat\(\) would compute a value of [\d,]+ characters, more than the import's limit/);
    expect(error.location).toMatchObject({ path: 'variables.a17' });
  });

  test('sizeOf counts characters of strings and keys, one per other value, memoized', () => {
    const { root } = templateWith({ v: { ab: ['xyz', 1, null] } });
    expect(sizeOf(root.entries.get('v')!)).toBe(1 + 2 + 1 + 3 + 1 + 1);
  });

  test(`evaluation may nest ${MAX_EVALUATION_DEPTH} levels through variables, not arbitrarily`, () => {
    const chain = (n: number) => {
      const variables: Record<string, string> = { c0: 'end' };
      for (let i = 1; i <= n; i++) variables[`c${i}`] = `[variables('c${i - 1}')]`;
      return variables;
    };
    expect(evaluate("[variables('c100')]", chain(100))).toBe('end');
    const error = failure(() => evaluate("[variables('c2000')]", chain(2000)));
    expect(error.problem).toBe(`template expressions, parameters and variables nest more than ${MAX_EVALUATION_DEPTH} levels deep here (the limit of this import)`);
  });

  test('json() refuses a text nested deeper than the reading layer allows', () => {
    expect(evaluate(`[json('${'['.repeat(200)}${']'.repeat(200)}')]`)).toBeDefined();
    expect(failure(() => evaluate(`[json('${'['.repeat(300)}${']'.repeat(300)}')]`)).problem).toMatch(/json\(\) is given a JSON text that nests more than 256 levels deep/);
  });

  test(`copy loops may expand to ${MAX_RESOURCE_INSTANCES.toLocaleString('en-US')} resource instances in all, nested loops multiplied`, () => {
    const loop = (count: number, resources: unknown[]) => ({
      type: 'Microsoft.Resources/deployments', name: "[concat('d', copyIndex())]", copy: { name: `l${count}`, count },
      properties: { template: { resources } },
    });
    const assignment = (count: number) => ({ type: 'Microsoft.ManagedServices/registrationAssignments', name: 'a', copy: { name: 'c', count }, properties: {} });
    // 100 x 99 assignments + 100 deployments = 10,000: allowed; one more instance is not.
    const within = templateWith({ resources: [loop(100, [assignment(99)])] });
    expect(findLighthouseResources(within.root, within.scope)).toHaveLength(9_900);
    const over = templateWith({ resources: [loop(100, [assignment(99)]), { type: 'Other/type', name: 'x' }] });
    const error = failure(() => findLighthouseResources(over.root, over.scope));
    expect(error.problem).toBe('the template expands to more than 10,000 resource instances (the limit of this import; copy loops of nested deployments multiply)');
    expect(error.location).toMatchObject({ path: 'resources[1]' });
  });
});
