import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LH404_PublicPlanSameAccess } from '../../../policies/marketplace/lh404-public-plan-same-access';
import { FILE, checkRule, manifestWith, planFrom } from '../../policy/helpers';

describe('LH404 Public plan: every principal gets the same access on every customer that buys it', () => {
  it('gives every offer with a plan one info finding naming its principals', () => {
    const yaml = manifestWith(`    - { principal: ops, role: Reader }
    - { principal: leads, role: Reader }
    - { principal: ops, role: Managed Services Registration assignment Delete Role }`, {
      offerExtra: '\n    plan: { publisher: contoso, product: managed, name: standard, version: 1.0.0 }',
    });
    const findings = checkRule(LH404_PublicPlanSameAccess, planFrom(yaml));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH404', level: 'info', offer: 'managed',
      location: { file: FILE, line: 12, column: 11, path: 'offers.managed.plan' },
    });
    expect(findings[0].message).toBe(
      'Offer managed is sold as Marketplace plan standard (publisher contoso, product managed, version 1.0.0): if the plan is public, every principal in it (ops, leads) gets the same access on every customer that buys it; a private plan per customer (or ARM onboarding) is the alternative, but private plans do not support CSP reseller subscriptions');
  });

  it('reports only the offers with a plan in the example manifest', () => {
    const text = readFileSync(join(__dirname, '../../../examples/contoso/lighthouse.yaml'), 'utf8');
    const findings = checkRule(LH404_PublicPlanSameAccess, planFrom(text));
    expect(findings.map((f) => [f.offer, f.location?.path])).toEqual([['managed-security', 'offers.managed-security.plan']]);
    expect(findings[0].message).toContain('every principal in it (noc, ops, security) gets the same access');
  });

  it('stays silent for offers without a plan', () => {
    expect(checkRule(LH404_PublicPlanSameAccess, planFrom(manifestWith('    - { principal: ops, role: Reader }')))).toEqual([]);
  });
});
