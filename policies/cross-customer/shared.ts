import { Plan, Principal } from '../../lib/model/plan';

/** The Plan's principals by lower-case object id (the first entry wins when an id is listed twice). */
export function principalsById(plan: Plan): Map<string, Principal> {
  const byId = new Map<string, Principal>();
  for (const principal of plan.principals ?? []) {
    const id = (principal.id ?? '').toLowerCase();
    if (!byId.has(id)) byId.set(id, principal);
  }
  return byId;
}

/** How many names a message lists before it says "and N more" (a 10,000-customer list helps nobody). */
export const MAX_LISTED = 20;

/** `a, b, c`, or the first MAX_LISTED names and `and N more`. */
export function listNames(names: readonly string[], max = MAX_LISTED): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Code-unit order, so results do not depend on the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
