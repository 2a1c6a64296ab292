import { colorAllowed } from '../../lib/cli/io';

describe('colorAllowed: FORCE_COLOR, then NO_COLOR, then the terminal (as Node.js and supports-color decide)', () => {
  test.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true], // no-color.org: set and not empty
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: 'true' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: 'yes please' }, true, false], // Node: any other value disables
  ])('%j on a terminal: %s -> %s', (env, terminal, expected) => {
    expect(colorAllowed(env, terminal)).toBe(expected);
  });
});
