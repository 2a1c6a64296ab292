import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputErrors } from '../../lib/model/errors';
import { loadPolicyFile } from '../../lib/policy/policy-file';
import { parametersOf } from '../../lib/policy/parameters';
import { DEFAULT_POLICY } from '../../lib/policy/policy-config';
import { ALL_RULES } from '../../policies';
import { tempDir } from '../helpers/cli';

const IDS = ['LH101', 'LH203', 'LH301', 'LH303'];
const RULES = ALL_RULES.filter((rule) => IDS.includes(rule.id));

function policy(text: string): string {
  const file = join(tempDir(), 'lighthouse.policy.yaml');
  writeFileSync(file, text);
  return file;
}

function errorsOf(file: string): string[] {
  try {
    loadPolicyFile(file, RULES);
  } catch (error) {
    return (error as InputErrors).errors.map((e) => e.message.split(file).join('<FILE>'));
  }
  throw new Error('expected errors');
}

describe('policy file', () => {
  test('the shipped default policy file says what DEFAULT_POLICY is: every pack on, no overrides, every declared parameter at its default', () => {
    const config = loadPolicyFile(join(__dirname, '../../policies/default.policy.yaml'), ALL_RULES);
    expect(config.packs).toEqual({ service: true, 'best-practice': true, 'cross-customer': true, marketplace: true });
    expect(config.rules).toEqual(DEFAULT_POLICY.rules);
    expect(config.parameters).toEqual(Object.fromEntries([...parametersOf(ALL_RULES).values()].map((p) => [p.name, p.default])));
  });

  test('rule ids are matched in any case', () => {
    expect(loadPolicyFile(policy('rules: { lh203: error, Lh301: off }\n'), RULES).rules).toEqual({ LH203: 'error', LH301: 'off' });
  });

  test('packs, levels and parameters are read; tenant ids are lower-cased', () => {
    const config = loadPolicyFile(policy(`packs: { marketplace: false }
rules: { LH203: error, LH301: off }
parameters:
  allowedManagingTenants: [6F421EFA-60EF-4378-8132-41C88D084347]
  mustBeEligibleRoles: [Security Admin]
  minimumCustomers: 5
  forbiddenRoles: [Virtual Machine Contributor]
`), RULES);
    expect(config.packs).toEqual({ marketplace: false });
    expect(config.rules).toEqual({ LH203: 'error', LH301: 'off' });
    expect(config.parameters).toEqual({
      allowedManagingTenants: ['6f421efa-60ef-4378-8132-41c88d084347'], mustBeEligibleRoles: ['Security Admin'], minimumCustomers: 5, forbiddenRoles: ['Virtual Machine Contributor'],
    });
  });

  test('an unknown rule id is an error with a suggestion', () => {
    expect(errorsOf(policy('rules:\n  LH230: off\n'))).toEqual(['<FILE>:2:3 rules.LH230: unknown rule "LH230"\n  fix: did you mean "LH203" or "LH301" or "LH303"? (lighthouse-iac rules lists them)']);
  });

  test('schema errors and unknown rule ids come in one run, in file order', () => {
    expect(errorsOf(policy('rules:\n  LH203: fatal\n  LH230: off\n'))).toEqual([
      '<FILE>:2:10 rules.LH203: "fatal" is not one of: error, warning, info, off\n  fix: use one of: error, warning, info, off',
      '<FILE>:3:3 rules.LH230: unknown rule "LH230"\n  fix: did you mean "LH203" or "LH301" or "LH303"? (lighthouse-iac rules lists them)',
    ]);
  });

  test('schema errors name line, column and path', () => {
    expect(errorsOf(policy('rules:\n  LH203: fatal\nparameters:\n  minimumCustomers: 1\n  allowedTenants: []\n'))).toEqual([
      '<FILE>:2:10 rules.LH203: "fatal" is not one of: error, warning, info, off\n  fix: use one of: error, warning, info, off',
      '<FILE>:4:21 parameters.minimumCustomers: 1 is less than the minimum 2\n  fix: use 2 or more',
      '<FILE>:5:3 parameters.allowedTenants: unknown property "allowedTenants"\n  fix: allowed here: forbiddenRoles, mustBeEligibleRoles, approvalRequiredRoles, minimumCustomers, allowedManagingTenants',
    ]);
  });
});
