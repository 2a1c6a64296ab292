import { join } from 'node:path';
import { accessTable } from '../../../lib/emit/access';
import { armDeployments, armDeploymentsByCustomer } from '../../../lib/emit/arm/deployments';
import { armFiles } from '../../../lib/emit/arm/files';
import { definitionReference } from '../../../lib/emit/arm/template';
import { templateResources } from '../../../lib/emit/arm/walk';
import { ArmDeployment, ArmResource } from '../../../lib/emit/arm/types';
import { loadManifest, loadManifestText } from '../../../lib/manifest/load';
import { BASE_MANIFEST } from '../../helpers/manifests';

const plan = loadManifest(join(__dirname, '../../../examples/contoso/lighthouse.yaml'));
const deployments = armDeployments(plan);

const SUB = {
  fabrikam: '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12',
  fabrikamRgs: '9525d470-7435-412c-ae90-65c853fb8078',
  northwind: 'fa4069d5-b871-4bd7-8420-0c90c86f59ad',
  tailspin: 'c4d58042-224e-43ba-bfa7-4906bc988cf0',
};
const ids = {
  managingTenant: '6f421efa-60ef-4378-8132-41c88d084347',
  fabrikamTenant: 'ce27760c-b266-4a47-9fa7-99d0bebeca19',
  ops: '33b85ac5-7ab0-4d52-b0bd-868730db85a3',
  approvers: '16abc7c5-aa14-4ea2-8efe-de08faa45da2',
  pipeline: 'dac9a4b5-e08b-4ac3-a682-1146ad4fe51a',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  monitoringContributor: '749f88d5-cbae-40b8-bcfc-e573ddc772fa',
  uaa: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
};

function deployment(subscriptionId: string): ArmDeployment {
  const found = deployments.find((d) => d.subscriptionId === subscriptionId);
  if (!found) throw new Error(`no deployment for ${subscriptionId}`);
  return found;
}

function ofType(d: ArmDeployment, type: string): ArmResource[] {
  return d.template.resources.filter((r) => r.type === type);
}

/** What a parameter of the deployment's parameters file holds. */
function value(d: ArmDeployment, name: string): any {
  return d.parameters.parameters[name]?.value;
}

/** The parameter an expression `[parameters('x')]` reads. */
function parameterOf(expression: unknown): string {
  const match = /^\[parameters\('([A-Za-z0-9]+)'\)\]$/.exec(String(expression));
  if (!match) throw new Error(`not a parameters() expression: ${String(expression)}`);
  return match[1];
}

describe('ARM export of the Contoso example', () => {
  test('writes the same files as the snapshot', () => {
    const files = armFiles(plan);
    expect(files.map((f) => f.path)).toEqual([
      `fabrikam/${SUB.fabrikam}.json`, `fabrikam/${SUB.fabrikam}.parameters.json`,
      `fabrikam/${SUB.fabrikamRgs}.json`, `fabrikam/${SUB.fabrikamRgs}.parameters.json`, 'fabrikam/README.md',
      `northwind/${SUB.northwind}.json`, `northwind/${SUB.northwind}.parameters.json`, 'northwind/README.md',
      `tailspin/${SUB.tailspin}.json`, `tailspin/${SUB.tailspin}.parameters.json`, 'tailspin/README.md',
    ]);
    for (const file of files) expect(file.text).toMatchSnapshot(file.path);
  });

  test('one subscription deployment per customer subscription, in Plan order', () => {
    expect(deployments.map((d) => [d.customer, d.subscriptionId, d.directory, d.fileBase, d.deploymentName])).toEqual([
      ['fabrikam', SUB.fabrikam, 'fabrikam', SUB.fabrikam, 'lighthouse-fabrikam'],
      ['fabrikam', SUB.fabrikamRgs, 'fabrikam', SUB.fabrikamRgs, 'lighthouse-fabrikam'],
      ['northwind', SUB.northwind, 'northwind', SUB.northwind, 'lighthouse-northwind'],
      ['tailspin', SUB.tailspin, 'tailspin', SUB.tailspin, 'lighthouse-tailspin'],
    ]);
    for (const d of deployments) {
      expect(d.template.$schema).toBe('https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#');
      expect(d.template.contentVersion).toBe('1.0.0.0');
      expect(d.parameters.$schema).toBe('https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#');
      // Every declared parameter has a value and every value is declared: the pair deploys without prompts.
      expect(Object.keys(d.parameters.parameters)).toEqual(Object.keys(d.template.parameters));
    }
  });

  test('one customer at a time: a customer\'s deployments come together even when the Plan interleaves customers', () => {
    const [fabrikamSub, ...rest] = plan.delegations;
    const interleaved = { ...plan, delegations: [fabrikamSub, ...rest.filter((d) => d.customer !== 'fabrikam'), ...rest.filter((d) => d.customer === 'fabrikam')] };
    const byCustomer = [...armDeploymentsByCustomer(interleaved)];
    expect(byCustomer.map((list) => list.map((d) => `${d.directory}/${d.fileBase}`))).toEqual([
      [`fabrikam/${SUB.fabrikam}`, `fabrikam/${SUB.fabrikamRgs}`], [`northwind/${SUB.northwind}`], [`tailspin/${SUB.tailspin}`],
    ]);
    expect(armDeployments(interleaved)).toEqual(byCustomer.flat());
    expect(armFiles(interleaved).map((f) => f.path)).toEqual(armFiles(plan).map((f) => f.path));
  });

  test('metadata records what ARM cannot carry: customer key and name, tenant, subscription, offer per definition', () => {
    expect(deployment(SUB.fabrikamRgs).template.metadata).toEqual({
      'lighthouse-iac': {
        version: require('../../../package.json').version,
        customer: 'fabrikam',
        customerDisplayName: 'Fabrikam Ltd',
        customerTenantId: ids.fabrikamTenant,
        subscriptionId: SUB.fabrikamRgs,
        delegations: [{ offer: 'managed-ops', definitionId: plan.delegations[1].definitionId }],
      },
    });
  });

  test('fabrikam subscription: one definition (literal GUID name) and a subscription-level assignment that depends on it', () => {
    const d = deployment(SUB.fabrikam);
    const delegation = plan.delegations[0];
    expect(d.template.resources.map((r) => r.type)).toEqual([
      'Microsoft.ManagedServices/registrationDefinitions', 'Microsoft.ManagedServices/registrationAssignments',
    ]);
    const [definition, assignment] = d.template.resources;
    expect(definition).toMatchObject({ apiVersion: '2022-10-01', name: delegation.definitionId });
    const ref = `[resourceId('Microsoft.ManagedServices/registrationDefinitions/', '${delegation.definitionId}')]`;
    expect(definitionReference(delegation.definitionId)).toBe(ref);
    expect(assignment).toEqual({
      type: 'Microsoft.ManagedServices/registrationAssignments',
      apiVersion: '2022-10-01',
      name: delegation.scopes[0].assignmentName,
      dependsOn: [ref],
      properties: { registrationDefinitionId: ref },
    });
    // The definition's properties come from the parameters file, in Microsoft's parameter names.
    const properties = definition.properties as Record<string, string>;
    expect(Object.fromEntries(Object.entries(properties).map(([key, expression]) => [key, parameterOf(expression)]))).toEqual({
      registrationDefinitionName: 'mspOfferName', description: 'mspOfferDescription', managedByTenantId: 'managedByTenantId',
      authorizations: 'authorizations', eligibleAuthorizations: 'eligibleAuthorizations',
    });
    expect(value(d, 'mspOfferName')).toBe('Contoso Managed Operations');
    expect(value(d, 'mspOfferDescription')).toBe('24x7 monitoring and just-in-time operations');
    expect(value(d, 'managedByTenantId')).toBe(ids.managingTenant);
    expect(d.template.parameters.rgName).toBeUndefined();
    expect(d.template.parameters.resourceGroups).toBeUndefined();
    expect(definition.plan).toBeUndefined();
  });

  test('fabrikam resource groups: one nested deployment per resource group, each assigning the subscription-level definition', () => {
    const d = deployment(SUB.fabrikamRgs);
    const delegation = plan.delegations[1];
    const ref = definitionReference(delegation.definitionId);
    expect(d.template.resources.map((r) => r.type)).toEqual([
      'Microsoft.ManagedServices/registrationDefinitions', 'Microsoft.Resources/deployments', 'Microsoft.Resources/deployments',
    ]);
    expect(value(d, 'resourceGroups')).toEqual([{ rgName: 'rg-web' }, { rgName: 'rg-data' }]);
    const nested = ofType(d, 'Microsoft.Resources/deployments');
    nested.forEach((deploymentResource, i) => {
      const scope = delegation.scopes[i];
      expect(deploymentResource).toEqual({
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: `rgAssignment-${scope.assignmentName}`,
        resourceGroup: `[parameters('resourceGroups')[${i}].rgName]`,
        dependsOn: [ref],
        properties: {
          mode: 'Incremental',
          template: {
            $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
            contentVersion: '1.0.0.0',
            resources: [{
              type: 'Microsoft.ManagedServices/registrationAssignments',
              apiVersion: '2022-10-01',
              name: scope.assignmentName,
              properties: { registrationDefinitionId: ref },
            }],
          },
        },
      });
      expect(value(d, 'resourceGroups')[i].rgName).toBe(scope.resourceGroup);
    });
    // The assignment inside resolves (in the outer, subscription scope) to the definition declared at the top level.
    const definitions = templateResources(d.template).filter((p) => p.resource.type === 'Microsoft.ManagedServices/registrationDefinitions');
    expect(definitions).toEqual([{ resource: expect.objectContaining({ name: delegation.definitionId }) }]);
    const assignments = templateResources(d.template).filter((p) => p.resource.type === 'Microsoft.ManagedServices/registrationAssignments');
    expect(assignments.map((p) => [p.resourceGroup, p.resource.name])).toEqual([
      ["[parameters('resourceGroups')[0].rgName]", delegation.scopes[0].assignmentName],
      ["[parameters('resourceGroups')[1].rgName]", delegation.scopes[1].assignmentName],
    ]);
    expect(d.template.outputs.assignmentIds.value).toEqual([
      `[resourceId(parameters('resourceGroups')[0].rgName, 'Microsoft.ManagedServices/registrationAssignments', '${delegation.scopes[0].assignmentName}')]`,
      `[resourceId(parameters('resourceGroups')[1].rgName, 'Microsoft.ManagedServices/registrationAssignments', '${delegation.scopes[1].assignmentName}')]`,
    ]);
  });

  test('tailspin: a single resource group uses rg.json\'s rgName parameter', () => {
    const d = deployment(SUB.tailspin);
    expect(value(d, 'rgName')).toBe('rg-erp');
    expect(ofType(d, 'Microsoft.Resources/deployments').map((r) => r.resourceGroup)).toEqual(["[parameters('rgName')]"]);
  });

  test('the eligible Contributor has its just-in-time policy with MFA and the approvers', () => {
    const eligible = value(deployment(SUB.fabrikam), 'eligibleAuthorizations');
    expect(eligible[0]).toEqual({
      principalId: ids.ops,
      principalIdDisplayName: 'Contoso Ops Engineers',
      roleDefinitionId: ids.contributor,
      justInTimeAccessPolicy: {
        multiFactorAuthProvider: 'Azure',
        maximumActivationDuration: 'PT4H',
        managedByTenantApprovers: [{ principalId: ids.approvers, principalIdDisplayName: 'Contoso Security Leads' }],
      },
    });
    // Eligible authorizations are never in the permanent list.
    expect(value(deployment(SUB.fabrikam), 'authorizations').some((a: any) => a.principalId === ids.ops && a.roleDefinitionId === ids.contributor)).toBe(false);
  });

  test('User Access Administrator carries its delegated roles; no other authorization has the property', () => {
    const authorizations = value(deployment(SUB.fabrikam), 'authorizations');
    expect(authorizations.find((a: any) => a.roleDefinitionId === ids.uaa)).toEqual({
      principalId: ids.pipeline,
      principalIdDisplayName: 'Contoso Deploy Pipeline',
      roleDefinitionId: ids.uaa,
      delegatedRoleDefinitionIds: [ids.contributor, ids.monitoringContributor],
    });
    const others = authorizations.filter((a: any) => a.roleDefinitionId !== ids.uaa);
    expect(others.length).toBeGreaterThan(0);
    for (const a of others) expect(a).not.toHaveProperty('delegatedRoleDefinitionIds');
  });

  test('northwind: the Marketplace plan binds the definition, with Microsoft\'s marketplace parameters', () => {
    const d = deployment(SUB.northwind);
    const [definition] = ofType(d, 'Microsoft.ManagedServices/registrationDefinitions');
    expect(definition.plan).toEqual({
      name: "[parameters('marketplacePlanId')]",
      product: "[parameters('marketplaceOfferId')]",
      publisher: "[parameters('marketplacePublisherId')]",
      version: "[parameters('marketplacePlanVersion')]",
    });
    expect([value(d, 'marketplacePlanId'), value(d, 'marketplaceOfferId'), value(d, 'marketplacePublisherId'), value(d, 'marketplacePlanVersion')])
      .toEqual(['standard', 'contoso-managed-security', 'contoso', '1.0.0']);
    expect(d.template.outputs.marketplace).toEqual({ type: 'object', value: definition.plan });
    // No eligible authorizations in this offer: neither the property nor the parameter exists.
    expect(definition.properties).not.toHaveProperty('eligibleAuthorizations');
    expect(d.template.parameters).not.toHaveProperty('eligibleAuthorizations');
  });

  test('outputs follow the samples: offer name, authorizations, assignment ids', () => {
    const d = deployment(SUB.fabrikam);
    expect(d.template.outputs).toEqual({
      mspOfferName: { type: 'string', value: "[concat('Managed by', ' ', parameters('mspOfferName'))]" },
      authorizations: { type: 'array', value: "[parameters('authorizations')]" },
      eligibleAuthorizations: { type: 'array', value: "[parameters('eligibleAuthorizations')]" },
      assignmentIds: { type: 'array', value: [`[resourceId('Microsoft.ManagedServices/registrationAssignments', '${plan.delegations[0].scopes[0].assignmentName}')]`] },
    });
  });
});

describe('the customer README', () => {
  const readme = armFiles(plan).find((f) => f.path === 'fabrikam/README.md')!.text;

  test('says where to run it and with which rights', () => {
    expect(readme).toContain(`Sign in to the **customer's** tenant, Fabrikam Ltd (tenant \`${ids.fabrikamTenant}\`)`);
    expect(readme).toContain('not a guest in that tenant and has a role with `Microsoft.Authorization/roleAssignments/write` on the subscription');
  });

  test('has the exact az and PowerShell commands for every subscription', () => {
    for (const sub of [SUB.fabrikam, SUB.fabrikamRgs]) {
      expect(readme).toContain([
        `az account set --subscription ${sub}`,
        'az deployment sub create \\',
        '  --name lighthouse-fabrikam \\',
        '  --location westeurope \\',
        `  --template-file ${sub}.json \\`,
        `  --parameters @${sub}.parameters.json`,
      ].join('\n'));
      expect(readme).toContain([
        `Select-AzSubscription -SubscriptionId ${sub}`,
        'New-AzSubscriptionDeployment `',
        '  -Name lighthouse-fabrikam `',
        '  -Location westeurope `',
        `  -TemplateFile ${sub}.json \``,
        `  -TemplateParameterFile ${sub}.parameters.json`,
      ].join('\n'));
    }
    expect(readme).toContain('az managedservices assignment list --include-definition true --output table');
    expect(readme).toContain('az managedservices assignment list --include-definition true --resource-group rg-web --output table');
  });

  test('lists the authorizations with their access, in the rows ACCESS.md has (one renderer)', () => {
    expect(readme).toContain(`| Contoso Ops Engineers (\`ops\`) | \`${ids.ops}\` | Contributor | \`${ids.contributor}\` | eligible (just in time) for up to \`PT4H\`; MFA required; approved by Contoso Security Leads | none |`);
    expect(readme).toContain(`| Contoso Deploy Pipeline (\`pipeline\`) | \`${ids.pipeline}\` | User Access Administrator | \`${ids.uaa}\` | permanent | `
      + `may assign Contributor (\`${ids.contributor}\`), Monitoring Contributor (\`${ids.monitoringContributor}\`) to managed identities |`);
    const [delegation] = plan.delegations;
    for (const row of accessTable([delegation], { where: false }).slice(2)) expect(readme).toContain(row);
  });
});

describe('several offers on one subscription', () => {
  const twoOffers = loadManifestText(`${BASE_MANIFEST.replace('offers:\n', `offers:
  watch:
    name: Watch | *Desk*
    authorizations: [baseline]
    plan: { publisher: msp, product: watch, name: basic, version: 2.0.0 }
`)}      - { offer: watch, subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a] }
`, 'two-offers.yaml');
  const [d] = armDeployments(twoOffers);

  test('go into one template, with parameters and outputs prefixed offer<N> in Plan order', () => {
    expect(armDeployments(twoOffers)).toHaveLength(1);
    expect(d.template.metadata['lighthouse-iac'].delegations.map((x) => x.offer)).toEqual(['managed-ops', 'watch']);
    expect(Object.keys(d.template.parameters)).toEqual([
      'offer1MspOfferName', 'offer1ManagedByTenantId', 'offer1Authorizations', 'offer1EligibleAuthorizations',
      'offer2MspOfferName', 'offer2ManagedByTenantId', 'offer2Authorizations', 'offer2EligibleAuthorizations', 'offer2RgName',
      'offer2MarketplacePublisherId', 'offer2MarketplaceOfferId', 'offer2MarketplacePlanId', 'offer2MarketplacePlanVersion',
    ]);
    expect(d.template.parameters.offer2RgName.metadata.description).toMatch(/^Offer 2 \(watch\): /);
    expect(Object.keys(d.template.outputs)).toEqual([
      'offer1MspOfferName', 'offer1Authorizations', 'offer1EligibleAuthorizations', 'offer1AssignmentIds',
      'offer2MspOfferName', 'offer2Authorizations', 'offer2EligibleAuthorizations', 'offer2Marketplace', 'offer2AssignmentIds',
    ]);
    const definitions = ofType(d, 'Microsoft.ManagedServices/registrationDefinitions');
    expect(definitions.map((r) => r.name)).toEqual(twoOffers.delegations.map((x) => x.definitionId));
    expect((definitions[1].properties as Record<string, string>).registrationDefinitionName).toBe("[parameters('offer2MspOfferName')]");
    expect(ofType(d, 'Microsoft.Resources/deployments')[0].resourceGroup).toBe("[parameters('offer2RgName')]");
  });

  test('text from the manifest is escaped in the README', () => {
    const readme = armFiles(twoOffers).find((f) => f.path.endsWith('README.md'))!.text;
    expect(readme).toContain('### Watch \\| \\*Desk\\*');
  });
});

describe('input the ARM files cannot express', () => {
  test('the same offer twice on one subscription is an input error that says how to fix it', () => {
    const twice = loadManifestText(`${BASE_MANIFEST}      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a] }\n`, 'twice.yaml');
    expect(() => armDeployments(twice)).toThrow(/twice\.yaml:19:9 customers\.fabrikam\.delegations\[1\]: offer "managed-ops" is delegated to subscription 55555555-5555-5555-5555-555555555555 of customer "fabrikam" more than once[^]*fix: merge the delegation entries/);
  });

  test('a Plan without subscription or tenant (an imported template) still exports, with placeholders in the commands', () => {
    const base = loadManifestText(BASE_MANIFEST, 'm.yaml');
    const unknown = { ...base, delegations: base.delegations.map((x) => ({ ...x, subscriptionId: '', customerTenantId: '' })), customers: base.customers.map((c) => ({ ...c, tenantId: '' })) };
    const [d] = armDeployments(unknown);
    expect(d.fileBase).toBe('subscription');
    expect(d.readme).toContain('az account set --subscription <subscription-id>');
    expect(d.readme).toContain('Connect-AzAccount -Tenant <customer-tenant-id>');
    expect(d.template.metadata['lighthouse-iac']).toMatchObject({ customerTenantId: '', subscriptionId: '' });
  });
});
