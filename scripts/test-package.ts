// npm run test:package (called by .ci/run): packs the project as `npm publish` would, installs the tarball into a
// fresh project the way a user does (`npm install --save-dev lighthouse-iac`, dependencies from the registry or the
// npm cache), and proves the installed package works there: the CLI (check, synth, rules), require() of every entry
// point, and `tsc --noEmit` of a small cdktf app under cdktf-cli's own TypeScript template tsconfig (CommonJS,
// default module resolution, which ignores `exports`: subpaths must resolve through `typesVersions`).
//   --keep: leave the temporary project for inspection.
import { execFileSync, ExecFileSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'lighthouse-iac-package-'));
const project = join(work, 'user-repo');
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string; devDependencies: Record<string, string>; exports: Record<string, unknown>;
};

let failures = 0;
function step(name: string, run: () => void): void {
  const start = Date.now();
  try {
    run();
    console.log(`ok   ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures++;
    const e = error as Error & { stdout?: Buffer | string; stderr?: Buffer | string };
    console.log(`FAIL ${name}\n${e.message}\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}`);
  }
}

function sh(command: string, args: readonly string[], options: ExecFileSyncOptions = {}): string {
  return execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }) as string;
}

function expect(condition: unknown, message: string): void {
  if (!condition) throw new Error(message);
}

let tarball = '';
step('npm pack (the prepack script builds dist/)', () => {
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  tarball = join(work, out.trim().split('\n').pop()!);
  expect(existsSync(tarball), `no tarball at ${tarball}`);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const required of ['package/dist/bin/lighthouse-iac.js', 'package/dist/policies/index.js', 'package/dist/lib/roles/builtin-roles.json',
    'package/policies/default.policy.yaml', 'package/schema/manifest.schema.json', 'package/schema/policy.schema.json', 'package/README.md', 'package/LICENSE']) {
    expect(files.includes(required), `the package lacks ${required}`);
  }
  const sources = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  expect(sources.length === 0, `the package ships TypeScript sources nothing loads: ${sources.slice(0, 5).join(', ')}`);
  const strays = files.filter((f) => /^package\/(test|bench|scripts|examples|dist\/examples)\//.test(f) || f === 'package/dist/package.json');
  expect(strays.length === 0, `the package ships files users do not need: ${strays.slice(0, 5).join(', ')}`);
});

step('npm install --save-dev <tarball> into a fresh project (peer dependencies cdktf and constructs come along)', () => {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'user-repo', version: '1.0.0', private: true }, null, 2)}\n`);
  sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', tarball,
    // The TypeScript a `cdktf init --template typescript` project gets (^5): 5.x resolves modules without `exports`.
    'typescript@5', `@types/node@${own.devDependencies['@types/node']}`]);
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/lighthouse-iac/package.json'), 'utf8')) as { version: string };
  expect(installed.version === own.version, `installed ${installed.version}, packed ${own.version}`);
  for (const peer of ['cdktf', 'constructs']) expect(existsSync(join(project, 'node_modules', peer, 'package.json')), `peer dependency ${peer} was not installed`);
});

step('npx lighthouse-iac --version, rules, check and synth on a manifest', () => {
  copyFileSync(join(ROOT, 'examples/contoso/lighthouse.yaml'), join(project, 'lighthouse.yaml'));
  expect(sh('npx', ['--no-install', 'lighthouse-iac', '--version']).trim() === own.version, 'wrong --version');
  expect(sh('npx', ['--no-install', 'lighthouse-iac', 'rules']).includes('LH101'), 'rules does not list LH101');
  const report = JSON.parse(sh('npx', ['--no-install', 'lighthouse-iac', 'check', 'lighthouse.yaml', '--format', 'json'])) as { summary: { warning: number } };
  expect(report.summary.warning > 0, 'check found none of the example\'s warnings');
  sh('npx', ['--no-install', 'lighthouse-iac', 'synth', 'lighthouse.yaml', '--out', 'cdktf.out']);
  const stacks = readdirSync(join(project, 'cdktf.out/stacks')).sort();
  expect(stacks.join(',') === 'fabrikam,northwind,tailspin', `synth wrote stacks ${stacks.join(',')}`);
  sh('npx', ['--no-install', 'lighthouse-iac', 'arm', 'lighthouse.yaml', '--out', 'arm']);
});

step('npx lighthouse-iac init: a starter whose schema line finds the installed schema, and which checks clean', () => {
  sh('npx', ['--no-install', 'lighthouse-iac', 'init', 'starter', '--policy']);
  for (const [file, schema] of [['lighthouse.yaml', 'manifest.schema.json'], ['lighthouse.policy.yaml', 'policy.schema.json']]) {
    const first = readFileSync(join(project, 'starter', file), 'utf8').split('\n')[0];
    const path = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
    expect(path === `../node_modules/lighthouse-iac/schema/${schema}`, `${file}: schema line ${first}`);
    expect(existsSync(join(project, 'starter', path!)), `${file}: ${path} does not exist`);
  }
  const report = JSON.parse(sh('npx', ['--no-install', 'lighthouse-iac', 'check', 'starter/lighthouse.yaml', '--policy', 'starter/lighthouse.policy.yaml', '--format', 'json'])) as { findings: unknown[] };
  expect(report.findings.length === 0, `the starter has ${report.findings.length} findings`);
});

step('require() of the root and of every subpath entry point', () => {
  const subpaths = Object.keys(own.exports).filter((key) => !key.endsWith('.json')).map((key) => key.replace(/^\./, 'lighthouse-iac'));
  const script = `for (const id of ${JSON.stringify(subpaths)}) { const m = require(id); if (Object.keys(m).length === 0) throw new Error(id + ' exports nothing'); }
const root = require('lighthouse-iac'); for (const name of ['loadManifest', 'checkPlan', 'ALL_RULES', 'CustomerStack', 'writeArm']) if (!root[name]) throw new Error('root lacks ' + name);
const c = require('lighthouse-iac/constructs'); for (const name of ['CustomerStack', 'LighthouseDelegation', 'PolicyChecks']) if (!c[name]) throw new Error('constructs lacks ' + name);
require('lighthouse-iac/schema/manifest.schema.json');`;
  sh(process.execPath, ['-e', script]);
});

step('tsc --noEmit of a cdktf app under cdktf-cli\'s template tsconfig', () => {
  // packages/@cdktf/cli-core/templates/typescript/tsconfig.json of cdktf 0.21, as `cdktf init --template typescript` writes it.
  writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify({
    compilerOptions: {
      alwaysStrict: true, declaration: true, experimentalDecorators: true, inlineSourceMap: true, inlineSources: true, lib: ['es2018'],
      module: 'CommonJS', noEmitOnError: true, noFallthroughCasesInSwitch: true, noImplicitAny: true, noImplicitReturns: true,
      noImplicitThis: true, noUnusedLocals: true, noUnusedParameters: true, resolveJsonModule: true, strict: true, strictNullChecks: true,
      strictPropertyInitialization: true, stripInternal: true, target: 'ES2018', incremental: true, skipLibCheck: true,
    },
    include: ['**/*.ts'],
    exclude: ['node_modules', 'cdktf.out'],
  }, null, 2)}\n`);
  writeFileSync(join(project, 'main.ts'), `import { App, Aspects } from 'cdktf';
import { CustomerStack, LighthouseDelegation, PolicyChecks } from 'lighthouse-iac/constructs';
import { loadManifest } from 'lighthouse-iac/manifest';
import { checkPlan } from 'lighthouse-iac/policy';
import { Plan } from 'lighthouse-iac/model';
import { writeArm } from 'lighthouse-iac/emit';
import { loadInput } from 'lighthouse-iac/import';
import { RoleCatalog } from 'lighthouse-iac/roles';
import { ALL_RULES } from 'lighthouse-iac';

const plan: Plan = loadManifest('lighthouse.yaml');
const findings = checkPlan(plan, { rules: ALL_RULES, roles: RoleCatalog.builtIn() });
const app = new App({ outdir: 'app.out' });
const stack = new CustomerStack(app, 'fabrikam', { tenantId: plan.customers[0].tenantId });
new LighthouseDelegation(stack, 'ops', {
  name: 'Contoso Operations',
  managingTenantId: plan.delegations[0].managingTenantId,
  subscriptionId: plan.delegations[0].subscriptionId,
  authorizations: [{ principalId: plan.principals[0].id, role: 'Reader', principalDisplayName: 'NOC' }],
});
Aspects.of(app).add(new PolicyChecks());
void loadInput;
void writeArm;
void findings;
app.synth();
`);
  sh(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
});

step('the compiled app runs with the project\'s own cdktf (one copy, shared through the peer dependency)', () => {
  sh(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  sh(process.execPath, ['main.js']);
  const synthesized = JSON.parse(readFileSync(join(project, 'app.out/stacks/fabrikam/cdk.tf.json'), 'utf8')) as { resource: Record<string, unknown> };
  expect('azurerm_lighthouse_definition' in synthesized.resource, 'the app synthesized no azurerm_lighthouse_definition');
  const copies = sh('npm', ['ls', 'cdktf', '--all', '--parseable']).trim().split('\n').filter(Boolean);
  expect(copies.length === 1, `cdktf is installed ${copies.length} times: ${copies.join(', ')}`);
});

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (failures > 0) {
  console.log(`${failures} package check${failures === 1 ? '' : 's'} failed`);
  process.exit(1);
}
console.log('the packed package installs and works in a fresh project');
