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

export const BAD_MANIFESTS: readonly BadManifestCase[] = [
  {
    name: 'file not found',
    stderr: "error: <DIR>/lighthouse.yaml: file not found\n  fix: check the path; give the manifest file (YAML or JSON) as the first argument\nnothing was written\n",
  },
  {
    name: 'empty file',
    text: '# nothing here\n',
    stderr: "error: <DIR>/lighthouse.yaml:1:1 the file is empty\n  fix: write a manifest; `lighthouse-iac init` writes a commented starter to begin from\nnothing was written\n",
  },
  {
    name: 'bad YAML: tab indentation',
    text: BASE_MANIFEST.replace('    name: Managed Ops', '\tname: Managed Ops'),
    stderr: "error: <DIR>/lighthouse.yaml:11:1 invalid YAML/JSON: Tabs are not allowed as indentation\n  fix: indent with spaces, not tabs\nnothing was written\n",
  },
  {
    name: 'bad JSON: missing closing brace',
    file: 'manifest.json',
    text: '{ "managingTenant": { "id": "11111111-1111-1111-1111-111111111111" },\n  "principals": {\n',
    stderr: "error: <DIR>/manifest.json:3:1 invalid YAML/JSON: Flow map in block collection must be sufficiently indented and end with a }\n  fix: check the indentation and the punctuation just before this point\nnothing was written\n",
  },
  {
    name: 'duplicate customer key',
    text: `${BASE_MANIFEST}  fabrikam:\n    displayName: Again\n    tenantId: 66666666-6666-6666-6666-666666666666\n    delegations: [{ offer: managed-ops, subscription: 77777777-7777-7777-7777-777777777777 }]\n`,
    stderr: "error: <DIR>/lighthouse.yaml:19:3 duplicate key: every key in a mapping must be unique\n  fix: rename or merge one of the two entries (a later key would silently replace the earlier one)\nnothing was written\n",
  },
  {
    name: 'wrong type: a number where a string is expected',
    text: mutate('name: Managed Ops', 'name: 42'),
    stderr: "error: <DIR>/lighthouse.yaml:11:11 offers.managed-ops.name: expected a string, got number 42\n  fix: quote the value: \"42\" (YAML reads it as a number otherwise)\nnothing was written\n",
  },
  {
    name: 'unknown key (typo)',
    text: mutate('displayName: NOC,', 'displyName: NOC,'),
    stderr: "error: <DIR>/lighthouse.yaml:3:52 principals.noc.displyName: unknown property \"displyName\"\n  fix: did you mean \"displayName\"? allowed here: id, displayName, type\nnothing was written\n",
  },
  {
    name: 'bad GUID',
    text: mutate('subscription: 55555555-5555-5555-5555-555555555555', 'subscription: 5555-abc'),
    stderr: "error: <DIR>/lighthouse.yaml:18:45 customers.fabrikam.delegations[0].subscription: \"5555-abc\" is not a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)\n  fix: write a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)\nnothing was written\n",
  },
  {
    name: 'missing required property',
    text: mutate('    tenantId: 44444444-4444-4444-4444-444444444444\n', ''),
    stderr: "error: <DIR>/lighthouse.yaml:15:5 customers.fabrikam: missing required property \"tenantId\"\n  fix: add \"tenantId\" here: a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)\nnothing was written\n",
  },
  {
    name: 'principal type not in the enum',
    text: mutate('displayName: Ops, type: group', 'displayName: Ops, type: grup'),
    stderr: "error: <DIR>/lighthouse.yaml:4:76 principals.ops.type: \"grup\" is not one of: user, group, servicePrincipal\n  fix: did you mean \"group\"?\nnothing was written\n",
  },
  {
    name: 'empty authorization set',
    text: mutate('  baseline:\n    - { principal: noc, role: Reader }\n    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, approvers: [noc] } }\n', '  baseline: []\n'),
    stderr: "error: <DIR>/lighthouse.yaml:6:13 authorizationSets.baseline: must list at least 1 item, but is empty\n  fix: add at least one authorization: { principal, role }\nnothing was written\n",
  },
  {
    name: 'unknown principal key',
    text: mutate('{ principal: noc, role: Reader }', '{ principal: nco, role: Reader }'),
    stderr: "error: <DIR>/lighthouse.yaml:7:20 authorizationSets.baseline[0].principal: unknown principal \"nco\"\n  fix: did you mean \"noc\"? use a key defined under principals (noc, ops)\nnothing was written\n",
  },
  {
    name: 'unknown role name',
    text: mutate('role: Contributor,', 'role: Contributer,'),
    stderr: "error: <DIR>/lighthouse.yaml:8:31 authorizationSets.baseline[1].role: unknown role \"Contributer\": not an Azure built-in role name\n  fix: did you mean \"Contributor\" or \"Healthcare Agent Contributer\" or \"Lab Contributor\"? use a built-in role name or its GUID (`az role definition list --query \"[].roleName\"`; --roles takes a fresh dump)\nnothing was written\n",
  },
  {
    name: 'unknown offer key',
    text: mutate('- { offer: managed-ops,', '- { offer: managed-op,'),
    stderr: "error: <DIR>/lighthouse.yaml:18:18 customers.fabrikam.delegations[0].offer: unknown offer \"managed-op\"\n  fix: did you mean \"managed-ops\"? use a key defined under offers (managed-ops)\nnothing was written\n",
  },
  {
    name: 'unknown authorization set key',
    text: mutate('authorizations: [baseline]', 'authorizations: [baseline, operations]'),
    stderr: "error: <DIR>/lighthouse.yaml:12:32 offers.managed-ops.authorizations[1]: unknown authorization set \"operations\"\n  fix: use a key defined under authorizationSets (baseline)\nnothing was written\n",
  },
  {
    name: 'unknown approver key',
    text: mutate('approvers: [noc]', 'approvers: [leads]'),
    stderr: "error: <DIR>/lighthouse.yaml:8:89 authorizationSets.baseline[1].eligible.approvers[0]: unknown principal \"leads\"\n  fix: use a key defined under principals (noc, ops)\nnothing was written\n",
  },
  {
    name: 'activation duration not ISO 8601',
    text: mutate('maxActivation: PT4H', 'maxActivation: 4h'),
    stderr: "error: <DIR>/lighthouse.yaml:8:71 authorizationSets.baseline[1].eligible.maxActivation: \"4h\" is not an ISO 8601 duration such as PT4H or PT1H30M\n  fix: write an ISO 8601 duration such as PT4H or PT1H30M\nnothing was written\n",
  },
  {
    name: 'duplicate resource group',
    text: mutate('subscription: 55555555-5555-5555-5555-555555555555 }', 'subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a, rg-b, rg-a] }'),
    stderr: "error: <DIR>/lighthouse.yaml:18:112 customers.fabrikam.delegations[0].resourceGroups[2]: \"rg-a\" is listed twice (items 0 and 2)\n  fix: remove the duplicate\nnothing was written\n",
  },
  {
    name: 'customer key that is not a simple key',
    text: mutate('  fabrikam:\n', '  1fabrikam:\n'),
    stderr: "error: <DIR>/lighthouse.yaml:14:3 customers[\"1fabrikam\"]: key \"1fabrikam\" is not valid: expected a key of letters, digits, '-' and '_' that starts with a letter (at most 63 characters)\n  fix: rename it to a key of letters, digits, '-' and '_' that starts with a letter (at most 63 characters)\nnothing was written\n",
  },
  {
    name: 'customer keys that collide as stack names',
    text: `${mutate('  fabrikam:\n', '  fab_rikam:\n')}  fab-rikam:\n    displayName: Again\n    tenantId: 66666666-6666-6666-6666-666666666666\n    delegations: [{ offer: managed-ops, subscription: 77777777-7777-7777-7777-777777777777 }]\n`,
    stderr: "error: <DIR>/lighthouse.yaml:19:3 customers.fab-rikam: customers \"fab_rikam\" and \"fab-rikam\" both become Terraform stack \"fab-rikam\"\n  fix: rename one of them: stack names are the keys lower-cased, with characters other than a-z, 0-9 and \"-\" replaced by \"-\"\nnothing was written\n",
  },
  {
    name: 'plan version written as a number',
    text: mutate('    authorizations: [baseline]\n', '    authorizations: [baseline]\n    plan: { publisher: contoso, product: ops, name: std, version: 1.2 }\n'),
    stderr: "error: <DIR>/lighthouse.yaml:13:67 offers.managed-ops.plan.version: expected a string, got number 1.2\n  fix: quote the value: \"1.2\" (YAML reads it as a number otherwise)\nnothing was written\n",
  },
  {
    name: 'suppression reason too short',
    text: `${BASE_MANIFEST}suppressions:\n  - { rule: LH301, reason: because }\n`,
    stderr: "error: <DIR>/lighthouse.yaml:20:28 suppressions[0].reason: reason \"because\" is shorter than 10 characters\n  fix: say why the finding is accepted, in at least 10 characters\nnothing was written\n",
  },
  {
    name: 'unsupported backend type',
    text: `${BASE_MANIFEST}settings:\n  backend: { type: s3, bucket: state }\n`,
    stderr: "error: <DIR>/lighthouse.yaml:20:20 settings.backend.type: \"s3\" is not one of: local, azurerm, cloud\n  fix: use one of: local, azurerm, cloud\nnothing was written\n",
  },
  {
    name: 'absolute local backend path',
    text: `${BASE_MANIFEST}settings:\n  backend: { type: local, path: "/var/state/{stack}.tfstate" }\n`,
    stderr: "error: <DIR>/lighthouse.yaml:20:33 settings.backend.path: \"/var/state/{stack}.tfstate\" is not a relative path (an absolute path would make the output differ between machines)\n  fix: write a relative path (an absolute path would make the output differ between machines)\nnothing was written\n",
  },
  {
    name: 'several problems are reported together, in file order',
    text: mutate('role: Contributor,', 'role: Contributer,').replace('{ principal: noc, role: Reader }', '{ principal: nco, role: Reader }'),
    stderr: "error: <DIR>/lighthouse.yaml:7:20 authorizationSets.baseline[0].principal: unknown principal \"nco\"\n  fix: did you mean \"noc\"? use a key defined under principals (noc, ops)\nerror: <DIR>/lighthouse.yaml:8:31 authorizationSets.baseline[1].role: unknown role \"Contributer\": not an Azure built-in role name\n  fix: did you mean \"Contributor\" or \"Healthcare Agent Contributer\" or \"Lab Contributor\"? use a built-in role name or its GUID (`az role definition list --query \"[].roleName\"`; --roles takes a fresh dump)\n2 errors; nothing was written\n",
  },
  {
    name: 'schema errors and unresolved references in one run; a reference to a rejected entry is not reported again',
    text: mutate('noc: { id: 22222222-2222-2222-2222-222222222222,', 'noc: { id: 2222-x,').replace('role: Contributor,', 'role: Contributer,'),
    stderr: "error: <DIR>/lighthouse.yaml:3:14 principals.noc.id: \"2222-x\" is not a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)\n  fix: write a GUID (8-4-4-4-12 hexadecimal digits, e.g. 00000000-0000-0000-0000-000000000000)\nerror: <DIR>/lighthouse.yaml:8:31 authorizationSets.baseline[1].role: unknown role \"Contributer\": not an Azure built-in role name\n  fix: did you mean \"Contributor\" or \"Healthcare Agent Contributer\" or \"Lab Contributor\"? use a built-in role name or its GUID (`az role definition list --query \"[].roleName\"`; --roles takes a fresh dump)\n2 errors; nothing was written\n",
  },
  {
    name: 'a customer without delegations: the fix says what to write',
    text: mutate('    delegations:\n      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555 }\n', '    delegations: []\n'),
    stderr: "error: <DIR>/lighthouse.yaml:17:18 customers.fabrikam.delegations: must list at least 1 item, but is empty\n  fix: add at least one delegation: { offer, subscription }\nnothing was written\n",
  },
  {
    name: 'a missing property with allowed values: the fix lists them',
    text: `${BASE_MANIFEST}settings:\n  backend: { path: state.tfstate }\n`,
    stderr: "error: <DIR>/lighthouse.yaml:20:12 settings.backend: missing required property \"type\"\n  fix: add \"type\" here: one of local, azurerm, cloud\nnothing was written\n",
  },
  {
    name: 'assignmentName on a resource-group delegation',
    text: mutate('subscription: 55555555-5555-5555-5555-555555555555 }', 'subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-a], assignmentName: 99999999-9999-4999-8999-999999999999 }'),
    stderr: "error: <DIR>/lighthouse.yaml:18:123 customers.fabrikam.delegations[0].assignmentName: assignmentName names the assignment of a whole-subscription delegation, but this one delegates resource groups\n  fix: name each group's assignment under assignmentNames instead, e.g. assignmentNames: { rg-a: 99999999-9999-4999-8999-999999999999 }\nnothing was written\n",
  },
  {
    name: 'assignmentNames for a group the delegation does not list',
    text: mutate('subscription: 55555555-5555-5555-5555-555555555555 }', 'subscription: 55555555-5555-5555-5555-555555555555, resourceGroups: [rg-web], assignmentNames: { rg-wbe: 99999999-9999-4999-8999-999999999999 } }'),
    stderr: "error: <DIR>/lighthouse.yaml:18:128 customers.fabrikam.delegations[0].assignmentNames.rg-wbe: resource group \"rg-wbe\" is not in this delegation's resourceGroups\n  fix: did you mean \"rg-web\"? name only the assignments of groups listed in resourceGroups (rg-web)\nnothing was written\n",
  },
  {
    name: 'role dump given with --roles does not exist',
    text: BASE_MANIFEST,
    extraArgs: ['--roles', 'no-such-roles.json'],
    stderr: "error: no-such-roles.json: cannot read the role dump: no such file\n  fix: produce a dump with `az role definition list --output json > roles.json`\nnothing was written\n",
  },
];
