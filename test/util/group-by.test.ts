import { groupBy } from '../../lib/util/group-by';

describe('groupBy', () => {
  test('groups in order of their first item, items in input order, keys compared with SameValueZero', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups]).toEqual([['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
    expect([...groupBy([{ k: undefined }, { k: 'x' }, { k: undefined }], (o) => o.k).keys()]).toEqual([undefined, 'x']);
  });

  test('no items, no groups', () => {
    expect(groupBy([], () => 'k').size).toBe(0);
  });
});
