import { LH113_SameTenant } from '../../../policies/service/lh113-same-tenant';
import { checkRule, FILE, manifestWith, planFrom } from '../../policy/helpers';

const SUB = '88888888-8888-8888-8888-888888888888';
const MSP = '11111111-1111-1111-1111-111111111111';

describe('LH113 managing tenant equals the customer tenant', () => {
  test('reports a customer whose tenant is the managing tenant, at the delegation', () => {
    const plan = planFrom(manifestWith('    - { principal: ops, role: Reader }', {
      customers: `  self:
    displayName: Ourselves
    tenantId: ${MSP.toUpperCase()}
    delegations:
      - { offer: managed, subscription: ${SUB} }`,
    }));
    const findings = checkRule(LH113_SameTenant, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'LH113', level: 'error', customer: 'self', subscription: SUB,
      message: `offer managed in customer self, subscription ${SUB} is delegated by tenant ${MSP} to itself: the managing tenant must differ from the customer tenant`,
      location: { file: FILE, line: 20, column: 9, path: 'customers.self.delegations[0]' },
    });
  });

  test('compliant: a customer tenant of its own', () => {
    expect(checkRule(LH113_SameTenant, planFrom(manifestWith('    - { principal: ops, role: Reader }')))).toEqual([]);
  });
});
