// The test of docs/adding-a-rule.md, verbatim but for the import paths.
import { LH299_LongActivation } from './lh299-long-activation';
// ...
export const BEST_PRACTICE_RULES: readonly Rule[] = [
  // ...
  LH299_LongActivation,
];

test('docs/adding-a-rule.md shows this code', () => {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const doc = readFileSync(join(__dirname, '../../../docs/adding-a-rule.md'), 'utf8');
  const code = readFileSync(join(__dirname, 'lh299-long-activation.ts'), 'utf8').split('\n').slice(1).join('\n').split("'../../../lib/").join("'../../lib/");
  expect(doc).toContain(code);
});
