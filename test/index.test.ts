import * as api from '../lib';

test('the package root exposes what library users call: load, check, rules, reports, diff, emit, constructs', () => {
  for (const name of ['loadManifest', 'loadManifestText', 'loadInput', 'loadInputText', 'armGuid', 'registrationDefinitionGuid', 'RoleCatalog', 'InputError',
    'checkPlan', 'failsAt', 'loadPolicyFile', 'renderReport', 'diffPlans', 'renderDiffMarkdown', 'armFiles', 'writeArm', 'partnerCenterPlans', 'writePartnerCenter',
    'planToManifest', 'buildApp', 'synthesizePlan', 'LighthouseDelegation', 'CustomerStack', 'PolicyChecks', 'offerAuthorizations']) {
    expect([name, typeof (api as Record<string, unknown>)[name]]).toEqual([name, 'function']);
  }
  expect(api.RISK_FLAGS).toContain('escalation');
  expect(api.REPORT_FORMATS).toContain('html');
});

test('the package root exposes the rule catalog; internals stay in their modules', () => {
  expect(api.ALL_RULES).toHaveLength(39);
  for (const internal of ['templateResources', 'parameterNaming', 'armDeploymentsByCustomer', 'assertPlan', 'backendProblems', 'deriveAuthorizationSets']) {
    expect([internal, internal in api]).toEqual([internal, false]);
  }
});

test('the light entry points load without cdktf: lighthouse-iac/rules gives checkPlan its rules', () => {
  const rules = require('../policies') as typeof import('../policies');
  const policy = require('../lib/policy') as typeof import('../lib/policy');
  expect(rules.ALL_RULES.length).toBe(api.ALL_RULES.length);
  expect(typeof policy.checkPlan).toBe('function');
});

test('/rules, /policy, /report, /diff, /import, /emit, /manifest, /model and /roles never load cdktf (built dist/)', () => {
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const { join } = require('node:path') as typeof import('node:path');
  const root = join(__dirname, '..');
  const entries = ['dist/policies', 'dist/lib/policy', 'dist/lib/report', 'dist/lib/diff', 'dist/lib/import', 'dist/lib/emit', 'dist/lib/manifest', 'dist/lib/model', 'dist/lib/roles'];
  const script = `for (const e of ${JSON.stringify(entries)}) require(require('path').join(${JSON.stringify(root)}, e));
    process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((f) => /node_modules[\\\\/](cdktf|@cdktf|constructs)[\\\\/]/.test(f)).length));`;
  expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: 'pipe' })).toBe('0');
});
