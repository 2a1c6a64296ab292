import 'cdktf/lib/testing/adapters/jest';
import { App, LighthouseAssignment, LighthouseDefinition, TerraformStack, Testing } from '../../lib/constructs/cdk';
import { CustomerStack } from '../../lib/constructs/customer-stack';
import { normalizeProps } from '../../lib/constructs/delegation-props';
import { LighthouseDelegation, LighthouseDelegationProps } from '../../lib/constructs/lighthouse-delegation';
import { buildApp } from '../../lib/constructs/plan-app';
import { registrationAssignmentGuid, registrationDefinitionGuid } from '../../lib/model/ids';
import { active, customer, delegation, guidOf, MANAGING_TENANT, plan, ROLES, samplePlan } from './plan-fixture';
import { useTempRoot } from './synth-helpers';

Testing.setupJest();
const tempDir = useTempRoot();

const TENANT = 'cccccccc-0000-4000-8000-000000000001';
const SUBSCRIPTION = 'cccccccc-0000-4000-8000-00000000005a';
const PRINCIPAL = 'aaaaaaaa-0000-4000-8000-0000000000a1';

function stackOf(app: App, id: string): TerraformStack {
  return app.node.findChild(id) as TerraformStack;
}

function customerStack(): CustomerStack {
  return new CustomerStack(new App({ outdir: tempDir(), stackTraces: false }), 'contoso', { tenantId: TENANT });
}

function props(overrides: Partial<LighthouseDelegationProps> = {}): LighthouseDelegationProps {
  return {
    managingTenantId: MANAGING_TENANT,
    subscriptionId: SUBSCRIPTION,
    name: 'Managed operations',
    authorizations: [{ principalId: PRINCIPAL, role: 'Reader' }],
    ...overrides,
  };
}

describe('LighthouseDelegation from a Plan', () => {
  const sample = samplePlan();
  const [opsDelegation, rgDelegation, fabrikamDelegation] = sample.delegations;
  const app = buildApp(sample, { outdir: tempDir() });
  const contoso = Testing.synth(stackOf(app, 'contoso'));
  const fabrikam = Testing.synth(stackOf(app, 'fabrikam-inc'));

  it('writes active authorizations in order, delegated roles only where given, eligible ones with JIT and approver, and the plan', () => {
    expect(contoso).toHaveResourceWithProperties(LighthouseDefinition, {
      scope: `/subscriptions/${opsDelegation.subscriptionId}`,
      lighthouse_definition_id: opsDelegation.definitionId,
      managing_tenant_id: MANAGING_TENANT,
      name: 'managed-ops offer',
      description: 'Day-to-day operations',
      provider: `azurerm.sub-${opsDelegation.subscriptionId}`,
      authorization: [
        { principal_id: guidOf('principal:ops'), principal_display_name: 'ops', role_definition_id: ROLES.contributor.id },
        {
          principal_id: guidOf('principal:admins'), principal_display_name: 'admins', role_definition_id: ROLES.userAccessAdministrator.id,
          delegated_role_definition_ids: [ROLES.contributor.id, ROLES.reader.id],
        },
        { principal_id: guidOf('principal:offboarding'), principal_display_name: 'offboarding', role_definition_id: ROLES.deleteRole.id },
      ],
      eligible_authorization: [{
        principal_id: guidOf('principal:oncall'),
        principal_display_name: 'oncall',
        role_definition_id: ROLES.contributor.id,
        just_in_time_access_policy: {
          maximum_activation_duration: 'PT4H',
          multi_factor_auth_provider: 'Azure',
          approver: [{ principal_id: guidOf('principal:leads'), principal_display_name: 'leads' }],
        },
      }],
      plan: { name: 'gold', publisher: 'fixturemsp', product: 'managed-ops-offer', version: '1.0.0' },
    });
  });

  it('omits the MFA provider when MFA is off and the approver list when there are none', () => {
    const definition = Object.values(JSON.parse(fabrikam).resource.azurerm_lighthouse_definition)[0] as any;
    expect(definition.eligible_authorization[0].just_in_time_access_policy).toEqual({ maximum_activation_duration: 'PT4H' });
    expect(definition.authorization[0]).not.toHaveProperty('delegated_role_definition_ids');
    expect(definition).not.toHaveProperty('plan');
    expect(definition).not.toHaveProperty('description');
  });

  it('assigns the subscription, or each resource group, with the derived name and a reference to the definition', () => {
    const opsId = `managed-ops-${opsDelegation.subscriptionId}`;
    expect(contoso).toHaveResourceWithProperties(LighthouseAssignment, {
      scope: `/subscriptions/${opsDelegation.subscriptionId}`,
      name: registrationAssignmentGuid(opsDelegation.definitionId, `/subscriptions/${opsDelegation.subscriptionId}`),
      lighthouse_definition_id: `\${azurerm_lighthouse_definition.${opsId}_definition.id}`,
      provider: `azurerm.sub-${opsDelegation.subscriptionId}`,
    });
    for (const rg of ['rg-app', 'rg-data']) {
      const scope = `/subscriptions/${rgDelegation.subscriptionId}/resourceGroups/${rg}`;
      expect(contoso).toHaveResourceWithProperties(LighthouseAssignment, {
        scope,
        name: registrationAssignmentGuid(rgDelegation.definitionId, scope),
        lighthouse_definition_id: `\${azurerm_lighthouse_definition.monitoring-${rgDelegation.subscriptionId}_definition.id}`,
      });
    }
  });

  it('names resources and outputs after the construct id', () => {
    const parsed = JSON.parse(contoso);
    const id = `monitoring-${rgDelegation.subscriptionId}`;
    expect(Object.keys(parsed.resource.azurerm_lighthouse_assignment)).toEqual(expect.arrayContaining([
      `${id}_assignment_rg_rg-app`, `${id}_assignment_rg_rg-data`, `managed-ops-${opsDelegation.subscriptionId}_assignment_subscription`,
    ]));
    expect(parsed.output[`${id}_definition_id`].value).toBe(`\${azurerm_lighthouse_definition.${id}_definition.id}`);
    expect(parsed.output[`${id}_assignment_ids`].value).toEqual([
      `\${azurerm_lighthouse_assignment.${id}_assignment_rg_rg-app.id}`,
      `\${azurerm_lighthouse_assignment.${id}_assignment_rg_rg-data.id}`,
    ]);
  });

  it('exposes the Plan delegation and the resources for introspection', () => {
    const construct = stackOf(app, 'contoso').node.findChild(`monitoring-${rgDelegation.subscriptionId}`) as LighthouseDelegation;
    expect(construct.delegation).toBe(rgDelegation);
    expect(construct.assignments).toHaveLength(2);
    expect(construct.definition.lighthouseDefinitionIdInput).toBe(rgDelegation.definitionId);
    expect(fabrikamDelegation.customer).toBe('Fabrikam Inc');
  });

  it('uses the Plan values verbatim instead of re-deriving or re-resolving them', () => {
    const acme = customer('acme');
    const base = delegation({ customer: acme, offer: 'x', subscription: 's', authorizations: [active('p', 'reader')] });
    const custom = {
      ...base,
      definitionId: guidOf('imported-definition'),
      authorizations: [{ ...base.authorizations[0], role: { id: guidOf('custom-role') } }],
      scopes: [{ ...base.scopes[0], assignmentName: guidOf('imported-assignment') }],
    };
    const synth = Testing.synth(stackOf(buildApp(plan([custom], [acme]), { outdir: tempDir() }), 'acme'));
    expect(synth).toHaveResourceWithProperties(LighthouseDefinition, {
      lighthouse_definition_id: guidOf('imported-definition'),
      authorization: [{ principal_id: guidOf('principal:p'), principal_display_name: 'p', role_definition_id: guidOf('custom-role') }],
    });
    expect(synth).toHaveResourceWithProperties(LighthouseAssignment, { name: guidOf('imported-assignment') });
  });
});

describe('LighthouseDelegation used directly', () => {
  it('resolves role names, applies defaults and derives the definition and assignment names', () => {
    const stack = customerStack();
    const construct = stack.addDelegation('ops', props({
      resourceGroups: ['rg-a'],
      authorizations: [
        { principalId: PRINCIPAL.toUpperCase(), role: 'user access administrator', delegatedRoles: ['Reader', ROLES.contributor.id] },
        { principalId: PRINCIPAL, role: ROLES.contributor.id, eligible: {} },
      ],
    }));
    // From the construct id (the stable key, as a manifest's offer key), not from the customer-visible name.
    const definitionId = registrationDefinitionGuid(MANAGING_TENANT, TENANT, SUBSCRIPTION, 'ops');
    const scope = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-a`;
    expect(construct.delegation).toEqual({
      customer: 'contoso', offer: 'ops', managingTenantId: MANAGING_TENANT, customerTenantId: TENANT, subscriptionId: SUBSCRIPTION,
      name: 'Managed operations', definitionId, authorizationSets: [],
      authorizations: [
        { principal: { id: PRINCIPAL }, role: ROLES.userAccessAdministrator, delegatedRoles: [ROLES.reader, ROLES.contributor] },
        { principal: { id: PRINCIPAL }, role: ROLES.contributor, delegatedRoles: [], eligible: { maximumActivationDuration: 'PT8H', requireMfa: true, approvers: [] } },
      ],
      scopes: [{ kind: 'resourceGroup', id: scope, resourceGroup: 'rg-a', assignmentName: registrationAssignmentGuid(definitionId, scope) }],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(LighthouseDefinition, {
      eligible_authorization: [{
        principal_id: PRINCIPAL, role_definition_id: ROLES.contributor.id,
        just_in_time_access_policy: { maximum_activation_duration: 'PT8H', multi_factor_auth_provider: 'Azure' },
      }],
    });
  });

  it('keeps its definition GUID (and so its assignment names) when the customer-visible name changes; a new id is a new delegation', () => {
    const guids = (id: string, name: string) => {
      const construct = customerStack().addDelegation(id, props({ name, resourceGroups: ['rg-a'] }));
      return [construct.delegation.definitionId, construct.delegation.scopes[0].assignmentName, construct.definition.lighthouseDefinitionIdInput];
    };
    const before = guids('ops', 'Managed operations');
    expect(guids('ops', 'Contoso managed operations (24x7)')).toEqual(before);
    expect(guids('ops-2', 'Managed operations')[0]).not.toBe(before[0]);
    expect(before[2]).toBe(before[0]);
  });

  it('builds through the same path as fromPlan: props and their normalized delegation synthesize alike', () => {
    const direct = customerStack();
    const built = new LighthouseDelegation(direct, 'ops', props({ resourceGroups: ['rg-a', 'rg-b'], description: 'd' }));
    const viaPlan = customerStack();
    LighthouseDelegation.fromPlan(viaPlan, 'ops', built.delegation);
    expect(Testing.synth(viaPlan)).toEqual(Testing.synth(direct));
  });

  it('works outside a CustomerStack with an explicit customer tenant and no provider', () => {
    const stack = new TerraformStack(new App({ outdir: tempDir() }), 'plain');
    const construct = new LighthouseDelegation(stack, 'ops', props({ customerTenantId: TENANT }));
    expect(construct.delegation.customer).toBe(TENANT);
    const definition = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_lighthouse_definition)[0];
    expect(definition).not.toHaveProperty('provider');
  });

  it('gives a resource group that sanitizing changes a hashed, distinct name', () => {
    const stack = customerStack();
    stack.addDelegation('ops', props({ resourceGroups: ['rg.a', 'rg(a)', 'rg_a'] }));
    const names = Object.keys(JSON.parse(Testing.synth(stack)).resource.azurerm_lighthouse_assignment);
    expect(names).toHaveLength(3);
    expect(names).toContain('ops_assignment_rg_rg_a');
    expect(names.filter((n) => /^ops_assignment_rg_rg_a__?[0-9a-f]{8}$/.test(n))).toHaveLength(2);
  });

  describe('normalizeProps is a pure function of the props and the context', () => {
    const context = { id: 'ops', path: 'contoso/ops', customerStack: { id: 'contoso', tenantId: TENANT } };

    it('needs no construct or stack, and gives equal results for equal input without changing the props', () => {
      const input = props({ resourceGroups: ['rg-a'], authorizations: [{ principalId: PRINCIPAL.toUpperCase(), role: 'reader', eligible: {} }] });
      const copy = JSON.parse(JSON.stringify(input));
      const first = normalizeProps(input, context);
      expect(normalizeProps(input, context)).toEqual(first);
      expect(input).toEqual(copy);
      expect(first).toMatchObject({
        customer: 'contoso', offer: 'ops', customerTenantId: TENANT,
        definitionId: registrationDefinitionGuid(MANAGING_TENANT, TENANT, SUBSCRIPTION, 'ops'),
        authorizations: [{ principal: { id: PRINCIPAL }, role: ROLES.reader, eligible: { maximumActivationDuration: 'PT8H', requireMfa: true } }],
      });
    });

    it('keeps a given definition id and assignment names (an adopted delegation), deriving the rest from them', () => {
      const definitionId = guidOf('deployed-definition');
      const kept = normalizeProps(props({ definitionId, resourceGroups: ['rg-a', 'rg-b'], assignmentNames: { 'RG-A': guidOf('deployed-assignment').toUpperCase() } }), context);
      expect(kept.definitionId).toBe(definitionId);
      expect(kept.scopes.map((s) => s.assignmentName)).toEqual([
        guidOf('deployed-assignment'), registrationAssignmentGuid(definitionId, `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-b`),
      ]);
      expect(normalizeProps(props({ assignmentName: guidOf('deployed-assignment') }), context).scopes.map((s) => s.assignmentName)).toEqual([guidOf('deployed-assignment')]);
      expect(() => normalizeProps(props({ assignmentName: guidOf('x'), resourceGroups: ['rg-a'] }), context)).toThrow(/assignmentName is for a whole-subscription delegation, but resourceGroups is given/);
      expect(() => normalizeProps(props({ resourceGroups: ['rg-a'], assignmentNames: { 'rg-z': guidOf('x') } }), context)).toThrow(/assignmentNames names resource group "rg-z", which is not in resourceGroups/);
      expect(() => normalizeProps(props({ assignmentName: 'nope' }), context)).toThrow(/assignmentName "nope" is not a GUID/);
    });

    it('takes the customer from the context: the stack, or the explicit tenant outside one', () => {
      expect(normalizeProps(props({ customerTenantId: TENANT }), { id: 'ops' })).toMatchObject({ customer: TENANT, customerTenantId: TENANT });
      expect(() => normalizeProps(props(), { id: 'ops', path: 'plain/ops' })).toThrow(/^LighthouseDelegation 'plain\/ops': customerTenantId is missing/);
      expect(() => normalizeProps(props({ customerTenantId: guidOf('other') }), context)).toThrow(/differs from the tenantId .* of the enclosing CustomerStack 'contoso'/);
    });
  });

  describe('rejects input it cannot build from, showing the value and the fix', () => {
    const build = (overrides: Partial<LighthouseDelegationProps>) => () => customerStack().addDelegation('ops', props(overrides));

    it('a malformed GUID', () => {
      expect(build({ subscriptionId: 'not-a-guid' })).toThrow(/subscriptionId "not-a-guid" is not a GUID\.\n {2}fix: use the customer subscription id/);
      expect(build({ authorizations: [{ principalId: 'ops-team', role: 'Reader' }] }))
        .toThrow(/authorizations\[0\]\.principalId "ops-team" is not a GUID/);
      expect(build({ definitionId: '1234' })).toThrow(/definitionId "1234" is not a GUID/);
    });

    it('an unknown role name, with suggestions', () => {
      expect(build({ authorizations: [{ principalId: PRINCIPAL, role: 'Contributer' }] }))
        .toThrow(/authorizations\[0\]\.role "Contributer" is not a built-in role name\.\n {2}fix: did you mean "Contributor"/);
      expect(build({ authorizations: [{ principalId: PRINCIPAL, role: 'User Access Administrator', delegatedRoles: ['Raeder'] }] }))
        .toThrow(/authorizations\[0\]\.delegatedRoles\[0\] "Raeder" is not a built-in role name\.\n {2}fix: did you mean "Reader"/);
    });

    it('no authorizations', () => {
      expect(build({ authorizations: [] })).toThrow(/authorizations \[\] is empty\.\n {2}fix: give at least one authorization/);
    });

    it('empty, duplicate (ignoring case) or empty-listed resource groups', () => {
      expect(build({ resourceGroups: ['rg-a', 'RG-A'] })).toThrow(/resourceGroups\[1\] "RG-A" repeats resourceGroups\[0\].*\n {2}fix: list each resource group once/);
      expect(build({ resourceGroups: [''] })).toThrow(/resourceGroups\[0\] "" is not a resource group name/);
      expect(build({ resourceGroups: [] })).toThrow(/resourceGroups is an empty list\.\n {2}fix: .*omit resourceGroups to delegate the whole subscription/);
    });

    it('a missing or contradicting customer tenant', () => {
      const outside = new TerraformStack(new App({ outdir: tempDir() }), 'plain');
      expect(() => new LighthouseDelegation(outside, 'ops', props())).toThrow(/customerTenantId is missing and the delegation is not inside a CustomerStack/);
      expect(build({ customerTenantId: guidOf('other') })).toThrow(/differs from the tenantId .* of the enclosing CustomerStack 'contoso'/);
    });

    it('all problems at once, under the construct path', () => {
      expect(build({ managingTenantId: 'msp', authorizations: [{ principalId: PRINCIPAL, role: 'Nope Role' }] }))
        .toThrow(/^LighthouseDelegation 'contoso\/ops': managingTenantId "msp" is not a GUID.*\n.*\nauthorizations\[0\]\.role "Nope Role"/);
    });

    it('two delegations whose ids differ only in punctuation', () => {
      const stack = customerStack();
      stack.addDelegation('a_b', props());
      expect(() => stack.addDelegation('a.b', props())).toThrow(/Terraform name "a_b_definition" is already used by 'contoso\/a_b\/definition'/);
    });
  });
});
