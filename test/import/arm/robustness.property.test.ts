import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArm } from '../../../lib/import/arm';
import { evaluateString } from '../../../lib/import/arm/expression-evaluator';
import { Scope, TemplateFrame } from '../../../lib/import/arm/template-scope';
import { fromData, ObjectVal, ScalarVal, toPlain } from '../../../lib/import/arm/value';
import { InputError, InputErrors, isInputError } from '../../../lib/model/errors';
import { armGuid } from '../../../lib/model/guid';
import { SourceDocument } from '../../../lib/source/source-document';
import { RoleCatalog } from '../../../lib/roles/catalog';

/** Invariants: bad input is an InputError (never a crash), and the expression language round-trips its literals. */

function evaluate(expression: string): unknown {
  const doc = SourceDocument.parse(JSON.stringify({ expr: expression, parameters: { p: { type: 'string', defaultValue: 'v' } } }), 'template.json');
  const root = fromData(doc.data, doc) as ObjectVal;
  const frame = new TemplateFrame(root, { values: new Map(), howToSupply: () => 'pass it' }, { subscriptionId: '', tenantId: '' });
  return toPlain(evaluateString(root.entries.get('expr') as ScalarVal, new Scope(frame)));
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

describe('expression language invariants', () => {
  test('any string survives as a quoted literal, in concat() and as guid()\'s argument', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      expect(evaluate(`[${quote(a)}]`)).toBe(a);
      expect(evaluate(`[concat(${quote(a)}, ${quote(b)})]`)).toBe(a + b);
      expect(evaluate(`[guid(${quote(a)})]`)).toBe(armGuid(a));
    }));
  });

  test('a literal string (not [...]) evaluates to itself; [[ drops one bracket', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      fc.pre(!(text.startsWith('[') && text.endsWith(']')));
      expect(evaluate(text)).toBe(text);
      expect(evaluate(`[[${text}]`)).toBe(`[${text}]`);
    }));
  });

  test('any bracketed text either evaluates or is an InputError at the expression', () => {
    const alphabet = fc.constantFrom(...'()[]\',. abc0-'.split(''), 'parameters', 'concat', 'guid', 'json', 'if', 'copyIndex', "'p'", 'true()');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 12 }), (parts) => {
      try {
        evaluate(`[${parts.join('')}]`);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).location).toMatchObject({ file: 'template.json', path: 'expr' });
      }
    }));
  });
});

describe('import robustness', () => {
  const fixtures = join(__dirname, '../../fixtures/arm/eligible/subscription');
  const template = join(fixtures, 'subscription-managing-tenant-approvers.json');
  const stock = JSON.parse(readFileSync(join(fixtures, 'subscription-managing-tenant-approvers.parameters.json'), 'utf8'));
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lighthouse-arm-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('any JSON value for any parameter, or for a field of an authorization, imports or is an InputError', () => {
    const names = Object.keys(stock.parameters);
    const fields = ['principalId', 'roleDefinitionId', 'principalIdDisplayName', 'justInTimeAccessPolicy', 'managedByTenantApprovers', 'delegatedRoleDefinitionIds'];
    let n = 0;
    fc.assert(fc.property(fc.constantFrom(...names), fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (name, field, value, inAuthorization) => {
      const parameters = structuredClone(stock);
      if (inAuthorization) {
        const eligible = parameters.parameters.eligibleAuthorizations.value[0];
        if (field === 'managedByTenantApprovers') eligible.justInTimeAccessPolicy[field] = value;
        else eligible[field] = value;
      } else {
        parameters.parameters[name].value = value;
      }
      const file = join(dir, `p${n++}.parameters.json`);
      writeFileSync(file, JSON.stringify(parameters, null, 2));
      try {
        const plan = importArm(template, { roles: RoleCatalog.builtIn(), parameters: file });
        expect(plan.delegations).toHaveLength(1);
      } catch (error) {
        if (!isInputError(error)) throw error;
        // One error, or several (one per resource that fails): each names its file.
        for (const each of error instanceof InputErrors ? error.errors : [error]) expect(each.location?.file).toBeDefined();
      }
    }), { numRuns: 150 });
  });
});
