import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { arbitraryManifest } from '../helpers/arbitrary-manifest';

// The JSON fast path (JSON.parse + a position scan) against the YAML reader it replaces for JSON files: the same
// manifests must give the same Plan, findings and locations, and the same errors. Two module registries: one as
// shipped, one where the fast path never takes a file (so the YAML reader reads the JSON).

interface Tool {
  readonly check: (text: string, file: string) => unknown;
  readonly fastPathTakes: (text: string) => boolean;
}

function tool(yamlOnly: boolean): Tool {
  let loaded: Tool | undefined;
  jest.isolateModules(() => {
    if (yamlOnly) jest.doMock('../../lib/source/json-data', () => ({ parseJson: () => undefined }));
    const { loadManifestText } = require('../../lib/manifest/load') as typeof import('../../lib/manifest/load');
    const { checkPlan } = require('../../lib/policy/check') as typeof import('../../lib/policy/check');
    const { ALL_RULES } = require('../../policies') as typeof import('../../policies');
    const { parseJson } = require('../../lib/source/json-data') as typeof import('../../lib/source/json-data');
    loaded = {
      check: (text, file) => {
        try {
          const plan = loadManifestText(text, file);
          return { plan, findings: checkPlan(plan, { rules: ALL_RULES }) };
        } catch (error) {
          return { error: (error as Error).message };
        }
      },
      fastPathTakes: (text) => parseJson(text) !== undefined,
    };
  });
  return loaded!;
}

const fast = tool(false);
const yamlReader = tool(true);

function sameResult(text: string): void {
  expect(fast.fastPathTakes(text)).toBe(true);
  expect(yamlReader.fastPathTakes(text)).toBe(false);
  expect(fast.check(text, 'lighthouse.json')).toEqual(yamlReader.check(text, 'lighthouse.json'));
}

describe('JSON manifests: the fast path and the YAML reader agree', () => {
  const example = parse(readFileSync(join(__dirname, '../../examples/contoso/lighthouse.yaml'), 'utf8'));

  test('the example as JSON (indented and compact): the same Plan, findings and locations', () => {
    const indented = JSON.stringify(example, null, 2);
    sameResult(indented);
    sameResult(JSON.stringify(example));
    const { findings } = fast.check(indented, 'lighthouse.json') as { findings: Array<{ location?: { line: number } }> };
    expect(findings.length).toBeGreaterThan(3);
    expect(findings.every((f) => f.location !== undefined && f.location.line > 1)).toBe(true);
  });

  test('random manifests as JSON: the same Plan, findings and locations', () => {
    fc.assert(fc.property(arbitraryManifest, fc.constantFrom(0, 2, '\t'), (manifest, indent) => {
      sameResult(JSON.stringify(manifest, null, indent));
    }), { numRuns: 60, seed: 1515 });
  });

  test('schema errors in JSON: the same messages at the same places', () => {
    const broken = { ...example, customers: { ...example.customers, fabrikam: { ...example.customers.fabrikam, tenantId: 'not-a-guid', colour: 'blue' } } };
    const text = JSON.stringify(broken, null, 2);
    sameResult(text);
    expect((fast.check(text, 'lighthouse.json') as { error: string }).error).toMatch(/lighthouse\.json:\d+:\d+ customers\.fabrikam/);
  });

  test('what the fast path does not take (duplicate keys, comments, a syntax error) is the YAML reader\'s, as before', () => {
    for (const text of ['{"a": 1, "a": 2}', '{"a": 1} // note', '{"a": 1,}']) {
      expect(fast.fastPathTakes(text)).toBe(false);
      expect(fast.check(text, 'm.json')).toEqual(yamlReader.check(text, 'm.json'));
    }
  });
});
