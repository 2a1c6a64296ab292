// The test of docs/adding-a-rule.md, verbatim but for the import paths.
import { LH299_LongActivation } from './lh299-long-activation';
import { checkRule, manifestWith, planFrom, viaArmImport } from '../helpers';

const LONG = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT8H, approvers: [leads] } }`);

describe('LH299 Activation longer than the organisation allows', () => {
  it('warns above the limit, also for an imported template', () => {
    expect(checkRule(LH299_LongActivation, planFrom(LONG)).map((f) => f.role)).toEqual(['Contributor']);
    expect(checkRule(LH299_LongActivation, viaArmImport(planFrom(LONG)))).toHaveLength(1);
  });

  it('accepts activations within the limit, and follows the parameter', () => {
    expect(checkRule(LH299_LongActivation, planFrom(LONG), { parameters: { maximumActivationHours: 8 } })).toEqual([]);
  });
});

test('docs/adding-a-rule.md shows this code', () => {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const doc = readFileSync(join(__dirname, '../../../docs/adding-a-rule.md'), 'utf8');
  const code = readFileSync(join(__dirname, 'lh299-long-activation.ts'), 'utf8').split('\n').slice(1).join('\n').split("'../../../lib/").join("'../../lib/");
  expect(doc).toContain(code);
});
