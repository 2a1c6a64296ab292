import { formatJsonPath, formatLocation } from '../../lib/model/location';
import { InputError } from '../../lib/model/errors';

describe('formatJsonPath', () => {
  test.each<[Array<string | number>, string]>([
    [[], '(root)'],
    [['customers', 'fabrikam', 'delegations', 0, 'subscription'], 'customers.fabrikam.delegations[0].subscription'],
    [['principals', 'with space'], 'principals["with space"]'],
    [['customers', 'a-b'], 'customers.a-b'],
  ])('%j -> %s', (segments, expected) => {
    expect(formatJsonPath(segments)).toBe(expected);
  });
});

test('InputError renders file:line:column, path, problem and fix', () => {
  const error = InputError.at({ file: 'm.yaml', line: 3, column: 7, path: 'a.b' }, '"x" is not a GUID', 'write a GUID');
  expect(error.message).toBe('m.yaml:3:7 a.b: "x" is not a GUID\n  fix: write a GUID');
  expect(formatLocation({ file: 'f', line: 1, column: 2 })).toBe('f:1:2');
  expect(new InputError('file not found', 'check the path', { file: 'x.yaml' }).message).toBe('x.yaml: file not found\n  fix: check the path');
});
