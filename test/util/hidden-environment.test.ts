import { withoutEnvironment } from '../../lib/util/hidden-environment';

describe('withoutEnvironment', () => {
  afterEach(() => {
    delete process.env.LIGHTHOUSE_TEST_A;
    delete process.env.LIGHTHOUSE_TEST_B;
  });

  test('hides the variables while the function runs and restores them, also when it throws', () => {
    process.env.LIGHTHOUSE_TEST_A = 'a';
    expect(withoutEnvironment(['LIGHTHOUSE_TEST_A', 'LIGHTHOUSE_TEST_B'], () => [process.env.LIGHTHOUSE_TEST_A, process.env.LIGHTHOUSE_TEST_B])).toEqual([undefined, undefined]);
    expect(process.env.LIGHTHOUSE_TEST_A).toBe('a');
    expect(() => withoutEnvironment(['LIGHTHOUSE_TEST_A'], () => { throw new Error('x'); })).toThrow('x');
    expect(process.env.LIGHTHOUSE_TEST_A).toBe('a');
    expect('LIGHTHOUSE_TEST_B' in process.env).toBe(false);
  });
});
