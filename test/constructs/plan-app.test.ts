import 'cdktf/lib/testing/adapters/jest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CDKTF_ENVIRONMENT_VARIABLES, Testing } from '../../lib/constructs/cdk';
import { buildApp } from '../../lib/constructs/plan-app';
import { Authorization, Plan } from '../../lib/model/plan';
import { active, customer, delegation, eligible, plan, samplePlan } from './plan-fixture';
import { readTree, resources, synthToDir, useTempRoot } from './synth-helpers';

Testing.setupJest();
const tempDir = useTempRoot();

describe('buildApp / synthesizePlan', () => {
  const sample = samplePlan();
  const out = synthToDir(sample, tempDir());

  it('writes one stack per customer with delegations, named by the sanitized customer key; idle customers get none', () => {
    expect(Object.keys(out.stacks).sort()).toEqual(['contoso', 'fabrikam-inc']);
    expect(Object.keys(JSON.parse(out.files['manifest.json']).stacks)).toEqual(['contoso', 'fabrikam-inc']);
    expect(existsSync(join(out.outdir, 'stacks', 'idle'))).toBe(false);
  });

  it('writes one definition per delegation (customer subscription and offer) and exactly one assignment per scope', () => {
    for (const [stackId, stack] of Object.entries(out.stacks)) {
      const delegations = sample.delegations.filter((d) => d.customer === (stackId === 'contoso' ? 'contoso' : 'Fabrikam Inc'));
      const definitions = Object.values(resources(stack, 'azurerm_lighthouse_definition'));
      expect(definitions.map((d: any) => d.scope).sort()).toEqual(delegations.map((d) => `/subscriptions/${d.subscriptionId}`).sort());
      const assignmentScopes = Object.values(resources(stack, 'azurerm_lighthouse_assignment')).map((a: any) => a.scope);
      expect(assignmentScopes.sort()).toEqual(delegations.flatMap((d) => d.scopes.map((s) => s.id)).sort());
      expect(stack.provider.azurerm).toHaveLength(delegations.length);
    }
  });

  it('writes a relative local backend by default, with {stack} replaced', () => {
    expect(out.stacks.contoso.terraform.backend).toEqual({ local: { path: '../../../terraform.contoso.tfstate' } });
    expect(out.stacks['fabrikam-inc'].terraform.backend).toEqual({ local: { path: '../../../terraform.fabrikam-inc.tfstate' } });
  });

  it('takes azurerm and cloud backends, cloud and RP registration from plan.settings', () => {
    const azurerm = synthToDir(samplePlan({
      cloud: 'AzureUSGovernment',
      registerResourceProvider: true,
      backend: {
        type: 'azurerm', resourceGroupName: 'rg-state', storageAccountName: 'ststate', containerName: 'tfstate',
        key: 'lighthouse/{stack}.tfstate', useAzureadAuth: true, useOidc: true,
      },
    }), tempDir());
    expect(azurerm.stacks['fabrikam-inc'].terraform.backend.azurerm).toEqual({
      resource_group_name: 'rg-state', storage_account_name: 'ststate', container_name: 'tfstate',
      key: 'lighthouse/fabrikam-inc.tfstate', use_azuread_auth: true, use_oidc: true, environment: 'usgovernment',
    });
    expect(azurerm.stacks.contoso.provider.azurerm[0].environment).toBe('usgovernment');
    expect(Object.keys(resources(azurerm.stacks.contoso, 'azurerm_resource_provider_registration'))).toHaveLength(2);

    const cloud = synthToDir(samplePlan({
      backend: { type: 'cloud', organization: 'msp', workspace: 'lh-{stack}', hostname: 'tfe.example.com' },
    }), tempDir());
    expect(cloud.stacks.contoso.terraform.cloud).toEqual({ organization: 'msp', hostname: 'tfe.example.com', workspaces: { name: 'lh-contoso' } });
  });

  it('writes no absolute path anywhere', () => {
    const text = Object.values(out.files).join('\n');
    for (const absolute of [out.outdir, process.env.TMPDIR!, process.cwd(), homedir()]) {
      expect(text).not.toContain(absolute);
    }
  });

  it('is byte-identical run to run', () => {
    expect(synthToDir(samplePlan(), tempDir()).files).toEqual(out.files);
  });

  it('ignores cdktf environment variables and restores them', () => {
    const saved = CDKTF_ENVIRONMENT_VARIABLES.map((name) => [name, process.env[name]] as const);
    const elsewhere = tempDir();
    Object.assign(process.env, {
      CDKTF_OUTDIR: elsewhere,
      CDKTF_CONTEXT_JSON: JSON.stringify({ excludeStackIdFromLogicalIds: true, allowSepCharsInLogicalIds: true }),
      SYNTH_HCL_OUTPUT: 'true',
      CDKTF_TARGET_STACK_ID: 'contoso',
    });
    try {
      const again = synthToDir(samplePlan(), tempDir());
      expect(again.files).toEqual(out.files);
      expect(existsSync(elsewhere)).toBe(false);
      expect(process.env.SYNTH_HCL_OUTPUT).toBe('true');
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('builds an App with an explicit outdir and validation on', () => {
    const app = buildApp(sample, { outdir: tempDir() });
    expect(app.skipValidation).toBe(false);
    expect(app.hclOutput).toBe(false);
  });

  it('rejects keys that collide once sanitized, and delegations of unknown customers', () => {
    const a = customer('Contoso');
    const b = customer('contoso!');
    const of = (c: typeof a) => delegation({ customer: c, offer: 'o', subscription: c.key, authorizations: [active('p', 'reader')] });
    expect(() => buildApp(plan([of(a), of(b)], [a, b]), { outdir: tempDir() }))
      .toThrow(/customers "Contoso" and "contoso!" both become Terraform stack "contoso"\n {2}fix: rename one/);
    expect(() => buildApp(plan([of(a)], []), { outdir: tempDir() })).toThrow(/names customer "Contoso", which is not in plan.customers/);
  });
});

describe('synth properties over random Plans', () => {
  const authorizationArb: fc.Arbitrary<Authorization> = fc.tuple(
    fc.constantFrom('ops', 'soc', 'admins', 'oncall'),
    fc.constantFrom('reader', 'contributor', 'deleteRole') as fc.Arbitrary<'reader' | 'contributor' | 'deleteRole'>,
    fc.oneof(fc.constant(undefined), fc.record({ approvers: fc.subarray(['leads', 'ciso']), mfa: fc.boolean() })),
  ).map(([principal, role, jit]) => (jit ? eligible(principal, role, jit.approvers, jit.mfa) : active(principal, role)));

  const delegationSpecArb = fc.record({
    offer: fc.constantFrom('ops', 'monitoring', 'Security Ops'),
    resourceGroups: fc.subarray(['rg-app', 'rg-data', 'RG.Shared', 'rg_(legacy)']),
    authorizations: fc.array(authorizationArb, { minLength: 1, maxLength: 3 }),
  });

  const planArb: fc.Arbitrary<Plan> = fc.uniqueArray(
    fc.record({
      key: fc.constantFrom('contoso', 'fabrikam', 'Northwind Traders', 'tailspin'),
      delegations: fc.array(delegationSpecArb, { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3, selector: (c) => c.key },
  ).map((specs) => {
    const customers = specs.map((s) => customer(s.key));
    const delegations = specs.flatMap((spec, i) => spec.delegations.map((d, j) =>
      delegation({ customer: customers[i], subscription: `${spec.key}-${j}`, ...d })));
    return plan(delegations, customers);
  });

  it('synthesizes identically twice, with one assignment per scope and one definition per delegation', () => {
    fc.assert(fc.property(planArb, (p) => {
      const first = synthToDir(p, tempDir());
      const second = readTree(synthToDir(p, tempDir()).outdir);
      expect(second).toEqual(first.files);
      const stacks = Object.values(first.stacks);
      const count = (type: string) => stacks.reduce((n, s) => n + Object.keys(resources(s, type)).length, 0);
      expect(count('azurerm_lighthouse_assignment')).toBe(p.delegations.reduce((n, d) => n + d.scopes.length, 0));
      expect(count('azurerm_lighthouse_definition')).toBe(p.delegations.length);
      expect(stacks).toHaveLength(p.customers.length);
    }), { numRuns: 25, seed: 20260101 });
  });
});
