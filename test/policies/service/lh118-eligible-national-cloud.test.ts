import { LH118_EligibleNationalCloud } from '../../../policies/service/lh118-eligible-national-cloud';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const AUTHORIZATIONS = `    - { principal: ops, role: Reader }
    - { principal: alice, role: Contributor, eligible: {} }`;

describe('LH118 eligible authorizations in a national cloud', () => {
  test('reports each eligible authorization when the cloud is Azure Government', () => {
    const plan = planFrom(manifestWith(AUTHORIZATIONS, { settings: 'settings: { cloud: AzureUSGovernment }' }));
    const findings = checkRule(LH118_EligibleNationalCloud, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH118', level: 'error', customer: 'fabrikam', subscription: SUB, principal: 'alice', role: 'Contributor',
      message: `Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) is granted as eligible to "Alice" (alice) in customer fabrikam, subscription ${SUB} `
        + 'on AzureUSGovernment: eligible authorizations are not supported in national clouds',
      location: { file: FILE, line: 15, column: 7, path: 'authorizationSets.main[1]' },
    });
  });

  test('compliant: eligible authorizations in AzureCloud (also by default), active ones anywhere', () => {
    expect(checkRule(LH118_EligibleNationalCloud, planFrom(manifestWith(AUTHORIZATIONS, { settings: 'settings: { cloud: AzureCloud }' })))).toEqual([]);
    expect(checkRule(LH118_EligibleNationalCloud, planFrom(manifestWith(AUTHORIZATIONS)))).toEqual([]);
    expect(checkRule(LH118_EligibleNationalCloud,
      planFrom(manifestWith('    - { principal: ops, role: Reader }', { settings: 'settings: { cloud: AzureChinaCloud }' })))).toEqual([]);
  });
});
