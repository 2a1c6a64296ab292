import { ALL_RULES } from '../../policies';
import { LH301_IdenticalAccessAcrossCustomers } from '../../policies/cross-customer/lh301-identical-access-across-customers';
import { cli } from '../helpers/cli';

const LH301 = LH301_IdenticalAccessAcrossCustomers;

describe('lighthouse-iac rules', () => {
  test('lists the catalog, one line a rule', async () => {
    const result = await cli('rules');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(ALL_RULES.length);
  });

  test('rules LH301 prints its title, pack, level, rationale, fix, parameters and documentation', async () => {
    const result = await cli('rules', 'LH301');
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text.split('\n')[0]).toBe(`LH301 ${LH301.title}`);
    expect(text).toContain('pack cross-customer, default level warning');
    expect(text).toContain(`Why\n  ${LH301.rationale}\n`);
    expect(text).toContain(`How to fix\n  ${LH301.fix}\n`);
    expect(text).toContain('Parameters (policy file: parameters:)\n  minimumCustomers (default 2): How many customers with identical access make a finding.\n');
    expect(text).toContain(`Documentation\n  ${LH301.helpUri}\n  source: ${LH301.source}\n`);
  });

  test('ids in any case and with stray blanks', async () => {
    expect((await cli('rules', ' lh301 ')).stdout).toBe((await cli('rules', 'LH301')).stdout);
  });

  test('a rule without parameters has no parameters section', async () => {
    expect((await cli('rules', 'LH115')).stdout).not.toContain('Parameters');
  });

  test('--json: one rule, or all, with the parameters (name, default, description)', async () => {
    const one = JSON.parse((await cli('rules', 'lh301', '--json')).stdout);
    expect(one).toEqual({
      id: 'LH301', pack: 'cross-customer', title: LH301.title, defaultLevel: 'warning', rationale: LH301.rationale, fix: LH301.fix,
      helpUri: LH301.helpUri, source: LH301.source,
      parameters: [{ name: 'minimumCustomers', default: 2, description: 'How many customers with identical access make a finding.' }],
    });
    const all = JSON.parse((await cli('rules', '--json')).stdout);
    expect(all.map((r: { id: string }) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    expect(all.find((r: { id: string }) => r.id === 'LH301')).toEqual(one);
  });

  test('an unknown id: exit 2, did you mean, nothing on stdout', async () => {
    const result = await cli('rules', 'LH3O1');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown rule "LH3O1"');
    expect(result.stderr).toContain('did you mean "LH301"');
    const far = await cli('rules', 'banana', '--json');
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('fix: run lighthouse-iac rules for the list (LH101 to LH405)');
  });
});
