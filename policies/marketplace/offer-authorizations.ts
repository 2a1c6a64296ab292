import { Authorization, Offer } from '../../lib/model/plan';

/**
 * An authorization as Partner Center sees it, for comparing two versions of a plan: principal, role,
 * assignable (delegated) roles, and active or eligible with its just-in-time policy.
 */
export function normalizeAuthorization(authorization: Authorization): string {
  const principal = authorization.principal.id.toLowerCase();
  const role = authorization.role.id.toLowerCase();
  const delegated = authorization.delegatedRoles.map((r) => r.id.toLowerCase()).sort().join(';');
  const eligible = authorization.eligible;
  const access = eligible === undefined
    ? 'active'
    : [
      'eligible',
      eligible.maximumActivationDuration.trim().toUpperCase(),
      eligible.requireMfa ? 'mfa' : 'no-mfa',
      [...new Set(eligible.approvers.map((p) => p.id.toLowerCase()))].sort().join(';'),
    ].join(':');
  return [principal, role, delegated, access].join('|');
}

/** Plan versions Partner Center accepts: `n.n.n`, digits only. */
export const PLAN_VERSION = /^\d+\.\d+\.\d+$/;

/**
 * Compares two `n.n.n` versions numerically, component by component (without number precision limits):
 * negative when a < b, 0 when equal, positive when a > b.
 */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = (x[i] ?? '0').replace(/^0+(?=\d)/, '');
    const q = (y[i] ?? '0').replace(/^0+(?=\d)/, '');
    if (p.length !== q.length) return p.length - q.length;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** `standard (publisher contoso, product managed-ops, version 1.2.0)`. */
export function describeMarketplacePlan(offer: Offer): string {
  const plan = offer.plan;
  if (!plan) return '';
  return `${plan.name} (publisher ${plan.publisher}, product ${plan.product}, version ${plan.version})`;
}
