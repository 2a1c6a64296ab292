import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { readTree } from '../helpers/tree';

// These run the compiled CLI as users do; `npm test` builds dist/ first (pretest).
const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'dist/bin/lighthouse-iac.js');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const built = existsSync(BIN);
if (!built) console.warn(`skipping process tests: ${BIN} is missing (run npm run build)`);
const maybe = built ? test : test.skip;

describe('the lighthouse-iac process', () => {
  maybe('relative paths from two checkout directories give identical bytes', () => {
    const trees = [tempDir(), tempDir()].map((dir) => {
      copyFileSync(EXAMPLE, join(dir, 'lighthouse.yaml'));
      execFileSync(process.execPath, [BIN, 'synth', 'lighthouse.yaml'], { cwd: dir, encoding: 'utf8' });
      return readTree(join(dir, 'cdktf.out'));
    });
    expect(trees[1]).toEqual(trees[0]);
  });

  maybe('the app cdktf.json runs synthesizes the example into the directory cdktf-cli chooses (CDKTF_OUTDIR)', () => {
    const out = join(tempDir(), 'cli-chosen.out');
    execFileSync(process.execPath, [join(ROOT, 'dist/bin/app.js'), EXAMPLE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CDKTF_OUTDIR: out } });
    expect(Object.keys(readTree(out)).filter((f) => f.endsWith('cdk.tf.json')).sort())
      .toEqual(['stacks/fabrikam/cdk.tf.json', 'stacks/northwind/cdk.tf.json', 'stacks/tailspin/cdk.tf.json']);
    expect(JSON.parse(readFileSync(join(ROOT, 'cdktf.json'), 'utf8')).app).toContain('dist/bin/app.js examples/contoso/lighthouse.yaml');
  });

  maybe('bad input exits 2 with the message and no stack trace', () => {
    const dir = tempDir();
    const result = spawnSync(process.execPath, [BIN, 'synth', 'missing.yaml'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('error: missing.yaml: file not found\n  fix: check the path; give the manifest file (YAML or JSON) as the first argument\nnothing was written\n');
  });

  maybe('loading and validating a manifest does not load cdktf or the provider bindings', () => {
    const script = `
      const { loadManifest } = require(${JSON.stringify(join(ROOT, 'dist/lib/manifest/load.js'))});
      const plan = loadManifest(${JSON.stringify(EXAMPLE)});
      const heavy = Object.keys(require.cache).filter((p) => /node_modules[\\\\/](cdktf|@cdktf|constructs)[\\\\/]/.test(p));
      process.stdout.write(JSON.stringify({ delegations: plan.delegations.length, heavy }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    expect(result).toEqual({ delegations: 4, heavy: [] });
  });

  maybe('the negative control: synth does load cdktf (so the check above can fail)', () => {
    const dir = tempDir();
    const script = `
      const { runCli } = require(${JSON.stringify(join(ROOT, 'dist/lib/cli/program.js'))});
      runCli(['synth', ${JSON.stringify(EXAMPLE)}, '--out', ${JSON.stringify(join(dir, 'out'))}], { stdout() {}, stderr() {} }).then(() => {
        process.stdout.write(String(Object.keys(require.cache).some((p) => /node_modules[\\\\/]cdktf[\\\\/]/.test(p))));
      });`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('true');
  });
});
