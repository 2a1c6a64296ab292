import { Plan, Principal, Suppression } from '../model/plan';
import { SubjectFields } from './identity';

/**
 * The first suppression that covers a finding: same rule, and every narrowing field it sets (customer,
 * subscription, principal key or object id) matches. Suppressed findings are reported as suppressed,
 * never dropped.
 */
export function suppressionFor(plan: Plan, ruleId: string, finding: SubjectFields): Suppression | undefined {
  for (const suppression of plan.suppressions) {
    if (suppression.rule !== ruleId) continue;
    if (suppression.customer !== undefined && suppression.customer !== finding.customer) continue;
    if (suppression.subscription !== undefined && suppression.subscription !== finding.subscription?.toLowerCase()) continue;
    if (suppression.principal !== undefined && !samePrincipal(plan, suppression.principal, finding.principal)) continue;
    return suppression;
  }
  return undefined;
}

/** A suppression may name a principal by key; imported findings carry object ids. */
function samePrincipal(plan: Plan, suppressed: string, found: string | undefined): boolean {
  if (found === undefined) return false;
  if (suppressed === found) return true;
  const principal = principalNamed(plan, suppressed);
  return principal !== undefined && (principal.key === found || principal.id === found.toLowerCase());
}

/** Per Plan, the principal a suppression names (by key, else by object id), looked up once, not once per finding. */
const named = new WeakMap<Plan, Map<string, Principal | undefined>>();

function principalNamed(plan: Plan, name: string): Principal | undefined {
  let cache = named.get(plan);
  if (!cache) named.set(plan, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, plan.principals.find((p) => p.key === name || p.id === name.toLowerCase()));
  return cache.get(name);
}
