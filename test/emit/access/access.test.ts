import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessTable, stackAccessMarkdown } from '../../../lib/emit/access';
import { loadManifestText } from '../../../lib/manifest/load';
import { Plan } from '../../../lib/model/plan';

const EXAMPLE_TEXT = readFileSync(join(__dirname, '../../../examples/contoso/lighthouse.yaml'), 'utf8');

/** ACCESS.md of every stack of a manifest, by customer key. */
function accessFiles(text: string): Record<string, string> {
  const plan = loadManifestText(text, 'lighthouse.yaml');
  return Object.fromEntries(plan.customers.map((c) => [c.key, stackAccessMarkdown(plan, c.key, c, plan.delegations.filter((d) => d.customer === c.key))]));
}

function plan(text = EXAMPLE_TEXT): Plan {
  return loadManifestText(text, 'lighthouse.yaml');
}

/** The lines of `b` not in `a` and of `a` not in `b`. */
function lineDiff(a: string, b: string): { added: string[]; removed: string[] } {
  const before = a.split('\n');
  const after = b.split('\n');
  return { added: after.filter((l) => !before.includes(l)), removed: before.filter((l) => !after.includes(l)) };
}

describe('ACCESS.md', () => {
  const files = accessFiles(EXAMPLE_TEXT);

  test.each(['fabrikam', 'northwind', 'tailspin'])('snapshot: %s', (customer) => {
    expect(files[customer]).toMatchSnapshot();
  });

  test('one row per authorization of each definition, naming principal, object id, role, role GUID and access', () => {
    const example = plan();
    for (const customer of example.customers) {
      const delegations = example.delegations.filter((d) => d.customer === customer.key);
      const rows = files[customer.key].split('\n').filter((line) => line.startsWith('| `'));
      expect(rows).toHaveLength(delegations.reduce((n, d) => n + d.authorizations.length, 0));
      for (const delegation of delegations) {
        for (const authorization of delegation.authorizations) {
          const row = rows.find((r) => r.startsWith(`| \`${delegation.subscriptionId}\``) && r.includes(`\`${authorization.principal.id}\``)
            && r.includes(`| \`${authorization.role.id}\` |`));
          expect(row).toBeDefined();
          expect(row).toContain(`| ${authorization.role.name} |`);
          expect(row).toContain(authorization.eligible ? 'eligible (just in time)' : '| permanent |');
        }
      }
    }
  });

  test('rows say where (subscription, scopes, offer), the JIT settings and the delegated roles', () => {
    expect(files.fabrikam).toContain('| `9525d470-7435-412c-ae90-65c853fb8078` | resource group `rg-web`, resource group `rg-data` | Contoso Managed Operations (`managed-ops`) | Contoso Ops Engineers (`ops`) | `33b85ac5-7ab0-4d52-b0bd-868730db85a3` | Contributor | `b24988ac-6180-42a0-ab88-20f7382dd24c` | eligible (just in time) for up to `PT4H`; MFA required; approved by Contoso Security Leads | none |');
    expect(files.fabrikam).toContain('| `8bf55ee3-2fa2-4121-8b6b-a01fa8084f12` | the whole subscription | Contoso Managed Operations (`managed-ops`) | Contoso Deploy Pipeline (`pipeline`) | `dac9a4b5-e08b-4ac3-a682-1146ad4fe51a` | User Access Administrator | `18d7d88d-d35e-4fb5-a5c3-7773c20a72d9` | permanent | may assign Contributor (`b24988ac-6180-42a0-ab88-20f7382dd24c`), Monitoring Contributor (`749f88d5-cbae-40b8-bcfc-e573ddc772fa`) to managed identities |');
    expect(files.tailspin).toContain('Customer: Tailspin Toys (tenant `a07eb939-5905-44ec-be49-b6565abbf460`). Managed by: Contoso MSP (managing tenant `6f421efa-60ef-4378-8132-41c88d084347`).');
  });

  test('the order is stable: listing the authorizations of a set in another order changes nothing', () => {
    const reordered = EXAMPLE_TEXT.replace(
      '    - { principal: noc, role: Reader }\n    - { principal: noc, role: Managed Services Registration assignment Delete Role }\n    - { principal: ops, role: Reader }\n    - { principal: security, role: Security Reader }\n',
      '    - { principal: security, role: Security Reader }\n    - { principal: ops, role: Reader }\n    - { principal: noc, role: Managed Services Registration assignment Delete Role }\n    - { principal: noc, role: Reader }\n');
    expect(reordered).not.toBe(EXAMPLE_TEXT);
    expect(accessFiles(reordered)).toEqual(files);
  });

  test('an authorization added to a set is one added line per definition that gets it, and nothing else', () => {
    const added = accessFiles(EXAMPLE_TEXT.replace('    - { principal: pipeline, role: Monitoring Contributor }\n',
      '    - { principal: pipeline, role: Monitoring Contributor }\n    - { principal: noc, role: Monitoring Reader }\n'));
    // automation is in managed-ops, which fabrikam has on two subscriptions; tailspin overrides it, northwind has another offer.
    const fabrikam = lineDiff(files.fabrikam, added.fabrikam);
    expect(fabrikam.removed).toEqual([]);
    expect(fabrikam.added).toHaveLength(2);
    for (const line of fabrikam.added) expect(line).toMatch(/\| Contoso NOC Readers \(`noc`\) \| `c3b199a8-2fb8-40c8-80c2-20f190a9f720` \| Monitoring Reader \| `43d0d8ad-25c7-4714-9337-8ba259a9fe05` \| permanent \| none \|$/);
    expect(added.northwind).toBe(files.northwind);
    expect(added.tailspin).toBe(files.tailspin);
  });

  test('an eligible authorization made permanent changes its row only', () => {
    const changed = accessFiles(EXAMPLE_TEXT.replace('      role: Security Admin\n      eligible: { maxActivation: PT2H, approvers: [approvers] }\n', '      role: Security Admin\n'));
    const { added, removed } = lineDiff(files.tailspin, changed.tailspin);
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(removed[0]).toContain('Security Admin | `fb1c8493-542b-48eb-b624-b4c8fea62acd` | eligible (just in time) for up to `PT2H`');
    expect(added[0]).toContain('Security Admin | `fb1c8493-542b-48eb-b624-b4c8fea62acd` | permanent | none |');
  });

  test('deterministic and free of versions and dates', () => {
    expect(accessFiles(EXAMPLE_TEXT)).toEqual(files);
    for (const text of Object.values(files)) {
      expect(text).not.toMatch(/\d+\.\d+\.\d+|20\d\d-\d\d-\d\d/);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  test('names from the input cannot break the table or inject Markdown', () => {
    const hostile = accessFiles(EXAMPLE_TEXT.replace('displayName: Contoso NOC Readers', 'displayName: "NOC | *all* `x` <b>"'));
    expect(hostile.northwind).toContain('| NOC \\| \\*all\\* \\`x\\` \\<b\\> (`noc`) |');
  });

  test('without the where-columns (the ARM README under each delegation\'s heading) the rows are the same authorization cells', () => {
    const example = plan();
    const [delegation] = example.delegations;
    const short = accessTable([delegation], { where: false });
    const long = accessTable([delegation]);
    expect(short[0]).toBe('| Principal | Principal ID | Role | Role ID | Access | Delegated roles |');
    expect(long[0]).toBe('| Subscription | Scope | Offer | Principal | Principal ID | Role | Role ID | Access | Delegated roles |');
    expect(long.slice(2).map((row) => row.replace(/^\| [^|]+ \| [^|]+ \| [^|]+ /, ''))).toEqual(short.slice(2));
  });
});
