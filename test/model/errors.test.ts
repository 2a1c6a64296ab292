import { InputError, InputErrorCollector, InputErrors } from '../../lib/model/errors';

const at = (line: number, problem: string) => new InputError(problem, 'fix it', { file: 'in.json', line, column: 1 });

function thrownBy(collector: InputErrorCollector): unknown {
  try {
    collector.throwIfAny();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('InputErrorCollector', () => {
  test('keeps the results of steps that work and throws nothing when none failed', () => {
    const errors = new InputErrorCollector();
    expect(errors.attempt(() => 42)).toBe(42);
    expect(thrownBy(errors)).toBeUndefined();
  });

  test('one input error is thrown as it is', () => {
    const errors = new InputErrorCollector();
    const only = at(3, 'bad');
    expect(errors.attempt(() => { throw only; })).toBeUndefined();
    expect(thrownBy(errors)).toBe(only);
  });

  test('several are thrown together, in the order found, InputErrors flattened, the same message once', () => {
    const errors = new InputErrorCollector();
    errors.attempt(() => { throw at(5, 'first'); });
    errors.attempt(() => { throw new InputErrors([at(7, 'second'), at(9, 'third')]); });
    errors.attempt(() => { throw at(5, 'first'); });
    const thrown = thrownBy(errors);
    expect(thrown).toBeInstanceOf(InputErrors);
    expect((thrown as InputErrors).errors.map((e) => e.problem)).toEqual(['first', 'second', 'third']);
  });

  test('anything that is not an input error (a bug) passes through at once', () => {
    const errors = new InputErrorCollector();
    expect(() => errors.attempt(() => { throw new TypeError('bug'); })).toThrow(TypeError);
    expect(thrownBy(errors)).toBeUndefined();
  });
});
