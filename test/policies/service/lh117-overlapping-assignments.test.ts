import { Plan } from '../../../lib/model/plan';
import { LH117_OverlappingAssignments } from '../../../policies/service/lh117-overlapping-assignments';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const OTHER_SUB = 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';

function customerWith(...delegations: string[]): string {
  return `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
${delegations.map((d) => `      - ${d}`).join('\n')}`;
}

describe('LH117 two assignments of the same offer on overlapping scopes', () => {
  test('reports resource groups of a subscription that is also delegated whole, and a scope assigned twice', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }', {
      customers: customerWith(
        `{ offer: managed, subscription: ${SUB} }`,
        `{ offer: managed, subscription: ${SUB}, resourceGroups: [rg-web, rg-data] }`,
        `{ offer: managed, subscription: ${SUB}, resourceGroups: [rg-web] }`,
      ),
    }));
    const findings = checkRule(LH117_OverlappingAssignments, plan);
    expect(findings.map((f) => [f.ruleId, f.level, f.customer, f.subscription, f.scope, f.location])).toEqual([
      ['LH117', 'error', 'fabrikam', SUB, `/subscriptions/${SUB}/resourceGroups/rg-web`, { file: FILE, line: 21, column: 96, path: 'customers.fabrikam.delegations[1].resourceGroups[0]' }],
      ['LH117', 'error', 'fabrikam', SUB, `/subscriptions/${SUB}/resourceGroups/rg-data`, { file: FILE, line: 21, column: 104, path: 'customers.fabrikam.delegations[1].resourceGroups[1]' }],
      ['LH117', 'error', 'fabrikam', SUB, `/subscriptions/${SUB}/resourceGroups/rg-web`, { file: FILE, line: 22, column: 96, path: 'customers.fabrikam.delegations[2].resourceGroups[0]' }],
    ]);
    expect(findings[0].message).toBe(
      `offer managed is assigned to /subscriptions/${SUB}/resourceGroups/rg-web and to its whole subscription in customer fabrikam, subscription ${SUB} (2nd entry) `
      + `(subscription assignment at ${FILE}:20:41): the subscription assignment already covers the resource group; delegate one or the other`);
    expect(findings[2].message).toBe(
      `offer managed is assigned twice to scope /subscriptions/${SUB}/resourceGroups/rg-web in customer fabrikam, subscription ${SUB} (3rd entry) `
      + `(first at ${FILE}:21:96): a scope takes one registration assignment per offer`);
  });

  test('compares scope ids case-insensitively (imports keep the case they were given)', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }', {
      customers: customerWith(`{ offer: managed, subscription: ${SUB} }`, `{ offer: managed, subscription: ${SUB} }`),
    }));
    const upper: Plan = {
      ...plan,
      delegations: plan.delegations.map((d, i) => (i === 1 ? { ...d, scopes: d.scopes.map((s) => ({ ...s, id: s.id.toUpperCase().replace('SUBSCRIPTIONS', 'subscriptions') })) } : d)),
    };
    const findings = checkRule(LH117_OverlappingAssignments, upper);
    expect(findings).toHaveLength(1);
    expect(findings[0].location).toEqual({ file: FILE, line: 21, column: 41, path: 'customers.fabrikam.delegations[1].subscription' });
    expect(findings[0].message).toContain(`assigned twice to scope /subscriptions/${SUB.toUpperCase()}`);
  });

  test('compliant: one offer in several subscriptions, several offers in one subscription, distinct resource groups', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }', {
      offerExtra: '\n  other:\n    name: Other\n    authorizations: [main]',
      customers: customerWith(
        `{ offer: managed, subscription: ${SUB} }`,
        `{ offer: other, subscription: ${SUB}, resourceGroups: [rg-web] }`,
        `{ offer: managed, subscription: ${OTHER_SUB}, resourceGroups: [rg-web] }`,
        `{ offer: managed, subscription: ${OTHER_SUB}, resourceGroups: [rg-data] }`,
      ),
    }));
    expect(checkRule(LH117_OverlappingAssignments, plan)).toEqual([]);
  });
});
