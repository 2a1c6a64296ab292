import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  App, AzurermProvider, LighthouseAssignment, LighthouseDefinition, TerraformStack, TerraformVariable, withoutCdktfEnvironment,
} from '../../lib/constructs/cdk';
import { CustomerStack } from '../../lib/constructs/customer-stack';
import { buildApp } from '../../lib/constructs/plan-app';
import { PolicyChecks } from '../../lib/constructs/policy-checks';
import { stackJson } from '../../lib/constructs/stack-json';
import { loadInput } from '../../lib/import/load-input';
import { loadManifest } from '../../lib/manifest/load';
import { Rule } from '../../lib/policy/rule';
import { RoleCatalog } from '../../lib/roles/catalog';
import { ALL_RULES } from '../../policies';
import { buildIn, delegationProps, DELETE_ROLE, LEADS, MSP_TENANT, notes, OPS, READER, rule, SUBSCRIPTION, TENANT } from './policy-checks-helpers';
import { useTempRoot } from './synth-helpers';

/*
 * PolicyChecks reads what cdktf resolves (each stack's toTerraform(), the JSON synth writes) through the Terraform
 * reader `lighthouse-iac import` uses, and decides doubt from the structure of a finding's subject.
 */

const tempDir = useTempRoot();
const roles = RoleCatalog.builtIn();

describe('PolicyChecks and `lighthouse-iac import` read a stack alike (one Terraform reader)', () => {
  // The Contoso example's Plan-built stacks, plus code-built delegations and raw resources in two of them.
  const outdir = tempDir();
  const app = buildApp(loadManifest('examples/contoso/lighthouse.yaml'), { outdir });
  const fabrikam = app.node.findChild('fabrikam') as CustomerStack;
  fabrikam.addDelegation('app-support', delegationProps({
    subscriptionId: '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12',
    resourceGroups: ['rg-app', 'rg-shared'],
    description: 'Application support',
    plan: { name: 'basic', publisher: 'contoso', product: 'app-support', version: '1.2.0' },
    authorizations: [
      { principalId: OPS, principalDisplayName: 'Ops', role: 'User Access Administrator', delegatedRoles: ['Reader', 'Contributor'] },
      { principalId: LEADS, role: 'Contributor', eligible: { maximumActivationDuration: 'PT2H', approvers: [{ principalId: OPS, principalDisplayName: 'Ops' }] } },
      { principalId: LEADS, role: 'Managed Services Registration assignment Delete Role' },
    ],
  }));
  const northwind = app.node.findChild('northwind') as CustomerStack;
  const provider = northwind.providerFor(SUBSCRIPTION);
  const raw = new LighthouseDefinition(northwind, 'raw-monitoring', {
    provider, scope: `/subscriptions/${SUBSCRIPTION}`, managingTenantId: MSP_TENANT, name: 'Raw monitoring',
    authorization: [{ principalId: OPS, roleDefinitionId: READER }, { principalId: LEADS, roleDefinitionId: DELETE_ROLE }],
  });
  new LighthouseAssignment(northwind, 'raw-assignment', { provider, scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-logs`, lighthouseDefinitionId: raw.id });
  const checks = PolicyChecks.addTo(app, { rules: [] });
  app.synth();
  const stacks = ['fabrikam', 'northwind', 'tailspin'];
  const file = (stack: string) => join(outdir, 'stacks', stack, 'cdk.tf.json');
  const imported = Object.fromEntries(stacks.map((stack) => [stack, loadInput(file(stack), { roles })]));

  test('the text the Aspect reads is the cdk.tf.json synth writes, byte for byte', () => {
    for (const stack of stacks) {
      expect(stackJson((app.node.findChild(stack) as TerraformStack).toTerraform())).toBe(readFileSync(file(stack), 'utf8'));
    }
  });

  test.each(stacks)('stack %s: the same customers and delegations (authorizations, scopes, sources), offers and principals', (stack) => {
    const plan = checks.plan!;
    const theirs = imported[stack];
    // All but the customer's display name, which cdk.tf.json does not carry: the Aspect takes the CustomerStack's.
    const displayName = (app.node.findChild(stack) as CustomerStack).displayName;
    expect(plan.customers.filter((c) => c.key === stack)).toEqual(theirs.customers.map((c) => ({ ...c, displayName })));
    expect(displayName).not.toBe(stack);
    expect(plan.delegations.filter((d) => d.customer === stack)).toEqual(theirs.delegations);
    for (const offer of theirs.offers) expect(plan.offers.map((o) => [o.key, o.name])).toContainEqual([offer.key, offer.name]);
    for (const principal of theirs.principals) expect(plan.principals.map((p) => p.id)).toContain(principal.id);
  });

  test('what the Aspect read: code-built and raw resources with construct ids as offer keys, Plan-built ones with the manifest\'s', () => {
    const plan = checks.plan!;
    // In the order of the JSON (cdktf sorts resources by name), as the import reads it.
    expect(plan.delegations.filter((d) => d.customer === 'fabrikam').map((d) => d.offer)).toEqual(['app-support', 'managed-ops', 'managed-ops']);
    const appSupport = plan.delegations.find((d) => d.offer === 'app-support')!;
    expect(appSupport.scopes.map((s) => s.resourceGroup)).toEqual(['rg-app', 'rg-shared']);
    expect(appSupport.authorizations.map((a) => [a.role.name, a.eligible?.approvers.map((p) => p.displayName)])).toEqual([
      ['User Access Administrator', undefined], ['Managed Services Registration assignment Delete Role', undefined], ['Contributor', ['Ops']],
    ]);
    expect(appSupport.plan).toMatchObject({ name: 'basic', version: '1.2.0' });
    const rawDelegation = plan.delegations.find((d) => d.offer === 'raw-monitoring')!;
    expect(rawDelegation).toMatchObject({ customer: 'northwind', definitionId: '', scopes: [{ resourceGroup: 'rg-logs', assignmentName: '' }] });
    expect(plan.customers.map((c) => c.key)).toEqual(stacks);
  });
});

describe('an expression-valued principal: left out, noted, and the findings it could falsify downgraded by structure', () => {
  function build(withRules: readonly Rule[]) {
    return withoutCdktfEnvironment(() => {
      const app = new App({ outdir: tempDir(), stackTraces: false });
      const stack = new CustomerStack(app, 'contoso', { tenantId: TENANT });
      const group = new TerraformVariable(stack, 'ops-group', { type: 'string' });
      const provider = stack.providerFor(SUBSCRIPTION);
      // A raw definition whose first principal is a variable ...
      const raw = new LighthouseDefinition(stack, 'raw', {
        provider, scope: `/subscriptions/${SUBSCRIPTION}`, managingTenantId: MSP_TENANT, name: 'Raw offer',
        authorization: [{ principalId: group.stringValue, roleDefinitionId: DELETE_ROLE }, { principalId: OPS, roleDefinitionId: READER }],
      });
      new LighthouseAssignment(stack, 'raw-assignment', { provider, scope: `/subscriptions/${SUBSCRIPTION}`, lighthouseDefinitionId: raw.id });
      // ... and a LighthouseDelegation whose first principal an escape hatch replaces (the Aspect sees overrides now).
      const ops = stack.addDelegation('ops', delegationProps({ subscriptionId: 'cccccccc-0000-4000-8000-00000000005b' }));
      ops.definition.addOverride('authorization.1.principal_id', group.stringValue);
      const checks = PolicyChecks.addTo(app, { rules: withRules });
      return { app, checks };
    });
  }

  test('the authorization is left out of the Plan and one info note per delegation says what was not checked', () => {
    const { app, checks } = build([]);
    app.synth();
    const [raw, ops] = checks.plan!.delegations;
    expect(raw.authorizations.map((a) => a.principal.id)).toEqual([OPS]);
    expect(ops.authorizations.map((a) => a.principal.id)).toEqual([OPS]);
    expect(notes(app)).toEqual(expect.arrayContaining([
      { path: 'contoso/raw', level: 'info', message: '[lighthouse-iac] not checked, known only at apply time: authorization[0] (principal_id)' },
      { path: 'contoso/ops', level: 'info', message: '[lighthouse-iac] not checked, known only at apply time: authorization[1] (principal_id)' },
    ]));
  });

  test('findings about the delegation as a whole are info; about a checked authorization, a scope or the Plan they keep their level, whatever the text says', () => {
    const perDelegation = rule('LH901', 'error', function* ({ plan }) {
      for (const d of plan.delegations) yield { message: `no Delete Role in ${d.offer}`, subject: { kind: 'delegation', delegation: d } };
    });
    // Messages that quote an expression and an empty tenant: the old Aspect searched message text for these.
    const perAuthorization = rule('LH902', 'error', function* ({ plan }) {
      for (const d of plan.delegations) {
        yield { message: `\${var.ops-group} "" ${d.authorizations[0].principal.id}`, subject: { kind: 'authorization', delegation: d, authorization: d.authorizations[0] } };
      }
    });
    const perScope = rule('LH903', 'warning', function* ({ plan }) {
      for (const d of plan.delegations) yield { message: `scope ${d.scopes[0].id}`, subject: { kind: 'delegation', delegation: d, scope: d.scopes[0] } };
    });
    const principalInDelegation = rule('LH904', 'warning', function* ({ plan }) {
      for (const d of plan.delegations) yield { message: `principal in ${d.offer}`, subject: { kind: 'principal', principal: d.authorizations[0].principal, delegation: d } };
    });
    const { app } = build([perDelegation, perAuthorization, perScope, principalInDelegation]);
    expect(() => app.synth()).toThrow(/Encountered Annotations/);
    const of = (id: string) => notes(app).filter((n) => n.message.startsWith(`[${id}]`)).map((n) => [n.path, n.level, n.message.replace(/^.*?\[reported/, '[reported')]);
    const downgraded = '[reported as info instead of error: 1 authorization block is Terraform expressions and were not checked]';
    expect(of('LH901')).toEqual([['contoso/raw', 'info', downgraded], ['contoso/ops', 'info', downgraded]]);
    expect(of('LH902').map(([path, level]) => [path, level])).toEqual([['contoso/raw', 'error'], ['contoso/ops', 'error']]);
    expect(of('LH903').map(([path, level]) => [path, level])).toEqual([['contoso/raw-assignment', 'warning'], ['contoso/ops', 'warning']]);
    expect(of('LH904').map(([, level]) => level)).toEqual(['info', 'info']);
  });

  test('with the rule catalog: no error, and the LH201 findings (no Delete Role) the left-out Delete Roles cause are info', () => {
    const { app, checks } = build(ALL_RULES);
    expect(() => app.synth()).not.toThrow();
    expect(checks.findings!.filter((f) => f.ruleId === 'LH201').map((f) => f.offer).sort()).toEqual(['ops', 'raw']);
    for (const path of ['contoso/raw', 'contoso/ops']) {
      expect(notes(app)).toContainEqual({ path, level: 'info', message: expect.stringMatching(/^\[LH201\] .*\[reported as info instead of warning: 1 authorization block is/) });
    }
    expect(notes(app).filter((n) => n.level === 'error')).toEqual([]);
  });
});

describe('PolicyChecks: what the reader cannot read or leaves out', () => {
  const build = <T>(fn: (app: App) => T) => buildIn(tempDir(), fn);

  test('added to one construct inside a stack, it reads only the resources under it', () => {
    const { app, result: checks } = build((app) => {
      const stack = new CustomerStack(app, 'contoso', { tenantId: TENANT });
      const checked = stack.addDelegation('checked', delegationProps());
      stack.addDelegation('other', delegationProps({ subscriptionId: 'cccccccc-0000-4000-8000-00000000005b' }));
      return PolicyChecks.addTo(checked, { rules: [] });
    });
    app.synth();
    expect(checks.plan!.delegations.map((d) => d.offer)).toEqual(['checked']);
  });

  test('input the reader rejects (a definition at a resource group) is an error annotation on that resource, with the fix', () => {
    const { app } = build((app) => {
      const stack = new CustomerStack(app, 'contoso', { tenantId: TENANT });
      new LighthouseDefinition(stack, 'at-rg', {
        provider: stack.providerFor(SUBSCRIPTION), scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-a`, managingTenantId: MSP_TENANT, name: 'At RG',
        authorization: [{ principalId: OPS, roleDefinitionId: READER }],
      });
      PolicyChecks.addTo(app);
    });
    expect(() => app.synth()).toThrow(/\[contoso\/at-rg\] \[lighthouse-iac\] cannot check: scope "\/subscriptions\/.*\/resourceGroups\/rg-a" is not a subscription id \(fix: a registration definition lives at a subscription/);
  });

  test('a resource with for_each is left out with a warning; a definition of another stack is not found', () => {
    const { app, result: checks } = build((app) => {
      const stack = new CustomerStack(app, 'contoso', { tenantId: TENANT });
      const definition = new LighthouseDefinition(stack, 'definition', {
        provider: stack.providerFor(SUBSCRIPTION), scope: `/subscriptions/${SUBSCRIPTION}`, managingTenantId: MSP_TENANT, name: 'Offer',
        authorization: [{ principalId: OPS, roleDefinitionId: READER }, { principalId: LEADS, roleDefinitionId: DELETE_ROLE }],
      });
      const each = new LighthouseAssignment(stack, 'each', { provider: stack.providerFor(SUBSCRIPTION), scope: `/subscriptions/${SUBSCRIPTION}`, lighthouseDefinitionId: definition.id });
      each.addOverride('for_each', '${toset(var.scopes)}');
      const other = new TerraformStack(app, 'other');
      new AzurermProvider(other, 'azurerm', { features: [{}], tenantId: TENANT });
      new LighthouseAssignment(other, 'cross', {
        scope: `/subscriptions/${SUBSCRIPTION}`,
        lighthouseDefinitionId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.ManagedServices/registrationDefinitions/eeeeeeee-0000-4000-8000-000000000001`,
      });
      return PolicyChecks.addTo(app, { rules: [] });
    });
    app.synth();
    expect(checks.plan!.delegations.map((d) => [d.offer, d.scopes.length])).toEqual([['definition', 0]]);
    expect(notes(app)).toEqual(expect.arrayContaining([
      { path: 'contoso/each', level: 'warning', message: '[lighthouse-iac] cannot check: azurerm_lighthouse_assignment.each uses for_each, whose instances this tool cannot expand' },
      { path: 'other/cross', level: 'warning', message: expect.stringMatching(/^\[lighthouse-iac\] cannot check: definition not found \(lighthouse_definition_id names definition eeeeeeee-.* which is not in this file\)$/) },
    ]));
  });

  test('a cross-customer finding over stacks whose tenants are unknown is info; findings about one delegation there keep their level', () => {
    const span = rule('LH901', 'warning', function* ({ plan }) {
      const principal = plan.delegations[0].authorizations[0].principal;
      yield { message: 'the same access on both', subject: { kind: 'principal', principal, customers: plan.customers.map((c) => c.key) } };
      // A spanning finding that points at one authorization (as LH302 does) lands on that authorization's construct.
      const [, second] = plan.delegations;
      yield { message: 'pointing at b', subject: { kind: 'principal', principal, customers: ['b'] }, location: second.authorizations[0].source };
      for (const d of plan.delegations) yield { message: `delegation ${d.customer}`, subject: { kind: 'delegation', delegation: d } };
    });
    const { app, result: checks } = build((app) => {
      for (const id of ['a', 'b']) {
        const stack = new TerraformStack(app, id);
        new AzurermProvider(stack, 'azurerm', { features: [{}] });
        new LighthouseDefinition(stack, 'definition', {
          scope: `/subscriptions/${SUBSCRIPTION}`, managingTenantId: MSP_TENANT, name: 'Offer',
          authorization: [{ principalId: OPS, roleDefinitionId: READER }, { principalId: LEADS, roleDefinitionId: DELETE_ROLE }],
        });
      }
      return PolicyChecks.addTo(app, { rules: [span] });
    });
    app.synth();
    expect(checks.plan!.customers.map((c) => [c.key, c.tenantId])).toEqual([['a', ''], ['b', '']]);
    const lh901 = notes(app).filter((n) => n.message.startsWith('[LH901]'));
    expect(lh901).toContainEqual({
      path: 'a', level: 'info',
      message: '[LH901] the same access on both (fix: fix LH901) [reported as info instead of warning: it compares customers, and the tenant of a is unknown here (no CustomerStack, and no literal tenant_id on the azurerm provider)]',
    });
    expect(lh901.filter((n) => n.message.startsWith('[LH901] delegation')).map((n) => [n.path, n.level])).toEqual([['a/definition', 'warning'], ['b/definition', 'warning']]);
    expect(lh901.filter((n) => n.message.startsWith('[LH901] pointing at b')).map((n) => [n.path, n.level])).toEqual([['b/definition', 'info']]);
  });
});
