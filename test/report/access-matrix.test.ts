import { accessMatrix, AccessMatrix } from '../../lib/report/access-matrix';
import { planOf } from './html/html-helpers';

const PRINCIPALS = `managingTenant: { id: 11111111-1111-1111-1111-111111111111, name: MSP }
principals:
  ops: { id: 22222222-2222-2222-2222-222222222222, displayName: Ops, type: group }
  leads: { id: 33333333-3333-3333-3333-333333333333, displayName: Leads, type: group }
  idle: { id: 44444444-4444-4444-4444-444444444444, displayName: Idle, type: group }
`;

/** Customers `c1`… with the given delegations (YAML flow items, `offer` and `subscription` filled in by index). */
function manifest(sets: string, offers: string, customers: ReadonlyArray<ReadonlyArray<string>>): string {
  const lines = customers.map((delegations, i) => `  c${i + 1}:
    displayName: Customer ${i + 1}
    tenantId: ${`${i + 1}`.padStart(8, '5')}-5555-5555-5555-555555555555
    delegations:
${delegations.map((d, j) => `      - { ${d}, subscription: ${`${i + 1}${j}`.padStart(8, '6')}-6666-6666-6666-666666666666 }`).join('\n')}`);
  return `${PRINCIPALS}authorizationSets:\n${sets}offers:\n${offers}customers:\n${lines.join('\n')}\n`;
}

const SETS = `  read:
    - { principal: ops, role: Reader }
  write:
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT4H, approvers: [leads] } }
  write-long:
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT8H, approvers: [leads] } }
  admin:
    - { principal: leads, role: User Access Administrator, delegatedRoles: [Contributor] }
`;
const OFFERS = `  basic: { name: Basic, authorizations: [read] }
  full: { name: Full, authorizations: [read, write] }
  long: { name: Long, authorizations: [read, write-long] }
  admin: { name: Admin, authorizations: [admin] }
`;

function keys(matrix: AccessMatrix): string[][] {
  return matrix.columns.map((column) => column.customers.map((c) => c.key));
}

function roles(matrix: AccessMatrix, column: number, row: number): string[] {
  return (matrix.columns[column].cells[row]?.grants ?? []).map((g) => `${g.role.name}${g.eligible ? ` eligible ${g.eligible.maximumActivationDuration}` : ''}${g.delegatedRoles.length > 0 ? ` assigns ${g.delegatedRoles.map((r) => r.name).join(',')}` : ''}${g.subscriptions === g.ofSubscriptions ? '' : ` ${g.subscriptions}/${g.ofSubscriptions}`}`);
}

describe('accessMatrix', () => {
  test('customers with the same access for every principal share a column, in manifest order of their first customer', () => {
    const matrix = accessMatrix(planOf(manifest(SETS, OFFERS, [['offer: full'], ['offer: basic'], ['offer: full'], ['offer: basic'], ['offer: full']])));
    expect(keys(matrix)).toEqual([['c1', 'c3', 'c5'], ['c2', 'c4']]);
    expect(matrix.principals.map((p) => p.key)).toEqual(['ops', 'leads', 'idle']);
    expect(roles(matrix, 0, 0)).toEqual(['Reader', 'Contributor eligible PT4H']);
    expect(roles(matrix, 1, 0)).toEqual(['Reader']);
    expect(matrix.columns[0].cells[2]).toBeUndefined(); // idle: no access anywhere, still a row
  });

  test('a different just-in-time policy is different access', () => {
    const matrix = accessMatrix(planOf(manifest(SETS, OFFERS, [['offer: full'], ['offer: long']])));
    expect(keys(matrix)).toEqual([['c1'], ['c2']]);
    expect(roles(matrix, 1, 0)).toEqual(['Reader', 'Contributor eligible PT8H']);
  });

  test('a role in only some subscriptions says in how many; the same role in all of them does not', () => {
    const matrix = accessMatrix(planOf(manifest(SETS, OFFERS, [['offer: full', 'offer: basic'], ['offer: full'], ['offer: full', 'offer: full']])));
    expect(keys(matrix)).toEqual([['c1'], ['c2', 'c3']]);
    expect(roles(matrix, 0, 0)).toEqual(['Reader', 'Contributor eligible PT4H 1/2']);
  });

  test('grants from several delegations of one customer merge into one cell, delegated roles of User Access Administrator included', () => {
    const matrix = accessMatrix(planOf(manifest(SETS, OFFERS, [['offer: basic', 'offer: admin']])));
    expect(roles(matrix, 0, 0)).toEqual(['Reader 1/2']);
    expect(roles(matrix, 0, 1)).toEqual(['User Access Administrator assigns Contributor 1/2']);
  });

  test('customers without delegations (a Plan built in code) form a column of no access', () => {
    const plan = planOf(manifest(SETS, OFFERS, [['offer: basic']]));
    const empty = (key: string) => ({ key, displayName: key, tenantId: '99999999-9999-9999-9999-999999999999' });
    const matrix = accessMatrix({ ...plan, customers: [empty('empty1'), ...plan.customers, empty('empty2')] });
    expect(keys(matrix)).toEqual([['empty1', 'empty2'], ['c1']]);
    expect(matrix.columns[0].cells.every((cell) => cell === undefined)).toBe(true);
  });

  test('principals that only authorizations name (imports) get rows after the listed ones, once per object id', () => {
    const plan = planOf(manifest(SETS, OFFERS, [['offer: basic']]));
    const stranger = { id: 'ABCDEF00-0000-0000-0000-000000000000', displayName: 'Stranger' };
    const delegation = plan.delegations[0];
    const withStranger = {
      ...plan,
      delegations: [{ ...delegation, authorizations: [...delegation.authorizations, { ...delegation.authorizations[0], principal: stranger }, { ...delegation.authorizations[0], principal: { id: stranger.id.toLowerCase() } }] }],
    };
    const matrix = accessMatrix(withStranger);
    expect(matrix.principals.map((p) => p.displayName)).toEqual(['Ops', 'Leads', 'Idle', 'Stranger']);
    expect(roles(matrix, 0, 3)).toEqual(['Reader']);
  });

  test('10,000 customers on four offers make four columns', () => {
    const { estateYaml } = require('../../bench/estate') as typeof import('../../bench/estate');
    const matrix = accessMatrix(planOf(estateYaml({ customers: 10000, subscriptions: 1, authorizations: 4, seed: 7 })));
    expect(matrix.customers).toHaveLength(10000);
    expect(matrix.columns).toHaveLength(4);
    expect(matrix.columns.reduce((n, c) => n + c.customers.length, 0)).toBe(10000);
  });
});
