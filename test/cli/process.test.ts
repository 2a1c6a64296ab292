import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';
import { APP, BIN, EXAMPLE, ROOT, runBin, whenBuilt as maybe } from '../helpers/process';
import { readTree } from '../helpers/tree';

// These run the compiled CLI as users do; `npm test` builds dist/ first (pretest). Their stderr is captured, never
// inherited: the test log shows only what the tests say.
describe('the lighthouse-iac process', () => {
  maybe('relative paths from two checkout directories give identical bytes', () => {
    const trees = [tempDir(), tempDir()].map((dir) => {
      copyFileSync(EXAMPLE, join(dir, 'lighthouse.yaml'));
      execFileSync(process.execPath, [BIN, 'synth', 'lighthouse.yaml'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      return readTree(join(dir, 'cdktf.out'));
    });
    expect(trees[1]).toEqual(trees[0]);
  });

  maybe('the app cdktf.json runs synthesizes the example into the directory cdktf-cli chooses (CDKTF_OUTDIR)', () => {
    const out = join(tempDir(), 'cli-chosen.out');
    const result = runBin([EXAMPLE], { script: APP, env: { CDKTF_OUTDIR: out } });
    expect(Object.keys(readTree(out)).filter((f) => f.endsWith('cdk.tf.json')).sort())
      .toEqual(['stacks/fabrikam/cdk.tf.json', 'stacks/northwind/cdk.tf.json', 'stacks/tailspin/cdk.tf.json']);
    // cdktf-cli labels every stderr line of its app [ERROR]: the check summary, no error, goes to stdout.
    expect(result).toEqual({
      status: 0, stderr: '',
      stdout: `check: 5 warnings, 1 info, 1 suppressed (lighthouse-iac check ${EXAMPLE} for details)\n`
        + `synthesized 3 customer stacks: 4 registration definitions, 5 assignments -> ${out}\n`,
    });
  });

  maybe('cdktf.json runs the compiled app through a launcher that does not rebuild a fresh build', () => {
    const { app } = JSON.parse(readFileSync(join(ROOT, 'cdktf.json'), 'utf8')) as { app: string };
    expect(app).toBe('node scripts/cdktf-app.js examples/contoso/lighthouse.yaml');
    const out = join(tempDir(), 'cdktf.out');
    const builtAt = statSync(APP).mtimeMs;
    // As cdktf-cli runs it: through a shell, in the project directory, with CDKTF_OUTDIR.
    const stdout = execSync(app, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CDKTF_OUTDIR: out } });
    expect(stdout).toContain(`synthesized 3 customer stacks: 4 registration definitions, 5 assignments -> ${out}\n`);
    expect(statSync(APP).mtimeMs).toBe(builtAt);
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
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: 'pipe' }));
    expect(result).toEqual({ delegations: 4, heavy: [] });
  });

  maybe('the negative control: synth does load cdktf (so the check above can fail)', () => {
    const dir = tempDir();
    const script = `
      const { runCli } = require(${JSON.stringify(join(ROOT, 'dist/lib/cli/program.js'))});
      runCli(['synth', ${JSON.stringify(EXAMPLE)}, '--out', ${JSON.stringify(join(dir, 'out'))}], { stdout() {}, stderr() {} }).then(() => {
        process.stdout.write(String(Object.keys(require.cache).some((p) => /node_modules[\\\\/]cdktf[\\\\/]/.test(p))));
      });`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: 'pipe' })).toBe('true');
  });
});
