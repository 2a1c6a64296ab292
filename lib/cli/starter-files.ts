import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { packageFile } from '../util/package-file';

/** Where `npm install --save-dev lighthouse-iac` puts the package, relative to the project that installs it. */
const INSTALLED = 'node_modules/lighthouse-iac';

export interface SchemaReference {
  /** The `$schema` path for the yaml-language-server line, relative to the file's directory, with `/`. */
  readonly path: string;
  /** False: the running package is not where the file can reach it (npx cache, global install): `path` is INSTALLED's. */
  readonly reachable: boolean;
}

/**
 * The `# yaml-language-server: $schema=` path of a file written in `dir`, for `schema` (e.g. `schema/manifest.schema.json`).
 * A relative path to this package's own copy when the file can rely on it: the package is installed in `dir` or in
 * a `node_modules` of a parent (a workspace), or `dir` is inside the package (its repository). Otherwise (npx from
 * its cache, a global install) a path into the cache would work on this machine only, so the path is where a
 * devDependency install puts it, and `reachable` says so.
 */
export function schemaReference(dir: string, schema: string, shipped: string = packageFile(schema)): SchemaReference {
  const parts = relative(resolve(dir), shipped).split(sep);
  const ups = parts.findIndex((part) => part !== '..');
  const below = parts.slice(ups);
  const insideThePackage = below.join('/') === schema;
  if (ups === 0 || below[0] === 'node_modules' || insideThePackage) return { path: parts.join('/'), reachable: true };
  return { path: `${INSTALLED}/${schema}`, reachable: false };
}

/**
 * A starter manifest that checks clean (no error, no warning, no info) and synthesizes: groups only, a standing
 * Reader, Contributor just in time with MFA and an approver, the Delete Role, one customer. Its ids are example
 * GUIDs marked "replace"; every comment says what to put where.
 */
export function starterManifest(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
#
# Azure Lighthouse onboarding: which groups of your tenant (the managing tenant) get which Azure built-in roles
# on which customer subscriptions. Written by \`lighthouse-iac init\`. The ids are examples: replace every one
# marked "replace" with yours, then
#   npx lighthouse-iac check lighthouse.yaml     # the rules of Azure and of good practice (npx lighthouse-iac rules)
#   npx lighthouse-iac synth lighthouse.yaml     # one Terraform stack per customer in cdktf.out/
# As written it checks clean: groups only, a standing Reader, Contributor just in time (MFA, an approver), and
# the Delete Role, so that you can remove your own access.

managingTenant:
  id: 00000000-0000-4000-8000-000000000001   # replace: your tenant id (az account show --query tenantId -o tsv)
  name: Your MSP

principals:                                  # principals of your tenant, referenced by key below
  operators:
    id: 00000000-0000-4000-8000-0000000000a1 # replace: az ad group show --group "<name>" --query id -o tsv
    displayName: MSP Operators               # what the customer sees
    type: group                              # group, user or servicePrincipal (prefer groups to users)
  approvers:
    id: 00000000-0000-4000-8000-0000000000a2 # replace
    displayName: MSP Security Leads
    type: group

authorizationSets:                           # named lists of authorizations; roles by built-in name or GUID
  standard:
    - { principal: operators, role: Reader }
    - { principal: operators, role: Managed Services Registration assignment Delete Role }   # you can offboard yourself
    - principal: operators
      role: Contributor
      eligible: { maxActivation: PT4H, requireMfa: true, approvers: [approvers] }          # just in time, approved

offers:
  managed-services:                          # the key is part of the delegation's identity: keep it once deployed
    name: Managed Services                   # the offer name the customer sees
    description: Operations by Your MSP
    authorizations: [standard]

customers:
  example-customer:                          # the key names the customer's Terraform stack: keep it once deployed
    displayName: Example Customer
    tenantId: 00000000-0000-4000-8000-0000000000c1           # replace: the customer's tenant id
    delegations:
      - offer: managed-services
        subscription: 00000000-0000-4000-8000-0000000000d1   # replace: the customer subscription to delegate
        # resourceGroups: [rg-app]           # only these resource groups instead of the whole subscription

settings:
  cloud: AzureCloud                          # AzureCloud | AzureUSGovernment | AzureChinaCloud
  # Terraform state: by default a local file per stack next to cdktf.out/; in a pipeline use remote state, e.g.
  # backend: { type: azurerm, resourceGroupName: rg-tfstate, storageAccountName: <account>, containerName: lighthouse }
`;
}

/**
 * A starter policy: the default policy spelled out (policies/default.policy.yaml, generated from the rule catalog,
 * so every pack, rule level and parameter is there to change), under a header of its own.
 */
export function starterPolicy(schemaPath: string): string {
  const lines = readFileSync(packageFile('policies/default.policy.yaml'), 'utf8').split('\n');
  const body = lines.slice(lines.findIndex((line) => !line.startsWith('#'))).join('\n');
  return `# yaml-language-server: $schema=${schemaPath}
#
# The policy \`lighthouse-iac check lighthouse.yaml --policy lighthouse.policy.yaml\` applies (and synth, arm and
# partner-center with --policy). Written by \`lighthouse-iac init --policy\` as the default: every pack on, every
# rule at its catalog level, every parameter at its default. Change what your organisation needs; explain a rule
# with \`npx lighthouse-iac rules LH301\`.
${body}`;
}
