import fc from 'fast-check';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { planToManifest, writeManifest } from '../../../lib/emit/manifest/plan-to-manifest';
import { loadManifest, loadManifestText } from '../../../lib/manifest/load';
import { InputError } from '../../../lib/model/errors';
import { Plan } from '../../../lib/model/plan';
import { checkPlan } from '../../../lib/policy/check';
import { ALL_RULES } from '../../../policies';
import { arbitraryManifest, guid } from '../../helpers/arbitrary-manifest';
import { BASE_MANIFEST } from '../../helpers/manifests';
import { normalizePlan } from '../../helpers/normalize-plan';
import { asImported } from './imported';

const EXAMPLE = join(__dirname, '../../../examples/contoso/lighthouse.yaml');

/** Writes the Plan as a manifest and loads that back (which validates it against the schema and resolves it). */
function roundTrip(plan: Plan): { text: string; back: Plan } {
  const text = planToManifest(plan);
  return { text, back: loadManifestText(text, 'written.yaml') };
}

/** The YAML's comments, `# ` removed, one per line. */
function comments(text: string): string[] {
  return text.split('\n').map((line) => /(?:^|\s)# (.*)$/.exec(line)?.[1]).filter((c): c is string => c !== undefined);
}

describe('planToManifest: the example', () => {
  const plan = loadManifest(EXAMPLE);
  const { text, back } = roundTrip(plan);

  test('loads back to the same Plan', () => {
    expect(normalizePlan(back)).toEqual(normalizePlan(plan));
  });

  test('keeps the keys and the authorization sets of the source, and needs no TODO', () => {
    const data = parseDocument(text).toJS();
    expect(Object.keys(data.principals)).toEqual(['noc', 'ops', 'security', 'approvers', 'pipeline']);
    expect(Object.keys(data.authorizationSets)).toEqual(['baseline', 'operations', 'automation']);
    expect(data.offers['managed-ops'].authorizations).toEqual(['baseline', 'operations', 'automation']);
    expect(data.customers.tailspin.delegations[0].authorizations).toEqual(['baseline', 'operations']);
    expect(data.customers.fabrikam.delegations[0].authorizations).toBeUndefined();
    expect(data.suppressions).toEqual([{ rule: 'LH301', principal: 'noc', reason: 'The NOC is read-only on every customer by contract (MSA section 4.2)' }]);
    expect(text).not.toContain('TODO');
    expect(writeManifest(plan).todos).toBe(0);
  });

  test('header comment names the source file', () => {
    expect(text.split('\n')[0]).toBe(`# Azure Lighthouse manifest written by \`lighthouse-iac import\` from ${EXAMPLE}.`);
  });

  test('snapshot (header without the checkout path)', () => {
    expect(planToManifest({ ...plan, file: 'examples/contoso/lighthouse.yaml' })).toMatchSnapshot();
  });

  test('deterministic, and a fixpoint: writing the reloaded Plan gives the same text', () => {
    expect(planToManifest(loadManifest(EXAMPLE))).toBe(text);
    expect(planToManifest({ ...back, file: plan.file })).toBe(text);
  });

  test('as an importer gives it (no keys, types or sets): the same Plan, with keys from display names and one set per distinct list', () => {
    const imported = asImported(plan);
    const written = writeManifest(imported);
    const reloaded = loadManifestText(written.text, 'written.yaml');
    expect(normalizePlan(reloaded)).toEqual(normalizePlan(plan));
    const data = parseDocument(written.text).toJS();
    expect(Object.keys(data.principals)).toEqual(['contoso-noc-readers', 'contoso-ops-engineers', 'contoso-security-analysts', 'contoso-security-leads', 'contoso-deploy-pipeline']);
    expect(Object.keys(data.authorizationSets)).toEqual(['managed-ops', 'managed-ops-2', 'managed-security']);
    expect(data.offers['managed-ops'].authorizations).toEqual(['managed-ops']);
    expect(data.customers.tailspin.delegations[0].authorizations).toEqual(['managed-ops-2']);
    expect(data.suppressions).toEqual([{ rule: 'LH301', principal: 'contoso-noc-readers', reason: 'The NOC is read-only on every customer by contract (MSA section 4.2)' }]);
    expect(written.todos).toBe(5);
    // Types stay unknown (no guess): a comment above each entry says how to fill it in, LH210 reports it meanwhile.
    expect(comments(written.text).filter((c) => c.includes('type unknown'))).toEqual(plan.principals.map((p) => `TODO: type unknown in the source: add type (user | group | servicePrincipal); \`az ad sp show --id ${p.id}\` or \`az ad group show --group ${p.id}\` tells which (LH210)`));
    expect(Object.values(data.principals).map((p) => (p as { type?: string }).type)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('planToManifest: random manifests', () => {
  test('loads back to the same Plan, as the manifest and as an importer gives it; writing is a fixpoint', () => {
    fc.assert(fc.property(arbitraryManifest, (manifest) => {
      const plan = loadManifestText(JSON.stringify(manifest, null, 2), 'random.json');
      const { text, back } = roundTrip(plan);
      expect(normalizePlan(back)).toEqual(normalizePlan(plan));
      expect(planToManifest({ ...back, file: plan.file })).toBe(text);
      expect(normalizePlan(roundTrip(asImported(plan)).back)).toEqual(normalizePlan(plan));
    }), { numRuns: 50, seed: 20260411 });
  });
});

describe('planToManifest: kept ids (adoption)', () => {
  /** Random manifests whose delegations keep some deployed ids: definitionId, assignmentName, assignmentNames. */
  const adopted = fc.tuple(arbitraryManifest, fc.array(fc.tuple(fc.boolean(), fc.boolean(), guid, guid), { minLength: 8, maxLength: 8 })).map(([manifest, pins]) => {
    let n = 0;
    const customers = Object.fromEntries(Object.entries(manifest.customers).map(([key, customer]) => [key, {
      ...customer!,
      delegations: customer!.delegations.map((d) => {
        const [pinDefinition, pinAssignment, definitionId, assignment] = pins[n++ % pins.length];
        return {
          ...d,
          ...(pinDefinition && { definitionId }),
          ...(pinAssignment && (d.resourceGroups ? { assignmentNames: { [d.resourceGroups[0]]: assignment } } : { assignmentName: assignment })),
        };
      }),
    }]));
    return { ...manifest, customers } as typeof manifest;
  });

  test('loads back with the same ids, as the manifest and as an importer gives it; writing is a fixpoint', () => {
    fc.assert(fc.property(adopted, (manifest) => {
      const plan = loadManifestText(JSON.stringify(manifest, null, 2), 'random.json');
      const { text, back } = roundTrip(plan);
      expect(normalizePlan(back)).toEqual(normalizePlan(plan));
      expect(planToManifest({ ...back, file: plan.file })).toBe(text);
      expect(normalizePlan(roundTrip(asImported(plan)).back)).toEqual(normalizePlan(plan));
    }), { numRuns: 50, seed: 20260412 });
  });
});

describe('planToManifest: what the source does not say', () => {
  // BASE_MANIFEST as an ARM template without parameters would give it: placeholder managing tenant, unknown
  // customer tenant and subscription, and a principal without type or display name.
  const base = asImported(loadManifestText(BASE_MANIFEST, 'base.yaml'));
  const strip = (p: Plan['principals'][number]) => (p.id === '22222222-2222-2222-2222-222222222222' ? { id: p.id } : p);
  const unknown: Plan = {
    ...base,
    file: 'subscription.json',
    managingTenant: { id: '<insert managing tenant id>' },
    principals: base.principals.map(strip),
    customers: base.customers.map((c) => ({ ...c, key: 'subscription', tenantId: '' })),
    delegations: base.delegations.map((d) => ({
      ...d, customer: 'subscription', managingTenantId: '<insert managing tenant id>', customerTenantId: '', subscriptionId: '',
      authorizations: d.authorizations.map((a) => ({
        ...a, principal: strip(a.principal), ...(a.eligible && { eligible: { ...a.eligible, approvers: a.eligible.approvers.map(strip) } }),
      })),
      scopes: d.scopes.map((s) => ({ ...s, id: '/subscriptions/' })),
    })),
  };
  const written = writeManifest(unknown);

  test('still a valid manifest', () => {
    expect(() => loadManifestText(written.text, 'written.yaml')).not.toThrow();
  });

  test('zero GUIDs with TODO comments saying what to put there', () => {
    const lines = written.text.split('\n');
    expect(lines).toContain('  id: 00000000-0000-0000-0000-000000000000 # TODO: "<insert managing tenant id>" in the source is not a GUID: replace with your (the managing) tenant id');
    expect(lines).toContain("    tenantId: 00000000-0000-0000-0000-000000000000 # TODO: the source does not say which customer tenant: replace with the customer's tenant id");
    expect(written.text).toContain('subscription: 00000000-0000-0000-0000-000000000000 # TODO: the source does not say which subscription: replace with the customer subscription id');
  });

  test('a principal without type or display name: no type (unknown), with TODO comments above it', () => {
    expect(written.text).toContain([
      '  # TODO: no display name in the source: add displayName (customers see a bare GUID without one; LH206)',
      '  # TODO: type unknown in the source: add type (user | group | servicePrincipal); `az ad sp show --id 22222222-2222-2222-2222-222222222222` or `az ad group show --group 22222222-2222-2222-2222-222222222222` tells which (LH210)',
      '  principal-22222222: { id: 22222222-2222-2222-2222-222222222222 }',
    ].join('\n'));
    expect(loadManifestText(written.text, 'written.yaml').principals.find((p) => p.key === 'principal-22222222')?.type).toBeUndefined();
  });

  test('the definition id and assignment name the source had are kept: synth reproduces them', () => {
    const back = loadManifestText(written.text, 'written.yaml');
    expect(back.delegations.map((d) => d.definitionId)).toEqual([unknown.delegations[0].definitionId]);
    expect(back.delegations[0].scopes.map((s) => s.assignmentName)).toEqual([unknown.delegations[0].scopes[0].assignmentName]);
    expect(written.text).toContain([
      '      - offer: managed-ops',
      '        subscription: 00000000-0000-0000-0000-000000000000 # TODO: the source does not say which subscription: replace with the customer subscription id',
      `        definitionId: ${unknown.delegations[0].definitionId}`,
      `        assignmentName: ${unknown.delegations[0].scopes[0].assignmentName}`,
    ].join('\n'));
    expect(comments(written.text)).toContain('definitionId, assignmentName and assignmentNames keep ids the source has deployed where this tool would derive others (1 delegation):');
  });

  test('counts its TODOs and says so in the header', () => {
    expect(written.todos).toBe(3 /* GUIDs */ + 1 /* display name */ + 2 /* types */);
    expect(written.text).toContain('# 6 values the source does not give (or gives in a form a manifest cannot take): search for TODO.');
  });

  test('check reports the placeholders (LH115) and the missing display name (LH206)', () => {
    const findings = checkPlan(loadManifestText(written.text, 'written.yaml'), { rules: ALL_RULES });
    const lh115 = findings.filter((f) => f.ruleId === 'LH115').map((f) => f.message);
    expect(lh115).toEqual(expect.arrayContaining([
      expect.stringMatching(/^managing tenant id "00000000-0000-0000-0000-000000000000" .* is the all-zero GUID/),
      expect.stringMatching(/^customer tenant id "00000000-0000-0000-0000-000000000000" .* is the all-zero GUID/),
      expect.stringMatching(/^subscription id "00000000-0000-0000-0000-000000000000" .* is the all-zero GUID/),
    ]));
    expect(findings.filter((f) => f.ruleId === 'LH206').map((f) => f.principal)).toContain('principal-22222222');
  });
});

describe('planToManifest: keys', () => {
  const plan = loadManifestText(BASE_MANIFEST, 'base.yaml');

  test('display names become keys, made unique; principals without one get principal-<first 8 of the id>', () => {
    const imported = asImported(plan);
    const renamed: Plan = {
      ...imported,
      delegations: imported.delegations.map((d) => ({
        ...d,
        authorizations: [
          ...d.authorizations,
          { ...d.authorizations[0], principal: { id: 'abcdef12-0000-4000-8000-000000000000', displayName: 'NOC' } },
          { ...d.authorizations[0], principal: { id: 'fedcba98-0000-4000-8000-000000000000', displayName: '24x7 Désk' } },
          { ...d.authorizations[0], principal: { id: '0badcafe-0000-4000-8000-000000000000' } },
        ],
      })),
    };
    const data = parseDocument(planToManifest(renamed)).toJS();
    expect(Object.keys(data.principals)).toEqual(['noc', 'ops', 'noc-2', 'principal-24x7-desk', 'principal-0badcafe']);
    expect(normalizePlan(loadManifestText(planToManifest(renamed), 'w.yaml'))).toEqual(normalizePlan(renamed));
  });

  test('keys that are GUIDs or not valid keys are replaced; customer keys stay distinct as stack names', () => {
    const d = plan.delegations[0];
    const odd: Plan = {
      ...plan,
      customers: [],
      offers: [],
      delegations: [
        { ...d, customer: 'Fab_A', offer: 'my offer' },
        { ...d, customer: 'fab-a', offer: 'my offer', customerTenantId: '99999999-9999-4999-8999-999999999999' },
        { ...d, customer: '4a017dde-7ff4-4906-b85e-d1fcd493680d', offer: 'my offer', name: 'Other name' },
      ],
    };
    const text = planToManifest(odd);
    const data = parseDocument(text).toJS();
    expect(Object.keys(data.customers)).toEqual(['Fab_A', 'fab-a-2', 'customer-44444444']);
    expect(Object.keys(data.offers)).toEqual(['my-offer', 'my-offer-2']);
    expect(data.offers['my-offer-2'].name).toBe('Other name');
    expect(data.customers['fab-a-2'].tenantId).toBe('99999999-9999-4999-8999-999999999999');
    expect(() => loadManifestText(text, 'w.yaml')).not.toThrow();
  });
});

describe('planToManifest: roles, scopes, settings', () => {
  const plan = loadManifestText(BASE_MANIFEST, 'base.yaml');
  const d = plan.delegations[0];

  test('roles by built-in name; an unknown GUID as the GUID; a non-GUID as the zero GUID with a TODO', () => {
    const roles: Plan = {
      ...plan,
      delegations: [{
        ...d,
        authorizations: [
          ...d.authorizations,
          { ...d.authorizations[0], role: { id: '0d0d0d0d-0000-4000-8000-000000000000' } },
          { ...d.authorizations[0], role: { id: '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7' } },
        ],
      }],
    };
    const text = planToManifest(roles);
    expect(text).toContain('- { principal: noc, role: Reader }');
    expect(text).toContain('- { principal: noc, role: 0d0d0d0d-0000-4000-8000-000000000000 }');
    expect(text).toContain('role: 00000000-0000-0000-0000-000000000000 # TODO: role "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7" in the source is not a role GUID: replace with the built-in role\'s name or GUID');
    expect(() => loadManifestText(text, 'w.yaml')).not.toThrow();
  });

  test('a definition assigned to the subscription and to resource groups in it becomes two delegations', () => {
    const rg = (name: string) => ({ kind: 'resourceGroup' as const, id: `${d.scopes[0].id}/resourceGroups/${name}`, resourceGroup: name, assignmentName: 'x' });
    const mixed: Plan = { ...plan, delegations: [{ ...d, scopes: [...d.scopes, rg('rg-a'), rg('bad name!')] }] };
    const text = planToManifest(mixed);
    const data = parseDocument(text).toJS();
    expect(data.customers.fabrikam.delegations).toEqual([
      { offer: 'managed-ops', subscription: d.subscriptionId },
      { offer: 'managed-ops', subscription: d.subscriptionId, resourceGroups: ['rg-a', 'resource-group-1'] },
    ]);
    expect(comments(text)).toEqual(expect.arrayContaining([
      'the source assigns this definition to the whole subscription and to resource groups in it (LH117): written as two delegations',
      'TODO: "bad name!" in the source is not a resource group name the manifest takes: replace with the resource group',
    ]));
    expect(() => loadManifestText(text, 'w.yaml')).not.toThrow();
  });

  test('one definition per resource group (Microsoft\'s multi-rg sample) stays one delegation per group, each with its ids', () => {
    const perGroup = (name: string, definitionId: string) => ({
      ...d, definitionId,
      scopes: [{ kind: 'resourceGroup' as const, id: `${d.scopes[0].id}/resourceGroups/${name}`, resourceGroup: name, assignmentName: definitionId }],
    });
    const multi: Plan = { ...plan, delegations: [perGroup('rg-a', 'aaaaaaaa-0000-5000-8000-000000000000'), perGroup('rg-b', 'bbbbbbbb-0000-5000-8000-000000000000')] };
    const text = planToManifest(multi);
    const back = loadManifestText(text, 'w.yaml');
    expect(normalizePlan(back)).toEqual(normalizePlan(multi));
    expect(parseDocument(text).toJS().customers.fabrikam.delegations).toEqual([
      { offer: 'managed-ops', subscription: d.subscriptionId, resourceGroups: ['rg-a'], definitionId: 'aaaaaaaa-0000-5000-8000-000000000000', assignmentNames: { 'rg-a': 'aaaaaaaa-0000-5000-8000-000000000000' } },
      { offer: 'managed-ops', subscription: d.subscriptionId, resourceGroups: ['rg-b'], definitionId: 'bbbbbbbb-0000-5000-8000-000000000000', assignmentNames: { 'rg-b': 'bbbbbbbb-0000-5000-8000-000000000000' } },
    ]);
  });

  test('delegations a manifest wrote as separate entries stay separate', () => {
    const twice = loadManifestText(BASE_MANIFEST.replace('      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555 }',
      '      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a] }\n'
      + '      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-b] }'), 'twice.yaml');
    const { back } = roundTrip(twice);
    expect(back.delegations).toHaveLength(2);
    expect(normalizePlan(back)).toEqual(normalizePlan(twice));
  });

  test('assignment names the manifest would not derive are kept; names it cannot keep are noted', () => {
    const renamed: Plan = { ...plan, delegations: [{ ...d, scopes: [{ ...d.scopes[0], assignmentName: 'D6A5BAF1-8B9B-542A-8525-2982F1F98A0C' }] }] };
    const text = planToManifest(renamed);
    expect(parseDocument(text).toJS().customers.fabrikam.delegations).toEqual([{ offer: 'managed-ops', subscription: d.subscriptionId, assignmentName: 'd6a5baf1-8b9b-542a-8525-2982f1f98a0c' }]);
    expect(normalizePlan(loadManifestText(text, 'w.yaml'))).toEqual(normalizePlan(renamed));
    const unnamed: Plan = { ...plan, delegations: [{ ...d, definitionId: '', scopes: [{ ...d.scopes[0], assignmentName: '' }] }] };
    expect(comments(planToManifest(unnamed)).slice(2)).toEqual([
      `the source leaves the registration definition id to Terraform (a random GUID at apply): this manifest derives ${d.definitionId}; if it is deployed, keep the deployed id with definitionId`,
      'registration assignment names in the source that a manifest cannot keep: the subscription (none: Terraform generates one at apply); this manifest derives them from the definition and the scope',
    ]);
  });

  test('settings: the cloud always, backend and provider registration when not the default', () => {
    expect(parseDocument(planToManifest(plan)).toJS().settings).toEqual({ cloud: 'AzureCloud' });
    const remote = loadManifestText(`${BASE_MANIFEST}settings:
  cloud: AzureUSGovernment
  registerResourceProvider: true
  backend: { type: azurerm, resourceGroupName: rg-state, storageAccountName: contosostate, containerName: lighthouse }
`, 'remote.yaml');
    const back = roundTrip(remote).back;
    expect({ ...back.settings, backend: { ...back.settings.backend, source: undefined } }).toEqual({ ...remote.settings, backend: { ...remote.settings.backend, source: undefined } });
  });
});

describe('planToManifest: what a manifest cannot say', () => {
  const plan = loadManifestText(BASE_MANIFEST, 'base.yaml');
  const d = plan.delegations[0];

  test('several managing tenants', () => {
    const mixed: Plan = { ...plan, delegations: [d, { ...d, managingTenantId: '99999999-9999-4999-8999-999999999999' }] };
    expect(() => planToManifest(mixed)).toThrow(InputError);
    expect(() => planToManifest(mixed)).toThrow(/delegates to 2 managing tenants \(11111111-1111-1111-1111-111111111111, 99999999-9999-4999-8999-999999999999\)/);
  });

  test('a delegation without authorizations', () => {
    expect(() => planToManifest({ ...plan, delegations: [{ ...d, authorizations: [] }] })).toThrow(/has no authorizations/);
  });

  test('no delegation at all', () => {
    expect(() => planToManifest({ ...plan, delegations: [] })).toThrow(/holds no delegation/);
  });
});
