/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser; the build, which has no DOM types, never compiles this file)
// One measurement in a fresh process: `node scripts/run-ts.js bench/measure.ts <task> <file>`.
// Prints {"ms": wall time of the task after imports, "rssMb": peak resident set of the process}, and "bytes"
// where a task produces a document (report tasks). A browser task reports the page's own load time as ms.
// Everything a task prepares (imports, loading the Plan where the task says so) happens before the timer.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [task, file] = process.argv.slice(2);
const dist = join(__dirname, '..', 'dist');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (module: string) => require(join(dist, module));

/** Temporary output directories, removed after the measurement (outside the timed part). */
const scratch: string[] = [];
function outdir(): string {
  // BENCH_KEEP_OUT: write there and keep it (run.ts compares the three synth outputs before measuring them).
  if (process.env.BENCH_KEEP_OUT) return process.env.BENCH_KEEP_OUT;
  const dir = mkdtempSync(join(tmpdir(), `lighthouse-bench-${task}-`));
  scratch.push(dir);
  return dir;
}

/** The Plan of `file`, loaded before the timer by every synth and ARM task (like with like). */
function plan(): any {
  return load('lib/manifest/load.js').loadManifest(file);
}

/** `{stack}` templates of the local backend path, as CustomerStack resolves them. */
function localStatePath(p: any, stackId: string): string {
  if (p.settings.backend.type !== 'local') throw new Error('bench estates use the local backend');
  return String(p.settings.backend.path).split('{stack}').join(stackId);
}

const ENVIRONMENT: Record<string, string> = { AzureCloud: 'public', AzureUSGovernment: 'usgovernment', AzureChinaCloud: 'china' };

/** The Plan's delegations by customer, with the same helper the constructs use (loaded before any timer). */
const { groupBy } = load('lib/util/group-by.js');
function byCustomer(p: any): Map<string, any[]> {
  return groupBy(p.delegations, (d: any) => d.customer);
}

/** cdktf writes resources and outputs sorted by name. */
function sorted(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(record).sort().map((name) => [name, record[name]]));
}

/** The size of what a report task rendered (UTF-8 bytes). */
let bytes: number | undefined;

/** The input of every report task: the Plan loaded and checked (all rules) before the timer, as `check` does. */
function checkedReportInput(): any {
  const { loadManifest } = load('lib/manifest/load.js');
  const { checkPlan } = load('lib/policy/check.js');
  const { ALL_RULES } = load('policies/index.js');
  const p = loadManifest(file);
  const findings = checkPlan(p, { rules: ALL_RULES });
  return { findings, rules: ALL_RULES, tool: { name: 'lighthouse-iac', version: 'bench' }, manifestFile: 'estate.yaml', customers: p.customers.map((c: { key: string }) => c.key), plan: p };
}

/** Renders one report format from a checked Plan (rendering only is timed). */
function reportTask(format: string): () => () => void {
  return () => {
    const { renderReport } = load('lib/report/index.js');
    const input = checkedReportInput();
    return () => { bytes = Buffer.byteLength(renderReport(format, input, { color: false })); };
  };
}

/**
 * Opens `file` (a report written before) in headless Chromium from a file:// URL; the time is the page's own
 * Navigation Timing loadEventEnd (parse, style, layout, the page script), browser start-up excluded.
 */
function browserLoadTask(): () => Promise<number> {
  return async () => {
    const { chromium } = require('playwright-core');
    const { pathToFileURL } = require('node:url');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      return await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    } finally {
      await browser.close();
    }
  };
}

const tasks: Record<string, () => () => void | Promise<number>> = {
  /** The floor of check: read + parse (YAML, with positions) + schema validation, nothing else. */
  parse: () => {
    const { SourceDocument } = load('lib/source/source-document.js');
    const { validateManifest } = load('lib/manifest/validate.js');
    return () => validateManifest(SourceDocument.parse(readFileSync(file, 'utf8'), file));
  },
  /** The loader: read, parse, validate and resolve a manifest into a Plan (what every command starts with). */
  load: () => {
    const { loadManifest } = load('lib/manifest/load.js');
    return () => loadManifest(file);
  },
  /** What `lighthouse-iac check` does: load, resolve, run every rule, render the JSON report. */
  check: () => {
    const { loadManifest } = load('lib/manifest/load.js');
    const { checkPlan } = load('lib/policy/check.js');
    const { ALL_RULES } = load('policies/index.js');
    const { renderReport } = load('lib/report/index.js');
    return () => {
      const plan = loadManifest(file);
      const findings = checkPlan(plan, { rules: ALL_RULES });
      renderReport('json', { findings, rules: ALL_RULES, tool: { name: 'lighthouse-iac', version: 'bench' }, manifestFile: file, customers: plan.customers.map((c: { key: string }) => c.key) }, { color: false });
    };
  },
  /** Synth through our constructs: synthesizePlan (build the App from the Plan + app.synth()). Plan loaded before the timer. */
  synth: () => {
    const { synthesizePlan } = load('lib/constructs/plan-app.js');
    const p = plan();
    const out = outdir();
    return () => synthesizePlan(p, out);
  },
  /**
   * Floor of synth: the same resources with the raw bindings, same stack layout (one TerraformStack per
   * customer, a LocalBackend with the relative path, one aliased AzurermProvider per subscription, one
   * LighthouseDefinition + one LighthouseAssignment per scope with the Plan's values, the two TerraformOutputs per
   * delegation the constructs write), then app.synth(). Same Terraform JSON as synth, apart from construct paths
   * in `//` metadata (run.ts checks that before measuring).
   */
  'synth-raw': () => {
    const { App, TerraformStack, LocalBackend, AzurermProvider, LighthouseDefinition, LighthouseAssignment, TerraformOutput } = load('lib/constructs/cdk.js');
    const { sanitizeKey, subscriptionScopeId } = load('lib/model/ids.js');
    const p = plan();
    const out = outdir();
    return () => {
      const app = new App({ outdir: out, skipValidation: false, stackTraces: false, hclOutput: false, context: {} });
      const groups = byCustomer(p);
      const environment = ENVIRONMENT[p.settings.cloud];
      for (const customer of p.customers) {
        const delegations = groups.get(customer.key);
        if (!delegations) continue;
        const stackId = sanitizeKey(customer.key);
        const stack = new TerraformStack(app, stackId);
        new LocalBackend(stack, { path: localStatePath(p, stackId) });
        const providers = new Map<string, any>();
        for (const d of delegations) {
          const subscription = d.subscriptionId;
          let provider = providers.get(subscription);
          if (!provider) {
            provider = new AzurermProvider(stack, `azurerm-sub-${subscription}`, {
              alias: `sub-${subscription}`, tenantId: customer.tenantId, subscriptionId: subscription, environment,
              features: [{}], resourceProviderRegistrations: 'none',
            });
            providers.set(subscription, provider);
          }
          const id = sanitizeKey(`${d.offer}-${subscription}`);
          const active = d.authorizations.filter((a: any) => !a.eligible);
          const eligible = d.authorizations.filter((a: any) => a.eligible);
          const definition = new LighthouseDefinition(stack, `${id}_definition`, {
            provider,
            scope: subscriptionScopeId(subscription),
            lighthouseDefinitionId: d.definitionId,
            managingTenantId: d.managingTenantId,
            name: d.name,
            description: d.description,
            authorization: active.map((a: any) => ({
              principalId: a.principal.id, roleDefinitionId: a.role.id, principalDisplayName: a.principal.displayName,
              delegatedRoleDefinitionIds: a.delegatedRoles.length > 0 ? a.delegatedRoles.map((r: any) => r.id) : undefined,
            })),
            eligibleAuthorization: eligible.length === 0 ? undefined : eligible.map((a: any) => ({
              principalId: a.principal.id, roleDefinitionId: a.role.id, principalDisplayName: a.principal.displayName,
              justInTimeAccessPolicy: {
                maximumActivationDuration: a.eligible.maximumActivationDuration,
                multiFactorAuthProvider: a.eligible.requireMfa ? 'Azure' : undefined,
                approver: a.eligible.approvers.length > 0 ? a.eligible.approvers.map((x: any) => ({ principalId: x.id, principalDisplayName: x.displayName })) : undefined,
              },
            })),
            plan: d.plan && { name: d.plan.name, publisher: d.plan.publisher, product: d.plan.product, version: d.plan.version },
          });
          const assignments = d.scopes.map((scope: any) => {
            const suffix = scope.kind === 'subscription' ? 'subscription' : `rg_${scope.resourceGroup}`;
            return new LighthouseAssignment(stack, `${id}_assignment_${suffix}`, {
              provider, scope: scope.id, name: scope.assignmentName, lighthouseDefinitionId: definition.id,
            });
          });
          new TerraformOutput(stack, `${id}_definition_id`, {
            value: definition.id, description: `Registration definition of "${d.name}" in subscription ${subscription}`,
          });
          new TerraformOutput(stack, `${id}_assignment_ids`, {
            value: assignments.map((a: any) => a.id), description: `Registration assignments of "${d.name}", one per delegated scope`,
          });
        }
      }
      app.synth();
    };
  },
  /**
   * Absolute floor of synth: the per-stack JSON of synth-raw (provider, resources, outputs, backend, required
   * providers, cdktf-style metadata) built as plain objects from the Plan, JSON.stringify'd (2-space,
   * like cdktf) and written to <out>/stacks/<stack>/cdk.tf.json, plus a manifest.json.
   */
  'synth-json': () => {
    const { sanitizeKey, subscriptionScopeId } = load('lib/model/ids.js');
    const p = plan();
    const out = outdir();
    return () => {
      const groups = byCustomer(p);
      const environment = ENVIRONMENT[p.settings.cloud];
      const manifest: Record<string, unknown> = {};
      for (const customer of p.customers) {
        const delegations = groups.get(customer.key);
        if (!delegations) continue;
        const stackId = sanitizeKey(customer.key);
        const providers: unknown[] = [];
        const seen = new Set<string>();
        const definitions: Record<string, unknown> = {};
        const assignments: Record<string, unknown> = {};
        const outputs: Record<string, unknown> = {};
        const meta = (path: string, uniqueId: string) => ({ '//': { metadata: { path, uniqueId } } });
        for (const d of delegations) {
          const subscription = d.subscriptionId;
          const alias = `sub-${subscription}`;
          if (!seen.has(subscription)) {
            seen.add(subscription);
            providers.push({ alias, environment, features: [{}], resource_provider_registrations: 'none', subscription_id: subscription, tenant_id: customer.tenantId });
          }
          const id = sanitizeKey(`${d.offer}-${subscription}`);
          const definitionName = `${id}_definition`;
          const active = d.authorizations.filter((a: any) => !a.eligible);
          const eligible = d.authorizations.filter((a: any) => a.eligible);
          definitions[definitionName] = {
            ...meta(`${stackId}/${definitionName}`, definitionName),
            authorization: active.map((a: any) => ({
              ...(a.delegatedRoles.length > 0 ? { delegated_role_definition_ids: a.delegatedRoles.map((r: any) => r.id) } : {}),
              principal_display_name: a.principal.displayName, principal_id: a.principal.id, role_definition_id: a.role.id,
            })),
            description: d.description,
            ...(eligible.length > 0 ? {
              eligible_authorization: eligible.map((a: any) => ({
                just_in_time_access_policy: {
                  ...(a.eligible.approvers.length > 0 ? { approver: a.eligible.approvers.map((x: any) => ({ principal_display_name: x.displayName, principal_id: x.id })) } : {}),
                  maximum_activation_duration: a.eligible.maximumActivationDuration,
                  ...(a.eligible.requireMfa ? { multi_factor_auth_provider: 'Azure' } : {}),
                },
                principal_display_name: a.principal.displayName, principal_id: a.principal.id, role_definition_id: a.role.id,
              })),
            } : {}),
            lighthouse_definition_id: d.definitionId,
            managing_tenant_id: d.managingTenantId,
            name: d.name,
            ...(d.plan ? { plan: { name: d.plan.name, product: d.plan.product, publisher: d.plan.publisher, version: d.plan.version } } : {}),
            provider: `azurerm.${alias}`,
            scope: subscriptionScopeId(subscription),
          };
          const assignmentNames: string[] = [];
          for (const scope of d.scopes) {
            const name = `${id}_assignment_${scope.kind === 'subscription' ? 'subscription' : `rg_${scope.resourceGroup}`}`;
            assignmentNames.push(name);
            assignments[name] = {
              ...meta(`${stackId}/${name}`, name),
              lighthouse_definition_id: `\${azurerm_lighthouse_definition.${definitionName}.id}`,
              name: scope.assignmentName, provider: `azurerm.${alias}`, scope: scope.id,
            };
          }
          outputs[`${id}_definition_id`] = {
            description: `Registration definition of "${d.name}" in subscription ${subscription}`,
            value: `\${azurerm_lighthouse_definition.${definitionName}.id}`,
          };
          outputs[`${id}_assignment_ids`] = {
            description: `Registration assignments of "${d.name}", one per delegated scope`,
            value: assignmentNames.map((name) => `\${azurerm_lighthouse_assignment.${name}.id}`),
          };
        }
        const stack = {
          '//': { metadata: { backend: 'local', stackName: stackId, version: '0.21.0' }, outputs: { [stackId]: Object.fromEntries(Object.keys(outputs).map((name) => [name, name])) } },
          output: sorted(outputs),
          provider: { azurerm: providers },
          resource: { azurerm_lighthouse_assignment: sorted(assignments), azurerm_lighthouse_definition: sorted(definitions) },
          terraform: { backend: { local: { path: localStatePath(p, stackId) } }, required_providers: { azurerm: { source: 'azurerm', version: '4.55.0' } } },
        };
        const dir = join(out, 'stacks', stackId);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(stack, null, 2));
        manifest[stackId] = { name: stackId, constructPath: stackId, synthesizedStackPath: `stacks/${stackId}/cdk.tf.json`, workingDirectory: `stacks/${stackId}` };
      }
      writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: '0.21.0', stacks: manifest }, null, 2));
    };
  },
  /** ARM export in memory: armFiles(plan) (templates, parameters files, READMEs as text). Plan loaded before the timer. */
  arm: () => {
    const { armFiles } = load('lib/emit/arm/files.js');
    const p = plan();
    return () => { armFiles(p); };
  },
  /** Floor of ARM export: JSON.stringify (2-space + newline, as armFiles) of the deployments' templates and parameters, built before the timer. */
  'arm-json': () => {
    const { armDeployments } = load('lib/emit/arm/deployments.js');
    const deployments = armDeployments(plan()).map((d: any) => ({ template: d.template, parameters: d.parameters }));
    return () => {
      const texts: string[] = [];
      for (const d of deployments) texts.push(`${JSON.stringify(d.template, null, 2)}\n`, `${JSON.stringify(d.parameters, null, 2)}\n`);
      if (texts.length === 0) throw new Error('no deployments');
    };
  },
  /** The HTML report (access matrix, findings) of a checked Plan. */
  'report-html': reportTask('html'),
  /** Its floor: the JSON report of the same findings. */
  'report-json': reportTask('json'),
  /** `file` is a report: its load time in Chromium (run.ts passes the HTML report and, as the floor, the JSON report). */
  'browser-load': () => browserLoadTask(),
};

async function main(): Promise<void> {
  const prepare = tasks[task];
  if (!prepare) throw new Error(`unknown task ${task}`);
  const run = prepare();
  const start = process.hrtime.bigint();
  const reported = await run();
  const ms = typeof reported === 'number' ? reported : Number(process.hrtime.bigint() - start) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ ms, rssMb, ...(bytes !== undefined && { bytes }) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
