import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, TerraformOutput, TerraformStack, withoutCdktfEnvironment } from '../../lib/constructs/cdk';
import { buildApp } from '../../lib/constructs/plan-app';
import { stackSource } from '../../lib/constructs/stack-json';
import { loadManifest } from '../../lib/manifest/load';
import { PathSegment, SourceDocument } from '../../lib/source/source-document';
import { useTempRoot } from './synth-helpers';

const tempDir = useTempRoot();

/** Every path in a JSON value, plus a missing child under each object and array. */
function paths(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [at];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...paths(item, [...at, i])));
    out.push([...at, value.length]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) out.push(...paths(inner, [...at, key]));
    out.push([...at, 'missing', 'deeper']);
  }
  return out;
}

describe('stackSource: the text synth writes for a stack, and the locations SourceDocument would give it', () => {
  test('odd values (empty lists and objects, undefined, nested lists, escapes, keys out of order) are written as cdktf writes them, and located', () => {
    const outdir = tempDir();
    const stack = withoutCdktfEnvironment(() => {
      const app = new App({ outdir, stackTraces: false });
      const stack = new TerraformStack(app, 'odd');
      new TerraformOutput(stack, 'odd', { value: { z: [], a: {}, m: [[1, {}], [], 'x', false], n: 'line\nbreak \u00e9', undefinedInside: undefined, b: { 'key with space': true, A: 0.5 } } });
      return stack;
    });
    (stack.node.root as App).synth();
    const source = stackSource(stack.toTerraform(), 'x');
    expect(source.text).toBe(readFileSync(join(outdir, 'stacks', 'odd', 'cdk.tf.json'), 'utf8'));
    expect(source.data).toEqual(JSON.parse(source.text));
    const document = SourceDocument.parse(source.text, 'x');
    for (const path of paths(source.data)) expect([path, source.locate(path, true)]).toEqual([path, document.locate(path, true)]);
  });

  test('locate answers as SourceDocument.locate on the same text, for every value, key and missing path', () => {
    const app = buildApp(loadManifest('examples/contoso/lighthouse.yaml'), { outdir: tempDir() });
    const stack = app.node.findChild('fabrikam') as TerraformStack;
    const source = stackSource(stack.toTerraform(), 'stacks/fabrikam/cdk.tf.json');
    const document = SourceDocument.parse(source.text, 'stacks/fabrikam/cdk.tf.json');
    const all = paths(source.data);
    expect(all.length).toBeGreaterThan(200);
    for (const path of all) {
      expect([path, source.locate(path)]).toEqual([path, document.locate(path)]);
      expect([path, source.locate(path, true)]).toEqual([path, document.locate(path, true)]);
    }
  });
});
