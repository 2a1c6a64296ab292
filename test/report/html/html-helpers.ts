import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estateYaml } from '../../../bench/estate';
import { render } from '../../../lib/cli/check-command';
import { checkWithOptions } from '../../../lib/cli/policy-options';
import { loadManifestText } from '../../../lib/manifest/load';
import { Plan } from '../../../lib/model/plan';
import { RoleCatalog } from '../../../lib/roles/catalog';

/** The bundled example, named as a user in the repository root names it (so the page reads the same from any cwd). */
export const EXAMPLE_FILE = 'examples/contoso/lighthouse.yaml';

/** The Plan of manifest text "read" from `file`. */
export function planOf(yaml: string, file = 'lighthouse.yaml'): Plan {
  return loadManifestText(yaml, file);
}

/** What `check --format html` prints for a Plan: the default policy (or `policy`'s name), the CLI's own render. */
export function htmlReportOf(plan: Plan, file = plan.file, policy?: string): string {
  return render(plan, checkWithOptions(plan, RoleCatalog.builtIn(), {}), file, 'html', {}, policy);
}

export function exampleHtml(): string {
  return htmlReportOf(planOf(readFileSync(join(__dirname, '../../..', EXAMPLE_FILE), 'utf8'), EXAMPLE_FILE));
}

/** The benchmark's estate (3 subscriptions and 10 authorizations per customer, 12 principals) as an HTML report. */
export function estateHtml(customers: number): string {
  return htmlReportOf(planOf(estateYaml({ customers, subscriptions: 3, authorizations: 10, seed: 42 }), `estate-${customers}.yaml`));
}

/**
 * `n` customers, each with a principal of its own (Reader and the Delete Role), as LH301 advises: n distinct
 * columns and n rows, the shape that needs the matrix's pages of rows and columns.
 */
export function separateGroups(n: number): string {
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`;
  const principals = Array.from({ length: n }, (_, i) => `  p${i}: { id: ${id('1', i)}, displayName: Group ${i}, type: group }`);
  const sets = Array.from({ length: n }, (_, i) => `  s${i}:\n    - { principal: p${i}, role: Reader }\n    - { principal: p${i}, role: Managed Services Registration assignment Delete Role }`);
  const offers = Array.from({ length: n }, (_, i) => `  o${i}: { name: Offer ${i}, authorizations: [s${i}] }`);
  const customers = Array.from({ length: n }, (_, i) => `  c${i}:\n    displayName: Customer ${i}\n    tenantId: ${id('2', i)}\n    delegations:\n      - { offer: o${i}, subscription: ${id('3', i)} }`);
  return `managingTenant: { id: 99999999-9999-4999-8999-999999999999, name: MSP }\nprincipals:\n${principals.join('\n')}\nauthorizationSets:\n${sets.join('\n')}\noffers:\n${offers.join('\n')}\ncustomers:\n${customers.join('\n')}\n`;
}

/**
 * Names that try to break out of every HTML context the page has: element text, quoted attributes, the
 * title, the stylesheet, the script and its data blocks, comments; control characters and a right-to-left
 * override that would reverse what follows. If any of it ran, `window.__pwned` would be set.
 */
export const HOSTILE = {
  tenant: 'MSP </title><script>window.__pwned = 1</script>',
  script: '<script>window.__pwned = 2</script>',
  quote: '"\'><img src=x onerror="window.__pwned=3">',
  style: '</style><style>body{display:none}</style>',
  control: 'Ops\u001b[31m red\u0007 \u202eexe.txt',
  offer: 'Managed </script><!-- Ops',
  svg: '<svg onload="window.__pwned=4">Fabrikam</svg>',
  rtl: 'Contoso \u202egnp.exe & </script>',
  reason: '<b>accepted</b> </script><script>window.__pwned=5</script>',
} as const;

/** YAML double-quoted scalar (JSON string syntax is valid YAML). */
const q = (text: string): string => JSON.stringify(text);

export const HOSTILE_MANIFEST = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: ${q(HOSTILE.tenant)} }
principals:
  evil: { id: 22222222-2222-2222-2222-222222222222, displayName: ${q(HOSTILE.script)}, type: group }
  quote: { id: 33333333-3333-3333-3333-333333333333, displayName: ${q(HOSTILE.quote)}, type: group }
  style: { id: 66666666-6666-6666-6666-666666666666, displayName: ${q(HOSTILE.style)}, type: group }
  ctrl: { id: 77777777-7777-7777-7777-777777777777, displayName: ${q(HOSTILE.control)}, type: user }
authorizationSets:
  baseline:
    - { principal: evil, role: Reader }
    - { principal: quote, role: Reader }
    - { principal: style, role: Reader }
    - { principal: ctrl, role: Contributor, eligible: { maxActivation: PT4H, approvers: [evil] } }
offers:
  managed-ops:
    name: ${q(HOSTILE.offer)}
    authorizations: [baseline]
customers:
  fabrikam:
    displayName: ${q(HOSTILE.svg)}
    tenantId: 44444444-4444-4444-4444-444444444444
    delegations:
      - { offer: managed-ops, subscription: 55555555-5555-5555-5555-555555555555 }
  contoso:
    displayName: ${q(HOSTILE.rtl)}
    tenantId: 88888888-8888-8888-8888-888888888888
    delegations:
      - { offer: managed-ops, subscription: 99999999-9999-9999-9999-999999999999 }
      - { offer: managed-ops, subscription: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa }
suppressions:
  - { rule: LH301, principal: evil, reason: ${q(HOSTILE.reason)} }
`;
