import { Delegation, Plan } from '../../lib/model/plan';
import { authorizations } from '../../lib/policy/plan-walk';
import { BASE_MANIFEST } from '../helpers/manifests';
import { planFrom } from './helpers';

describe('authorizations (the walk the rules share)', () => {
  const plan = planFrom(BASE_MANIFEST);

  test('lists every authorization of every delegation with its delegation, in Plan order', () => {
    const expected = plan.delegations.flatMap((delegation) => delegation.authorizations.map((authorization) => ({ delegation, authorization })));
    expect(expected.length).toBeGreaterThan(1);
    expect(authorizations(plan)).toEqual(expected);
  });

  test('is built once per Plan: rules after the first get the same walk', () => {
    expect(authorizations(plan)).toBe(authorizations(plan));
  });

  test('a Plan whose delegations were replaced is walked again, not answered from the cache', () => {
    const changing = { ...plan } as { -readonly [K in keyof Plan]: Plan[K] };
    const before = authorizations(changing);
    changing.delegations = [plan.delegations[0]] as Delegation[];
    const after = authorizations(changing);
    expect(after).not.toBe(before);
    expect(after).toHaveLength(plan.delegations[0].authorizations.length);
  });
});
