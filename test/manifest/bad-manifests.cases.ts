import { BASE_MANIFEST, mutate } from '../helpers/manifests';

export interface BadManifestCase {
  readonly name: string;
  /** File name; its extension does not matter to the parser (YAML is a superset of JSON). */
  readonly file?: string;
  /** Manifest text; absent for "file not found". */
  readonly text?: string;
  readonly extraArgs?: readonly string[];
  /** Exact stderr, with `<FILE>` standing for the manifest path. */
  readonly stderr: string;
}

const GUID_FIX = 'write a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)';

export const BAD_MANIFESTS: readonly BadManifestCase[] = [
  {
    name: 'file not found',
    stderr: '',
  },
  {
    name: 'empty file',
    text: '# nothing here\n',
    stderr: '',
  },
  {
    name: 'bad YAML: tab indentation',
    text: BASE_MANIFEST.replace('    name: Managed Ops', '\tname: Managed Ops'),
    stderr: '',
  },
  {
    name: 'bad JSON: missing closing brace',
    file: 'manifest.json',
    text: '{ "managingTenant": { "id": "11111111-1111-1111-1111-111111111111" },\n  "principals": {\n',
    stderr: '',
  },
  {
    name: 'duplicate customer key',
    text: `${BASE_MANIFEST}  fabrikam:\n    displayName: Again\n    tenantId: 66666666-6666-6666-6666-666666666666\n    delegations: [{ offer: managed-ops, subscription: 77777777-7777-7777-7777-777777777777 }]\n`,
    stderr: '',
  },
  {
    name: 'wrong type: a number where a string is expected',
    text: mutate('name: Managed Ops', 'name: 42'),
    stderr: '',
  },
  {
    name: 'unknown key (typo)',
    text: mutate('displayName: NOC,', 'displyName: NOC,'),
    stderr: '',
  },
  {
    name: 'bad GUID',
    text: mutate('subscription: 55555555-5555-5555-5555-555555555555', 'subscription: 5555-abc'),
    stderr: '',
  },
  {
    name: 'missing required property',
    text: mutate('    tenantId: 44444444-4444-4444-4444-444444444444\n', ''),
    stderr: '',
  },
  {
    name: 'principal type not in the enum',
    text: mutate('displayName: Ops, type: group', 'displayName: Ops, type: grup'),
    stderr: '',
  },
  {
    name: 'empty authorization set',
    text: mutate('  baseline:\n    - { principal: noc, role: Reader }\n    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, approvers: [noc] } }\n', '  baseline: []\n'),
    stderr: '',
  },
  {
    name: 'unknown principal key',
    text: mutate('{ principal: noc, role: Reader }', '{ principal: nco, role: Reader }'),
    stderr: '',
  },
  {
    name: 'unknown role name',
    text: mutate('role: Contributor,', 'role: Contributer,'),
    stderr: '',
  },
  {
    name: 'unknown offer key',
    text: mutate('- { offer: managed-ops,', '- { offer: managed-op,'),
    stderr: '',
  },
  {
    name: 'unknown authorization set key',
    text: mutate('authorizations: [baseline]', 'authorizations: [baseline, operations]'),
    stderr: '',
  },
  {
    name: 'unknown approver key',
    text: mutate('approvers: [noc]', 'approvers: [leads]'),
    stderr: '',
  },
  {
    name: 'activation duration not ISO 8601',
    text: mutate('maxActivation: PT4H', 'maxActivation: 4h'),
    stderr: '',
  },
  {
    name: 'duplicate resource group',
    text: mutate('subscription: 55555555-5555-5555-5555-555555555555 }', 'subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a, rg-b, rg-a] }'),
    stderr: '',
  },
  {
    name: 'customer key that is not a simple key',
    text: mutate('  fabrikam:\n', '  1fabrikam:\n'),
    stderr: '',
  },
  {
    name: 'customer keys that collide as stack names',
    text: `${mutate('  fabrikam:\n', '  fab_rikam:\n')}  fab-rikam:\n    displayName: Again\n    tenantId: 66666666-6666-6666-6666-666666666666\n    delegations: [{ offer: managed-ops, subscription: 77777777-7777-7777-7777-777777777777 }]\n`,
    stderr: '',
  },
  {
    name: 'plan version written as a number',
    text: mutate('    authorizations: [baseline]\n', '    authorizations: [baseline]\n    plan: { publisher: contoso, product: ops, name: std, version: 1.2 }\n'),
    stderr: '',
  },
  {
    name: 'suppression reason too short',
    text: `${BASE_MANIFEST}suppressions:\n  - { rule: LH301, reason: because }\n`,
    stderr: '',
  },
  {
    name: 'unsupported backend type',
    text: `${BASE_MANIFEST}settings:\n  backend: { type: s3, bucket: state }\n`,
    stderr: '',
  },
  {
    name: 'absolute local backend path',
    text: `${BASE_MANIFEST}settings:\n  backend: { type: local, path: /var/state/{stack}.tfstate }\n`,
    stderr: '',
  },
  {
    name: 'several problems are reported together, in file order',
    text: mutate('role: Contributor,', 'role: Contributer,').replace('{ principal: noc, role: Reader }', '{ principal: nco, role: Reader }'),
    stderr: '',
  },
  {
    name: 'role dump given with --roles does not exist',
    text: BASE_MANIFEST,
    extraArgs: ['--roles', 'no-such-roles.json'],
    stderr: '',
  },
];
void GUID_FIX;
