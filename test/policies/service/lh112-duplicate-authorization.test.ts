import { LH112_DuplicateAuthorization } from '../../../policies/service/lh112-duplicate-authorization';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';

describe('LH112 the same principal and role twice in one definition', () => {
  test('reports the second occurrence within one authorization set', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Reader }
    - { principal: ops, role: acdd72a7-3385-48ef-bd42-f606fba81ae7 }`));
    const findings = checkRule(LH112_DuplicateAuthorization, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH112', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'ops', role: 'Reader',
      message: `"Ops" (ops) is granted Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7) twice in customer fabrikam, subscription ${SUB} `
        + `(both in authorization set main, first at ${FILE}:14:7): a definition lists each principal and role once among its active authorizations`,
      location: { file: FILE, line: 16, column: 7, path: 'authorizationSets.main[2]' },
    });
  });

  test('reports a pair that two authorization sets of one delegation both grant, and eligible duplicates', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Contributor, eligible: {} }
  extra:
    - { principal: ops, role: Reader }
    - { principal: alice, role: Contributor, eligible: { maxActivation: PT1H } }`, {
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: ${SUB}, authorizations: [main, extra] }`,
    }));
    const findings = checkRule(LH112_DuplicateAuthorization, plan);
    expect(findings.map((f) => [f.principal, f.role, f.location])).toEqual([
      ['ops', 'Reader', { file: FILE, line: 17, column: 7, path: 'authorizationSets.extra[0]' }],
      ['alice', 'Contributor', { file: FILE, line: 18, column: 7, path: 'authorizationSets.extra[1]' }],
    ]);
    expect(findings[0].message).toContain(`(in authorization sets main and extra, first at ${FILE}:14:7)`);
    expect(findings[1].message).toBe(
      `"Alice" (alice) is granted Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) as eligible twice in customer fabrikam, subscription ${SUB} `
      + `(in authorization sets main and extra, first at ${FILE}:15:7): a definition lists each principal and role once among its eligible authorizations`);
  });

  test('compliant: one active and one eligible grant of a pair, the same role for different principals, and separate delegations', () => {
    const plan = planFrom(manifestWith(`    - { principal: ops, role: Reader }
    - { principal: alice, role: Reader }
    - { principal: ops, role: Contributor }
    - { principal: ops, role: Contributor, eligible: {} }`, {
      customers: `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: ${SUB} }
      - { offer: managed, subscription: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa }`,
    }));
    expect(checkRule(LH112_DuplicateAuthorization, plan)).toEqual([]);
  });
});
