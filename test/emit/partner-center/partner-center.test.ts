import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partnerCenterCommand } from '../../../lib/cli/partner-center-command';
import { durationText } from '../../../lib/emit/partner-center/duration-text';
import { partnerCenterFiles, writePartnerCenter } from '../../../lib/emit/partner-center/files';
import { planSheet } from '../../../lib/emit/partner-center/markdown';
import { PartnerCenterPlan, partnerCenterPlans } from '../../../lib/emit/partner-center/technical-configuration';
import { loadManifest, loadManifestText } from '../../../lib/manifest/load';
import { tempDir } from '../../helpers/cli';
import { MARKER_FILE } from '../../../lib/output/output-target';
import { viaArmImport } from '../../policy/helpers';
import { readTree } from '../../helpers/tree';

const EXAMPLE = join(__dirname, '../../../examples/contoso/lighthouse.yaml');

const UAA = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const MONITORING_CONTRIBUTOR = '749f88d5-cbae-40b8-bcfc-e573ddc772fa';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

/** A Marketplace offer with every kind of authorization the form has: active, eligible with approvers, UAA with assignable roles. */
const PLAN_MANIFEST = `managingTenant: { id: 11111111-1111-4111-8111-111111111111 }
principals:
  noc: { id: 22222222-2222-4222-8222-222222222222, displayName: NOC Readers, type: group }
  ops: { id: 33333333-3333-4333-8333-333333333333, displayName: Ops Engineers, type: group }
  leads: { id: 44444444-4444-4444-8444-444444444444, displayName: Security Leads, type: group }
  pipeline: { id: 55555555-5555-4555-8555-555555555555, type: servicePrincipal }
authorizationSets:
  baseline:
    - { principal: noc, role: Reader }
    - { principal: ops, role: Reader }
  jit:
    - principal: ops
      role: Contributor
      eligible: { maxActivation: PT4H, requireMfa: true, approvers: [leads, pipeline] }
    - principal: noc
      role: Monitoring Contributor
      eligible: { maxActivation: PT1H30M, requireMfa: false }
  automation:
    - { principal: pipeline, role: User Access Administrator, delegatedRoles: [Contributor, Monitoring Contributor] }
offers:
  managed:
    name: Managed Ops
    authorizations: [baseline, jit, automation]
    plan: { publisher: contoso, product: managed-ops, name: gold, version: 2.1.0 }
  unsold:
    name: Unsold
    authorizations: [baseline]
customers:
  first:
    displayName: First
    tenantId: 66666666-6666-4666-8666-666666666666
    delegations:
      - { offer: managed, subscription: 77777777-7777-4777-8777-777777777777, authorizations: [baseline] }
      - { offer: managed, subscription: 88888888-8888-4888-8888-888888888888 }
      - { offer: unsold, subscription: 99999999-9999-4999-8999-999999999999 }
`;

function only(plans: PartnerCenterPlan[]): PartnerCenterPlan {
  expect(plans).toHaveLength(1);
  return plans[0];
}

function captureIo() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; }, color: false } };
}

describe('partner center export of the example', () => {
  const plan = loadManifest(EXAMPLE);

  test('one plan (managed-security), files as snapshot', () => {
    const files = partnerCenterFiles(partnerCenterPlans(plan));
    expect(files.map((f) => f.path)).toEqual(['managed-security/plan.json', 'managed-security/plan.md']);
    for (const file of files) expect(file.content).toMatchSnapshot(file.path);
  });

  test('manifest version, tenant id and the baseline authorizations, all Active', () => {
    const pc = only(partnerCenterPlans(plan));
    expect(pc.offer).toEqual({ key: 'managed-security', name: 'Contoso Managed Security', description: 'Security monitoring sold through Azure Marketplace' });
    expect(pc.plan).toEqual({ publisher: 'contoso', product: 'contoso-managed-security', name: 'standard', version: '1.0.0' });
    expect(pc.manifestVersion).toBe('1.0.0');
    expect(pc.tenantId).toBe('6f421efa-60ef-4378-8132-41c88d084347');
    expect(pc.authorizationSets).toEqual(['baseline']);
    expect(pc.authorizations.map((a) => [a.displayName, a.role.name, a.accessType])).toEqual([
      ['Contoso NOC Readers', 'Reader', 'Active'],
      ['Contoso NOC Readers', 'Managed Services Registration assignment Delete Role', 'Active'],
      ['Contoso Ops Engineers', 'Reader', 'Active'],
      ['Contoso Security Analysts', 'Security Reader', 'Active'],
    ]);
    expect(pc.notes).toEqual([]);
  });

  test('deterministic: the same bytes twice, and the same tree when written twice', () => {
    expect(partnerCenterFiles(partnerCenterPlans(loadManifest(EXAMPLE)))).toEqual(partnerCenterFiles(partnerCenterPlans(plan)));
    const a = join(tempDir(), 'pc');
    const b = join(tempDir(), 'pc');
    writePartnerCenter(partnerCenterPlans(plan), a);
    writePartnerCenter(partnerCenterPlans(loadManifest(EXAMPLE)), b);
    expect(readTree(b)).toEqual(readTree(a));
    expect(Object.keys(readTree(a))).toEqual([MARKER_FILE, 'managed-security/plan.json', 'managed-security/plan.md']);
  });

  test('JSON: 2-space indent, trailing newline, no absolute paths', () => {
    const [json] = partnerCenterFiles(partnerCenterPlans(plan));
    expect(json.content.endsWith('}\n')).toBe(true);
    expect(json.content).toBe(`${JSON.stringify(JSON.parse(json.content), null, 2)}\n`);
    expect(json.content).not.toContain(__dirname.split('/test/')[0]);
  });
});

describe('technical configuration fields', () => {
  const plan = loadManifestText(PLAN_MANIFEST, 'plan.yaml');
  const pc = only(partnerCenterPlans(plan));

  test('authorizations come from the offer\'s own sets, not from a delegation that overrides them', () => {
    expect(pc.authorizationSets).toEqual(['baseline', 'jit', 'automation']);
    expect(pc.authorizations).toHaveLength(5);
    expect(pc.notes).toEqual([
      'These delegations of the offer override its authorizations and get other access than the plan gives Marketplace customers: first (subscription 77777777-7777-4777-8777-777777777777).',
    ]);
  });

  test('Active authorization: no eligible fields, no assignable roles', () => {
    expect(pc.authorizations[0]).toEqual({
      displayName: 'NOC Readers', principalId: '22222222-2222-4222-8222-222222222222', accessType: 'Active',
      maximumDuration: null, mfaRequired: null, role: { name: 'Reader', id: READER }, assignableRoles: null, approvers: null,
    });
  });

  test('Eligible authorization: maximum duration (ISO and words), MFA, approvers with display names and ids', () => {
    expect(pc.authorizations[2]).toEqual({
      displayName: 'Ops Engineers', principalId: '33333333-3333-4333-8333-333333333333', accessType: 'Eligible',
      maximumDuration: { iso: 'PT4H', text: '4 hours' }, mfaRequired: true, role: { name: 'Contributor', id: CONTRIBUTOR }, assignableRoles: null,
      approvers: [
        { displayName: 'Security Leads', principalId: '44444444-4444-4444-8444-444444444444' },
        { displayName: null, principalId: '55555555-5555-4555-8555-555555555555' },
      ],
    });
    expect(pc.authorizations[3]).toMatchObject({ accessType: 'Eligible', maximumDuration: { iso: 'PT1H30M', text: '1 hour 30 minutes' }, mfaRequired: false, approvers: [] });
  });

  test('User Access Administrator: assignable roles with names and ids', () => {
    expect(pc.authorizations[4]).toMatchObject({
      displayName: null, accessType: 'Active', role: { name: 'User Access Administrator', id: UAA },
      assignableRoles: [{ name: 'Contributor', id: CONTRIBUTOR }, { name: 'Monitoring Contributor', id: MONITORING_CONTRIBUTOR }],
    });
  });

  test('JSON keys in the order of the portal form', () => {
    expect(Object.keys(pc)).toEqual(['offer', 'plan', 'manifestVersion', 'tenantId', 'authorizationSets', 'authorizations', 'limits', 'notes']);
    expect(Object.keys(pc.authorizations[2])).toEqual(['displayName', 'principalId', 'accessType', 'maximumDuration', 'mfaRequired', 'role', 'assignableRoles', 'approvers']);
  });

  test('limits state the counts and the rule that checks each', () => {
    expect(pc.limits).toEqual([
      { limit: 'at most 20 authorizations (active and eligible)', value: 5, rule: 'LH401', command: 'lighthouse-iac check' },
      { limit: 'at least 1 Active authorization', value: 3, rule: 'LH114', command: 'lighthouse-iac check' },
      { limit: 'manifest version in n.n.n form', value: '2.1.0', rule: 'LH402', command: 'lighthouse-iac check' },
      { limit: 'manifest version higher than the published one', value: '2.1.0', rule: 'LH403', command: 'lighthouse-iac check --baseline <published manifest>' },
    ]);
  });

  test('more than 20 authorizations: the count says 21, the export still happens', () => {
    const entries = Array.from({ length: 21 }, (_, i) => `    - { principal: p${i}, role: Reader }`).join('\n');
    const principals = Array.from({ length: 21 }, (_, i) => `  p${i}: { id: 0000000${i % 10}-aaaa-4aaa-8aaa-${String(i).padStart(12, '0')}, displayName: P${i}, type: group }`).join('\n');
    const big = loadManifestText(`managingTenant: { id: 11111111-1111-4111-8111-111111111111 }
principals:
${principals}
authorizationSets:
  many:
${entries}
offers:
  o: { name: O, authorizations: [many], plan: { publisher: p, product: o, name: n, version: "1.0" } }
customers:
  c: { displayName: C, tenantId: 66666666-6666-4666-8666-666666666666, delegations: [{ offer: o, subscription: 77777777-7777-4777-8777-777777777777 }] }
`, 'big.yaml');
    const limits = only(partnerCenterPlans(big)).limits;
    expect(limits[0].value).toBe(21);
    expect(limits[2].value).toBe('1.0');
  });
});

describe('plan.md sheet', () => {
  const pc = only(partnerCenterPlans(loadManifestText(PLAN_MANIFEST, 'plan.yaml')));
  const sheet = planSheet(pc);

  /** The field names of each authorization block, in the order written. */
  function blocks(text: string): string[][] {
    return text.split(/^### /m).slice(1).map((block) => block.split('\n## ')[0].split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Field ')).map((l) => l.split(' | ')[0].slice(2)));
  }

  test('the form\'s order: Manifest (Version, Tenant ID), then authorizations', () => {
    const headings = sheet.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Partner Center plan: Managed Ops / gold', '## Manifest', '## Authorizations (5)',
      '### Authorization 1 of 5', '### Authorization 2 of 5', '### Authorization 3 of 5', '### Authorization 4 of 5', '### Authorization 5 of 5',
      '## Before you publish', '## Notes',
    ]);
    const manifest = sheet.slice(sheet.indexOf('## Manifest'), sheet.indexOf('## Authorizations'));
    expect(manifest.indexOf('| Version | `2.1.0` |')).toBeLessThan(manifest.indexOf('| Tenant ID | `11111111-1111-4111-8111-111111111111` |'));
  });

  test('fields per access type and role, in the portal\'s order', () => {
    expect(blocks(sheet)).toEqual([
      ['Display Name', 'Principal ID', 'Access type', 'Role'],
      ['Display Name', 'Principal ID', 'Access type', 'Role'],
      ['Display Name', 'Principal ID', 'Access type', 'Maximum duration', 'Require multifactor authentication', 'Role', 'Approvers'],
      ['Display Name', 'Principal ID', 'Access type', 'Maximum duration', 'Require multifactor authentication', 'Role', 'Approvers'],
      ['Display Name', 'Principal ID', 'Access type', 'Role', 'Assignable Roles'],
    ]);
  });

  test('values as the portal shows them', () => {
    expect(sheet).toContain('| Access type | Eligible |\n| Maximum duration | 4 hours (`PT4H`) |\n| Require multifactor authentication | Yes |\n| Role | Contributor (`b24988ac-6180-42a0-ab88-20f7382dd24c`) |\n'
      + '| Approvers | Security Leads (`44444444-4444-4444-8444-444444444444`)<br>`55555555-5555-4555-8555-555555555555` |');
    expect(sheet).toContain('| Require multifactor authentication | No |');
    expect(sheet).toContain('| Approvers | (none: activation needs no approval) |');
    expect(sheet).toContain('| Assignable Roles | Contributor (`b24988ac-6180-42a0-ab88-20f7382dd24c`)<br>Monitoring Contributor (`749f88d5-cbae-40b8-bcfc-e573ddc772fa`) |');
    expect(sheet).toContain('| Display Name | (none in the input: enter the name customers should see) |');
    expect(sheet).toContain('| at most 20 authorizations (active and eligible) | 5 | LH401: `lighthouse-iac check` |');
    expect(sheet).toContain('| manifest version higher than the published one | 2.1.0 | LH403: `lighthouse-iac check --baseline <published manifest>` |');
  });

  test('text from the input cannot break the table or add formatting', () => {
    const odd: PartnerCenterPlan = { ...pc, authorizations: [{ ...pc.authorizations[0], displayName: 'Ops | *Tier 2*\n<b>' }] };
    expect(planSheet(odd)).toContain('| Display Name | Ops \\| \\*Tier 2\\* \\<b\\> |');
  });
});

describe('where the authorizations come from', () => {
  test('no delegation uses exactly the offer\'s sets: the sets themselves (they live in the Plan)', () => {
    const plan = loadManifestText(PLAN_MANIFEST
      .replace('authorizations: [baseline, jit, automation]', 'authorizations: [baseline, jit]')
      .replace('  unsold:\n    name: Unsold\n    authorizations: [baseline]', '  unsold:\n    name: Unsold\n    authorizations: [jit]')
      .replace('      - { offer: managed, subscription: 88888888-8888-4888-8888-888888888888 }\n', ''), 'plan.yaml');
    const pc = only(partnerCenterPlans(plan));
    expect(pc.authorizations.map((a) => [a.displayName, a.role.name, a.accessType])).toEqual([
      ['NOC Readers', 'Reader', 'Active'], ['Ops Engineers', 'Reader', 'Active'],
      ['Ops Engineers', 'Contributor', 'Eligible'], ['NOC Readers', 'Monitoring Contributor', 'Eligible'],
    ]);
    expect(pc.notes).toEqual([
      'These delegations of the offer override its authorizations and get other access than the plan gives Marketplace customers: first (subscription 77777777-7777-4777-8777-777777777777).',
    ]);
  });

  test('an import (no sets): the sets the importer derived, from the offer\'s first delegation, with a note', () => {
    const plan = viaArmImport(loadManifestText(PLAN_MANIFEST, 'plan.yaml'));
    const pc = only(partnerCenterPlans(plan));
    expect(pc.authorizationSets).toEqual([]);
    expect(pc.authorizations.length).toBeGreaterThan(0);
    expect(pc.notes[0]).toBe(`The input records no authorization sets; the authorizations are those of the offer's first delegation (customer ${plan.delegations[0].customer}).`);
  });

  test('an offer no delegation uses: its sets\' authorizations all the same (sets live in the Plan)', () => {
    const plan = loadManifestText(PLAN_MANIFEST.replace('      - { offer: managed, subscription: 88888888-8888-4888-8888-888888888888 }\n', '')
      .replace('authorizations: [baseline] }', 'authorizations: [automation] }').replace('{ offer: managed, subscription: 7', '{ offer: unsold, subscription: 7'), 'plan.yaml');
    const pc = only(partnerCenterPlans(plan));
    expect(pc.authorizationSets).toEqual(['baseline', 'jit', 'automation']);
    expect(pc.authorizations.length).toBe(plan.authorizationSets.filter((s) => pc.authorizationSets.includes(s.key)).reduce((n, s) => n + s.authorizations.length, 0));
    expect(pc.notes).toEqual([]);
  });

  test('an offer that names no set the Plan has (a hand-built Plan): empty, with a note', () => {
    const plan = loadManifestText(PLAN_MANIFEST, 'plan.yaml');
    const pc = only(partnerCenterPlans({ ...plan, offers: plan.offers.map((o) => (o.plan ? { ...o, authorizationSets: ['ghost'] } : o)) }));
    expect(pc.authorizations).toEqual([]);
    expect(pc.notes[0]).toBe('Nothing in the input holds the authorizations of offer managed (it names no authorization set the input has): add them before publishing.');
    expect(pc.limits[1].value).toBe(0);
  });
});

describe('partnerCenterCommand', () => {
  test('writes <out>/<offer>/plan.json and plan.md and prints one line', () => {
    const out = join(tempDir(), 'pc');
    const { out: captured, io } = captureIo();
    expect(partnerCenterCommand(loadManifest(EXAMPLE), { out }, io)).toBe(0);
    expect(Object.keys(readTree(out))).toEqual([MARKER_FILE, 'managed-security/plan.json', 'managed-security/plan.md']);
    expect(captured.stdout).toBe(`wrote the technical configuration of 1 Marketplace plan (managed-security; 4 authorizations) -> ${out}\n`);
  });

  test('replaces an earlier export: an offer gone from the Plan goes too, files it did not write stay', () => {
    const out = join(tempDir(), 'pc');
    partnerCenterCommand(loadManifest(EXAMPLE), { out }, captureIo().io);
    mkdirSync(join(out, 'old-offer'), { recursive: true });
    writeFileSync(join(out, 'old-offer', 'plan.json'), '{}\n');
    writeFileSync(join(out, 'managed-security', 'review.txt'), 'approved\n');
    partnerCenterCommand(loadManifest(EXAMPLE), { out }, captureIo().io);
    expect(existsSync(join(out, 'old-offer'))).toBe(false);
    expect(readTree(out)['managed-security/review.txt']).toBe('approved\n');
  });

  test('no offer with a plan: says so, writes nothing, exits 0', () => {
    const plan = loadManifestText(PLAN_MANIFEST.replace('    plan: { publisher: contoso, product: managed-ops, name: gold, version: 2.1.0 }\n', ''), 'plan.yaml');
    const out = join(tempDir(), 'pc');
    const { out: captured, io } = captureIo();
    expect(partnerCenterCommand(plan, { out }, io)).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(captured.stdout).toMatch(/^no offer has a Marketplace plan: nothing to publish, nothing written to /);
  });

  test('offer keys that would share a folder are refused at load, never renamed by their order', () => {
    const text = PLAN_MANIFEST.replace('  unsold:\n    name: Unsold\n    authorizations: [baseline]',
      '  Managed:\n    name: Unsold\n    authorizations: [baseline]\n    plan: { publisher: contoso, product: x, name: y, version: 1.0.0 }').replace('offer: unsold', 'offer: Managed');
    expect(() => loadManifestText(text, 'plan.yaml')).toThrow(/plan\.yaml:\d+:3 offers\.Managed: offers "managed" and "Managed" both become "managed" in Terraform ids and Partner Center folders/);
  });

  test('a Plan that skipped the check cannot make two offers share a folder either', () => {
    const plan = loadManifestText(PLAN_MANIFEST, 'plan.yaml');
    const [one] = partnerCenterPlans(plan);
    expect(() => partnerCenterFiles([one, { ...one, offer: { ...one.offer, key: 'MANAGED' } }])).toThrow(/both become Partner Center folder "managed"/);
  });
});

describe('durationText', () => {
  test.each([
    ['PT4H', '4 hours'], ['PT30M', '30 minutes'], ['PT1H', '1 hour'], ['PT1H30M', '1 hour 30 minutes'], ['PT8H', '8 hours'], ['P1D', '1 day'], ['PT0S', '0 minutes'],
  ])('%s = %s', (iso, text) => expect(durationText(iso)).toBe(text));
  test('not a duration', () => expect(durationText('4 hours')).toBeUndefined());
});

/** What an importer gives: no authorization sets, no keys. */
