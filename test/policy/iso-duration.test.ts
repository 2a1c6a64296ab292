import fc from 'fast-check';
import { durationSeconds, isDurationWithin, maximumSeconds, minimumSeconds, parseIsoDuration } from '../../lib/policy/iso-duration';

const ZERO = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

describe('ISO 8601 durations', () => {
  test.each([
    ['PT30M', { minutes: 30 }],
    ['PT8H', { hours: 8 }],
    ['PT6H30M', { hours: 6, minutes: 30 }],
    ['PT1H30M15S', { hours: 1, minutes: 30, seconds: 15 }],
    ['P1D', { days: 1 }],
    ['P1DT2H', { days: 1, hours: 2 }],
    ['P2W', { weeks: 2 }],
    ['P1Y2M3DT4H5M6S', { years: 1, months: 2, days: 3, hours: 4, minutes: 5, seconds: 6 }],
    ['P1M', { months: 1 }],
    ['PT1M', { minutes: 1 }],
    ['PT0.5H', { hours: 0.5 }],
    ['PT1H0,5M', { hours: 1, minutes: 0.5 }],
    ['PT0S', {}],
  ])('parses %s', (text, parts) => {
    expect(parseIsoDuration(text)).toEqual({ ...ZERO, ...parts });
  });

  test.each([
    '', 'P', 'PT', 'P1DT', '8H', 'PT8h', 'pt8h', 'PT-1H', '-PT1H', 'PT1.5H30M', 'PT30M1H', 'P1H', 'PT1D', 'PT 8H', ' PT8H',
    'PT8H ', 'PT', 'P1.5Y2M', 'PTH', 'PT1,H', '<insert duration>',
  ])('rejects %j', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });

  test('rejects non-strings without throwing', () => {
    for (const value of [undefined, null, 8, {}, ['PT8H']]) expect(parseIsoDuration(value)).toBeUndefined();
  });

  test('lengths: fixed units exactly, calendar units as a range', () => {
    expect(durationSeconds(parseIsoDuration('PT6H30M')!)).toBe(23_400);
    expect(durationSeconds(parseIsoDuration('P1W1DT1S')!)).toBe(8 * 86_400 + 1);
    expect(durationSeconds(parseIsoDuration('P1M')!)).toBeUndefined();
    expect(minimumSeconds(parseIsoDuration('P1M')!)).toBe(28 * 86_400);
    expect(maximumSeconds(parseIsoDuration('P1Y')!)).toBe(366 * 86_400);
  });

  test.each([
    ['PT30M', true], ['PT8H', true], ['PT4H', true], ['PT480M', true], ['PT1800S', true], ['PT7H59M60S', true],
    ['PT29M', false], ['PT29M59S', false], ['PT8H1S', false], ['PT9H', false], ['P1D', false], ['P1M', false], ['P1Y', false],
    ['PT0S', false], ['nonsense', false],
  ])('%s within PT30M..PT8H: %s', (text, within) => {
    expect(isDurationWithin(text, 1_800, 28_800)).toBe(within);
  });

  test('every hours/minutes/seconds combination round-trips to its length', () => {
    fc.assert(
      fc.property(fc.nat(48), fc.nat(120), fc.nat(120), (h, m, s) => {
        const text = `PT${h}H${m}M${s}S`;
        expect(durationSeconds(parseIsoDuration(text)!)).toBe(h * 3_600 + m * 60 + s);
      }),
    );
  });

  test('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      parseIsoDuration(text);
      isDurationWithin(text, 0, 1);
    }));
  });
});
