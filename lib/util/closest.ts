/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidates closest to `value` (case-insensitive), nearest first, ties by name; only those close
 * enough to be a plausible typo (distance at most a third of the longer string, and at least 2).
 */
export function closestMatches(value: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = value.toLowerCase();
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance <= Math.max(2, Math.floor(Math.max(needle.length, candidate.length) / 3))) scored.push([distance, candidate]);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return scored.slice(0, max).map(([, candidate]) => candidate);
}

/** `did you mean "x"?` / `did you mean "x" or "y"?`, or '' when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const matches = closestMatches(value, candidates);
  if (matches.length === 0) return '';
  return `did you mean ${matches.map((m) => JSON.stringify(m)).join(' or ')}?`;
}
