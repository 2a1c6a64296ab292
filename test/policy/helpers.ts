import { loadManifestText } from '../../lib/manifest/load';
import { Plan } from '../../lib/model/plan';
import { DEFAULT_POLICY } from '../../lib/policy/policy-config';
import { RuleParameter } from '../../lib/policy/parameters';
import { Finding, Rule, RuleContext } from '../../lib/policy/rule';
import { runRules } from '../../lib/policy/runner';
import { RoleCatalog } from '../../lib/roles/catalog';

/** The file name every test manifest is "read" from, so locations read `lighthouse.yaml:line:col`. */
export const FILE = 'lighthouse.yaml';

/** A Plan from manifest text, with real source locations. */
export function planFrom(yaml: string): Plan {
  return loadManifestText(yaml, FILE);
}

export interface CheckOptions {
  /** Policy parameters by name (normalized, as a policy file yields them). */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly baseline?: Plan;
  readonly roles?: RoleCatalog;
}

/** Runs one rule at its default level under the default policy (plus parameters) and returns its findings. */
export function checkRule(rule: Rule, plan: Plan, options: CheckOptions = {}): Finding[] {
  return runRules([rule], { plan, roles: options.roles ?? RoleCatalog.builtIn(), ...(options.baseline && { baseline: options.baseline }) },
    { ...DEFAULT_POLICY, parameters: options.parameters ?? {} });
}

/**
 * A manifest with one customer, one offer and one authorization set whose entries are `authorizations`
 * (YAML list items, indented by 4). Principals: `ops` (group), `alice` (user), `spn` (servicePrincipal),
 * `leads` (group), `nameless` (group, no display name). Line 14 is the first authorization.
 */
export function manifestWith(authorizations: string, extra: { offerExtra?: string; settings?: string; customers?: string } = {}): string {
  return `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: MSP }
principals:
  ops: { id: 22222222-2222-2222-2222-222222222222, displayName: Ops, type: group }
  alice: { id: 33333333-3333-3333-3333-333333333333, displayName: Alice, type: user }
  spn: { id: 44444444-4444-4444-4444-444444444444, displayName: Pipeline, type: servicePrincipal }
  leads: { id: 55555555-5555-5555-5555-555555555555, displayName: Leads, type: group }
  nameless: { id: 66666666-6666-6666-6666-666666666666, type: group }
offers:
  managed:
    name: Managed
    authorizations: [main]${extra.offerExtra ?? ''}
authorizationSets:
  main:
${authorizations}
customers:
${extra.customers ?? `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }`}
${extra.settings ?? ''}`;
}

/** Customers for manifestWith: fabrikam with two subscriptions, northwind with one, all on offer `managed`. */
export const TWO_CUSTOMERS = `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }
      - { offer: managed, subscription: 99999999-8888-8888-8888-888888888888 }
  northwind:
    displayName: Northwind
    tenantId: 99999999-9999-9999-9999-999999999999
    delegations:
      - { offer: managed, subscription: bbbbbbbb-8888-8888-8888-888888888888 }`;

/** A RuleContext for calling `rule.check` directly (no runner): parameters by name, else their defaults. */
export function ruleContext(plan: Plan, parameters: Readonly<Record<string, unknown>> = {}, baseline?: Plan): RuleContext {
  return {
    plan, roles: RoleCatalog.builtIn(), ...(baseline && { baseline }),
    parameter: <T>(parameter: RuleParameter<T>): T => (Object.hasOwn(parameters, parameter.name) ? parameters[parameter.name] : parameter.default) as T,
  };
}

/**
 * The Plan's first customer subscription exported as an ARM template (with its parameters file) and imported back:
 * what a rule sees when the same delegation comes from Microsoft's onboarding template instead of a manifest.
 * `edit` rewrites the template text before the import (to test what only templates can say, such as api-versions).
 */
export function viaArmImport(plan: Plan, edit: (templateText: string) => string = (text) => text): Plan {
  // Required lazily: most rule tests never need the emitter or the importer.
  const { armFiles } = require('../../lib/emit/arm') as typeof import('../../lib/emit/arm');
  const { importArm } = require('../../lib/import/arm') as typeof import('../../lib/import/arm');
  const { mkdtempSync, mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { dirname, join } = require('node:path') as typeof import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-iac-arm-'));
  for (const file of armFiles(plan)) {
    const path = join(dir, ...file.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.path.endsWith('.parameters.json') ? file.text : edit(file.text));
  }
  const [template] = armFiles(plan).filter((f) => f.path.endsWith('.json') && !f.path.endsWith('.parameters.json'));
  const path = join(dir, ...template.path.split('/'));
  return importArm(path, { roles: RoleCatalog.builtIn(), parameters: path.replace(/\.json$/, '.parameters.json') });
}
