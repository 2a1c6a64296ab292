import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Authorization, Delegation, Plan, Principal } from '../../../lib/model/plan';
import { DEFAULT_SETTINGS } from '../../../lib/model/plan';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { LH301_IdenticalAccessAcrossCustomers } from '../../../policies/cross-customer/lh301-identical-access-across-customers';
import { FILE, checkRule, planFrom } from '../../policy/helpers';

const YAML = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: MSP }
principals:
  noc: { id: 22222222-2222-2222-2222-222222222222, displayName: NOC Readers, type: group }
  ops: { id: 33333333-3333-3333-3333-333333333333, displayName: Ops, type: group }
offers:
  managed:
    name: Managed
    authorizations: [base]
  extra:
    name: Extra
    authorizations: [ops]
authorizationSets:
  base:
    - { principal: noc, role: Reader }
    - { principal: noc, role: Managed Services Registration assignment Delete Role }
  ops:
    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: {} }
customers:
  tailspin:
    displayName: Tailspin
    tenantId: 44444444-4444-4444-4444-444444444444
    delegations:
      - { offer: managed, subscription: 44444444-0000-0000-0000-000000000001 }
      - { offer: extra, subscription: 44444444-0000-0000-0000-000000000001 }
      - { offer: extra, subscription: 44444444-0000-0000-0000-000000000002 }
  fabrikam:
    displayName: Fabrikam
    tenantId: 55555555-5555-5555-5555-555555555555
    delegations:
      - { offer: extra, subscription: 55555555-0000-0000-0000-000000000001 }
      - { offer: managed, subscription: 55555555-0000-0000-0000-000000000001 }
  northwind:
    displayName: Northwind
    tenantId: 66666666-6666-6666-6666-666666666666
    delegations:
      - { offer: managed, subscription: 66666666-0000-0000-0000-000000000001 }
`;

const TAIL = '— one compromised principal reaches every one of them';

describe('LH301 A principal receives identical access on several customers', () => {
  it('reports one finding per principal and access signature shared by enough customers', () => {
    const findings = checkRule(LH301_IdenticalAccessAcrossCustomers, planFrom(YAML));
    expect(findings).toHaveLength(2);
    const [noc, ops] = findings;
    expect(noc).toMatchObject({
      ruleId: 'LH301', level: 'warning', principal: 'noc', suppressed: false,
      location: { file: FILE, line: 3, column: 3, path: 'principals.noc' },
      customers: ['fabrikam', 'northwind', 'tailspin'],
    });
    expect(noc.customer).toBeUndefined();
    expect(noc.message).toBe(
      `"NOC Readers" (noc) has the same access on 3 customers (fabrikam, northwind, tailspin): Reader, Managed Services Registration assignment Delete Role (eligible: none) ${TAIL}`);
    expect(ops).toMatchObject({ principal: 'ops', location: { file: FILE, line: 4, column: 3, path: 'principals.ops' } });
    expect(ops.message).toBe(`"Ops" (ops) has the same access on 2 customers (fabrikam, tailspin): Reader (eligible: Contributor) ${TAIL}`);
  });

  it('honours minimumCustomers', () => {
    const findings = checkRule(LH301_IdenticalAccessAcrossCustomers, planFrom(YAML), { parameters: { minimumCustomers: 3 } });
    expect(findings.map((f) => f.principal)).toEqual(['noc']);
    expect(checkRule(LH301_IdenticalAccessAcrossCustomers, planFrom(YAML), { parameters: { minimumCustomers: 4 } })).toEqual([]);
  });

  it('keeps customers with different access apart (active and eligible of one role differ)', () => {
    const plan = planFrom(YAML);
    // northwind's Reader for noc becomes eligible: its signature differs from fabrikam's and tailspin's.
    const delegations = plan.delegations.map((d) => d.customer !== 'northwind' ? d : {
      ...d, authorizations: d.authorizations.map((a, i) => i === 0 ? { ...a, eligible: { maximumActivationDuration: 'PT1H', requireMfa: true, approvers: [] } } : a),
    });
    const findings = checkRule(LH301_IdenticalAccessAcrossCustomers, { ...plan, delegations });
    expect(findings.map((f) => f.message.slice(0, f.message.indexOf(':')))).toEqual([
      '"NOC Readers" (noc) has the same access on 2 customers (fabrikam, tailspin)',
      '"Ops" (ops) has the same access on 2 customers (fabrikam, tailspin)',
    ]);
  });

  it('needs the same access on at least two customers: a principal on one customer is not reported', () => {
    const yaml = YAML.replace(/- \{ offer: managed, subscription: 66666666[^\n]*/, '- { offer: extra, subscription: 66666666-0000-0000-0000-000000000001 }')
      .replace(/      - \{ offer: managed, subscription: 5555[^\n]*\n/, '')
      .replace(/      - \{ offer: extra, subscription: 4444[^\n]*\n/g, '');
    const findings = checkRule(LH301_IdenticalAccessAcrossCustomers, planFrom(yaml));
    // noc: tailspin only; ops: fabrikam and northwind share the same access.
    expect(findings.map((f) => f.message)).toEqual([`"Ops" (ops) has the same access on 2 customers (fabrikam, northwind): Reader (eligible: Contributor) ${TAIL}`]);
    const single = yaml.replace(/  northwind:[\s\S]*$/, '');
    expect(checkRule(LH301_IdenticalAccessAcrossCustomers, planFrom(single))).toEqual([]);
  });

  it('is suppressed for the principal the example manifest exempts (noc), and not for the others', () => {
    const text = readFileSync(join(__dirname, '../../../examples/contoso/lighthouse.yaml'), 'utf8');
    const findings = checkRule(LH301_IdenticalAccessAcrossCustomers, planFrom(text));
    expect(findings.map((f) => [f.principal, f.suppressed])).toEqual([['noc', true], ['ops', false], ['security', false]]);
    expect(findings[0].suppressionReason).toBe('The NOC is read-only on every customer by contract (MSA section 4.2)');
    expect(findings[0].message).toBe(
      `"Contoso NOC Readers" (noc) has the same access on 3 customers (fabrikam, northwind, tailspin): Reader, Managed Services Registration assignment Delete Role (eligible: none) ${TAIL}`);
    expect(findings[2].message).toContain('(fabrikam, tailspin): Security Reader (eligible: Security Admin)');
  });

  it('scales linearly: 10,000 customers x 3 subscriptions x 10 authorizations give one finding', () => {
    const catalog = RoleCatalog.builtIn();
    const noc: Principal = { key: 'noc', id: '22222222-2222-2222-2222-222222222222', displayName: 'NOC', type: 'group' };
    const roleNames = ['Reader', 'Monitoring Reader', 'Security Reader', 'Billing Reader', 'Cost Management Reader',
      'Tag Contributor', 'Automation Operator', 'Managed Identity Operator', 'Website Contributor', 'Managed Services Registration assignment Delete Role'];
    const grants: Authorization[] = roleNames.map((name) => {
      const role = catalog.byName(name)!;
      return { principal: noc, role: { id: role.id, name: role.name }, delegatedRoles: [] };
    });
    const delegations: Delegation[] = [];
    for (let c = 0; c < 10_000; c++) {
      const customer = `c${String(c).padStart(5, '0')}`;
      for (let s = 0; s < 3; s++) {
        const subscriptionId = `${String(c).padStart(8, '0')}-0000-0000-0000-${String(s).padStart(12, '0')}`;
        delegations.push({
          customer, offer: 'managed', managingTenantId: '11111111-1111-1111-1111-111111111111', customerTenantId: `${String(c).padStart(8, '0')}-1111-1111-1111-111111111111`,
          subscriptionId, name: 'Managed', definitionId: `${String(c).padStart(8, '0')}-2222-2222-2222-${String(s).padStart(12, '0')}`,
          authorizations: grants, authorizationSets: [], scopes: [{ kind: 'subscription', id: `/subscriptions/${subscriptionId}`, assignmentName: 'x' }],
        });
      }
    }
    const plan: Plan = {
      file: 'generated', principals: [noc], customers: [], offers: [], authorizationSets: [], delegations, suppressions: [], settings: DEFAULT_SETTINGS,
    };
    const findings = checkRule(LH301_IdenticalAccessAcrossCustomers, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0].principal).toBe('noc');
    expect(findings[0].message).toContain('"NOC" (noc) has the same access on 10000 customers (c00000, c00001,');
    expect(findings[0].message).toContain('c00019 and 9980 more): Reader, Monitoring Reader,');
  });
});
