/**
 * ISO 8601 durations (`PnYnMnWnDTnHnMnS`), as `maximumActivationDuration` takes them (REST API 2022-10-01, azure-rest-api-specs managedservices.json:
 * "ISO-8601 duration; default PT8H", range PT30M..PT8H).
 *
 * Parsed strictly: upper-case designators in the standard order, at least one component, `T` only when a
 * time component follows, no sign, and a decimal fraction (`.` or `,`) only on the last component written
 * (ISO 8601 allows a fraction on the lowest-order component only). Weeks may be combined with the other
 * components (ISO 8601-2 relaxes the "PnW alone" rule and readers accept it).
 */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DURATION = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);
const FIELDS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

/** The components of an ISO 8601 duration, or undefined when `text` is not one. Never throws. */
export function parseIsoDuration(text: unknown): IsoDuration | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const parts = match.slice(1, 8);
  const written = parts.map((part, i) => (part === undefined ? -1 : i)).filter((i) => i >= 0);
  if (written.length === 0) return undefined; // `P` or `PT` alone
  if (text.endsWith('T')) return undefined; // `P1DT`: a time designator with no time component
  const last = written[written.length - 1];
  if (written.some((i) => i !== last && /[.,]/.test(parts[i]!))) return undefined; // fraction not on the last component
  const values = parts.map((part) => (part === undefined ? 0 : Number(part.replace(',', '.'))));
  if (values.some((value) => !Number.isFinite(value))) return undefined;
  const duration = {} as Record<(typeof FIELDS)[number], number>;
  FIELDS.forEach((field, i) => (duration[field] = values[i]));
  return duration;
}

/**
 * Length in seconds, or undefined when the duration has years or months, whose length depends on the
 * calendar (compare those with `minimumSeconds`). A day counts 24 hours, a week 7 days.
 */
export function durationSeconds(duration: IsoDuration): number | undefined {
  if (duration.years !== 0 || duration.months !== 0) return undefined;
  return minimumSeconds(duration);
}

/** The shortest length the duration can have: years count 365 days and months 28 days. */
export function minimumSeconds(duration: IsoDuration): number {
  const days = duration.years * 365 + duration.months * 28 + duration.weeks * 7 + duration.days;
  return days * 86_400 + duration.hours * 3_600 + duration.minutes * 60 + duration.seconds;
}

/** The longest length the duration can have: years count 366 days and months 31 days. */
export function maximumSeconds(duration: IsoDuration): number {
  const days = duration.years * 366 + duration.months * 31 + duration.weeks * 7 + duration.days;
  return days * 86_400 + duration.hours * 3_600 + duration.minutes * 60 + duration.seconds;
}

/**
 * Whether `text` is an ISO 8601 duration certainly within [min, max] seconds (inclusive), whatever the
 * calendar: `P1M` is never within PT30M..PT8H, `P1D` neither.
 */
export function isDurationWithin(text: unknown, minSeconds: number, maxSeconds: number): boolean {
  const duration = parseIsoDuration(text);
  if (!duration) return false;
  return minimumSeconds(duration) >= minSeconds && maximumSeconds(duration) <= maxSeconds;
}
