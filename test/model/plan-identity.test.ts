import { InputErrors } from '../../lib/model/errors';
import { armFileBase, delegationConstructId, offerFolderName, stackName } from '../../lib/model/ids';
import { Plan } from '../../lib/model/plan';
import { identityErrors, requireDistinctIdentities } from '../../lib/model/plan-identity';
import { active, customer, delegation, plan } from '../constructs/plan-fixture';

const reader = [active('ops', 'reader')];
const offer = (key: string) => ({ key, name: key, authorizationSets: [], source: { file: 'lighthouse.yaml', line: 3, column: 3, path: `offers.${key}` } });
const problems = (p: Plan) => identityErrors(p).map((e) => e.problem);

describe('the names derived from Plan keys', () => {
  test('are one safe path segment, whatever the key', () => {
    for (const key of ['../../x', 'a/b', 'C:\\x', '', '   ', 'Fab_A', '\u202e']) {
      for (const name of [stackName(key), offerFolderName(key), delegationConstructId(key, '../..')]) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test('ARM file names: the subscription GUID, "subscription" when unknown, anything else sanitized', () => {
    expect(armFileBase('8BF55EE3-2FA2-4121-8B6B-A01FA8084F12')).toBe('8bf55ee3-2fa2-4121-8b6b-a01fa8084f12');
    expect(armFileBase('')).toBe('subscription');
    expect(armFileBase('../../etc/passwd')).toBe('etc-passwd');
    expect(armFileBase('<insert subscription id>')).toBe('insert-subscription-id');
  });
});

describe('requireDistinctIdentities', () => {
  test('a valid Plan passes', () => {
    const a = customer('contoso');
    expect(() => requireDistinctIdentities(plan([delegation({ customer: a, offer: 'ops', subscription: 's', authorizations: reader })], [a]))).not.toThrow();
  });

  test.each(['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueof'])('customer key %s: an object member', (key) => {
    expect(problems(plan([], [customer(key)]))).toEqual([`customer key ${JSON.stringify(key)} is the name of a JavaScript object member, which cannot be a key here`]);
  });

  test.each([['con', 'con'], ['NUL', 'nul'], ['Com1', 'com1'], ['lpt9', 'lpt9'], ['aux.', 'aux'], ['prn_', 'prn']])('customer key %s: becomes the Windows device name %s', (key, device) => {
    expect(problems(plan([], [customer(key)]))).toEqual([`customer key ${JSON.stringify(key)} becomes ${JSON.stringify(device)}, a device name Windows reserves (no file or folder can have it)`]);
  });

  test('names that merely contain a reserved word are fine', () => {
    expect(problems(plan([], [customer('contoso'), customer('console'), customer('com10'), customer('proto'), customer('tostring-co')]))).toEqual([]);
  });

  test('customers and offers that collide after sanitizing or differ only in case, in Plan order', () => {
    const p: Plan = { ...plan([], [customer('Fab_A'), customer('fab-a'), customer('FAB-A')]), offers: [offer('Managed-Ops'), offer('managed.ops'), offer('other')] };
    expect(problems(p)).toEqual([
      'customers "Fab_A" and "fab-a" both become Terraform stack "fab-a"',
      'customers "Fab_A" and "FAB-A" both become Terraform stack "fab-a"',
      'offers "Managed-Ops" and "managed.ops" both become "managed-ops" in Terraform ids and Partner Center folders',
    ]);
    expect(() => requireDistinctIdentities(p)).toThrow(InputErrors);
    expect(identityErrors(p)[2].location).toEqual({ file: 'lighthouse.yaml', line: 3, column: 3, path: 'offers.managed.ops' });
  });

  test('delegations of different offers that become one construct id (only non-GUID subscriptions can)', () => {
    const a = customer('contoso');
    const one = { ...delegation({ customer: a, offer: 'ops-x', subscription: 's', authorizations: reader }), subscriptionId: 'y' };
    const two = { ...delegation({ customer: a, offer: 'ops', subscription: 's', authorizations: reader }), subscriptionId: 'x-y' };
    expect(problems(plan([one, two], [a]))).toEqual([
      'the delegations of offer "ops-x" to subscription y and of offer "ops" to subscription x-y both become Terraform id "ops-x-y" in customer "contoso"',
    ]);
  });

  test('one offer twice on a subscription is not a naming problem here (ARM templates can hold it; synth says it cannot)', () => {
    const a = customer('contoso');
    const d = delegation({ customer: a, offer: 'ops', subscription: 's', authorizations: reader });
    expect(problems(plan([d, { ...d, definitionId: '22222222-2222-4222-8222-222222222222' }], [a]))).toEqual([]);
  });

  test('ARM file names: two subscriptions that sanitize alike, a subscription that becomes a device name', () => {
    const a = customer('contoso');
    const base = delegation({ customer: a, offer: 'ops', subscription: 's', authorizations: reader });
    const other = delegation({ customer: a, offer: 'mon', subscription: 's', authorizations: reader });
    expect(problems(plan([{ ...base, subscriptionId: 'Sub One' }, { ...other, subscriptionId: 'sub-one' }], [a]))).toEqual([
      'subscriptions "sub one" and "sub-one" of customer "contoso" both become the ARM template "sub-one.json"',
    ]);
    expect(problems(plan([{ ...base, subscriptionId: 'CON' }], [a]))).toEqual([
      'subscription "CON" becomes the file name "con.json", a device name Windows reserves (no file or folder can have it)',
    ]);
  });
});
