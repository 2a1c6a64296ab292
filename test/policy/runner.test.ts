import { DEFAULT_POLICY, PolicyConfig } from '../../lib/policy/policy-config';
import { Rule } from '../../lib/policy/rule';
import { runRules } from '../../lib/policy/runner';
import { failsAt } from '../../lib/policy/check';
import { RoleCatalog } from '../../lib/roles/catalog';
import { manifestWith, planFrom } from './helpers';

/** A rule that reports every authorization whose role is Reader, with the authorization's location. */
const readerRule: Rule = {
  id: 'LH901', pack: 'best-practice', title: 'test rule', defaultLevel: 'warning', rationale: 'r', fix: 'f',
  helpUri: 'https://example.test', source: 'test',
  *check({ plan }) {
    for (const d of plan.delegations) {
      for (const a of d.authorizations) {
        if (a.role.name === 'Reader') yield { message: `Reader for ${a.principal.key} in ${d.customer}`, subject: { kind: 'authorization', delegation: d, authorization: a } };
      }
    }
  },
};

const throwingRule: Rule = { ...readerRule, id: 'LH902', pack: 'service', check: () => { throw new Error('boom'); } };

const twoCustomers = `  fabrikam:
    displayName: Fabrikam
    tenantId: 77777777-7777-7777-7777-777777777777
    delegations:
      - { offer: managed, subscription: 88888888-8888-8888-8888-888888888888 }
  contoso:
    displayName: Contoso
    tenantId: 99999999-9999-9999-9999-999999999999
    delegations:
      - { offer: managed, subscription: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa }`;

function run(yaml: string, policy: Partial<PolicyConfig> = {}, rules: Rule[] = [readerRule]) {
  const plan = planFrom(yaml);
  return runRules(rules, { plan, roles: RoleCatalog.builtIn() }, { ...DEFAULT_POLICY, ...policy });
}

const base = manifestWith('    - { principal: ops, role: Reader }\n    - { principal: alice, role: Reader }', { customers: twoCustomers });

describe('runRules', () => {
  test('adds rule id, default level, fingerprint; findings are sorted by location then customer', () => {
    const findings = run(base);
    expect(findings.map((f) => `${f.ruleId} ${f.level} ${f.location?.line} ${f.customer} ${f.principal}`)).toEqual([
      'LH901 warning 14 contoso ops', 'LH901 warning 14 fabrikam ops', 'LH901 warning 15 contoso alice', 'LH901 warning 15 fabrikam alice',
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(4);
    expect(findings.every((f) => /^[0-9a-f]{32}$/.test(f.fingerprint) && !f.suppressed)).toBe(true);
  });

  test('fingerprints do not depend on line numbers or message wording', () => {
    const moved = run(`# a comment that moves every line\n${base}`);
    expect(moved.map((f) => f.fingerprint).sort()).toEqual(run(base).map((f) => f.fingerprint).sort());
    expect(moved[0].location?.line).toBe(15);
  });

  test('a level override changes the level; off disables the rule; a pack can be switched off', () => {
    expect(run(base, { rules: { LH901: 'error' } }).every((f) => f.level === 'error')).toBe(true);
    expect(run(base, { rules: { LH901: 'off' } })).toEqual([]);
    expect(run(base, { packs: { 'best-practice': false } })).toEqual([]);
    expect(run(base, { packs: { service: false } })).toHaveLength(4);
  });

  test('suppressions narrowed by principal, customer or subscription keep the finding, marked with the reason', () => {
    const suppressed = run(`${base}\nsuppressions:\n  - { rule: LH901, principal: ops, customer: fabrikam, reason: "ops reads fabrikam by contract" }\n`);
    expect(suppressed.filter((f) => f.suppressed).map((f) => `${f.customer} ${f.principal} ${f.suppressionReason}`))
      .toEqual(['fabrikam ops ops reads fabrikam by contract']);
    expect(suppressed).toHaveLength(4);
    const bySubscription = run(`${base}\nsuppressions:\n  - { rule: LH901, subscription: AAAAAAAA-aaaa-aaaa-aaaa-aaaaaaaaaaaa, reason: "contoso subscription is a sandbox" }\n`);
    expect(bySubscription.filter((f) => f.suppressed).map((f) => f.customer)).toEqual(['contoso', 'contoso']);
    const otherRule = run(`${base}\nsuppressions:\n  - { rule: LH301, reason: "a different rule entirely" }\n`);
    expect(otherRule.some((f) => f.suppressed)).toBe(false);
  });

  test('a rule that throws becomes an error finding instead of crashing the run', () => {
    const findings = run(base, {}, [throwingRule, readerRule]);
    expect(findings.filter((f) => f.ruleId === 'LH902')).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining('rule LH902 failed on this input (boom)') })]);
    expect(findings.filter((f) => f.ruleId === 'LH901')).toHaveLength(4);
  });

  test('failsAt compares unsuppressed findings with the threshold', () => {
    const findings = run(base);
    expect(failsAt(findings, 'error')).toBe(false);
    expect(failsAt(findings, 'warning')).toBe(true);
    expect(failsAt(findings, 'info')).toBe(true);
    expect(failsAt(findings, 'never')).toBe(false);
    expect(failsAt(findings.map((f) => ({ ...f, suppressed: true })), 'info')).toBe(false);
  });
});

describe('the engine, not the rule, makes identity', () => {
  const twice: Rule = {
    ...readerRule, id: 'LH903',
    *check({ plan }) {
      const [delegation] = plan.delegations;
      const [authorization] = delegation.authorizations;
      yield { message: 'same subject, same words', subject: { kind: 'authorization', delegation, authorization } };
      yield { message: 'same subject, same words', subject: { kind: 'authorization', delegation, authorization } };
    },
  };

  test('a subject reported twice still gets two fingerprints and two messages', () => {
    const findings = run(base, {}, [twice]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
    expect(findings.map((f) => f.message)).toEqual(['same subject, same words', 'same subject, same words (2nd such finding, at lighthouse.yaml:14:7)']);
  });

  test('fields come from the subject: customer, subscription, offer, principal, role, location', () => {
    const [finding] = run(base, {}, [twice]);
    expect(finding).toMatchObject({
      customer: 'fabrikam', subscription: '88888888-8888-8888-8888-888888888888', offer: 'managed', principal: 'ops', role: 'Reader',
      location: { file: 'lighthouse.yaml', line: 14, column: 7, path: 'authorizationSets.main[0]' },
    });
  });

  test('a rule that reads a parameter it does not declare fails loudly (its finding says so)', () => {
    const sneaky: Rule = { ...readerRule, id: 'LH904', check: ({ parameter }) => [parameter({ name: 'x', kind: 'count', description: 'x', default: 1 })].map(() => ({ message: 'never', subject: { kind: 'plan' } })) };
    const [finding] = run(base, {}, [sneaky]);
    expect(finding.message).toContain('rule LH904 reads parameter x without declaring it');
  });
});
