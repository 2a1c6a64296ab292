import { parseIsoDuration } from '../../policy/iso-duration';

const UNITS = [
  ['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'], ['hours', 'hour'], ['minutes', 'minute'], ['seconds', 'second'],
] as const;

/**
 * An ISO 8601 duration in words, as Partner Center's "Maximum duration" picker reads: `PT4H` -> `4 hours`,
 * `PT1H30M` -> `1 hour 30 minutes`. Undefined when the text is not an ISO 8601 duration.
 */
export function durationText(iso: string): string | undefined {
  const duration = parseIsoDuration(iso);
  if (!duration) return undefined;
  const parts = UNITS.filter(([field]) => duration[field] !== 0).map(([field, unit]) => `${duration[field]} ${unit}${duration[field] === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' ') : '0 minutes';
}
