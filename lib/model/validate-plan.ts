import { Plan } from './plan';

/** Plans already checked: a Plan is not changed after it is made, and check, synth and the Aspect may all see one. */
const checked = new WeakSet<object>();

/**
 * Checks the shape of a Plan handed in by a library caller (JavaScript, a hand-built object, an old version's
 * output) once, at the edge of the engine, so that rules and emitters can trust the types instead of guarding
 * every field. Values may still be wrong (an id that is not a GUID is a finding, LH115); only their types are
 * checked here. Throws a TypeError naming the first bad path.
 */
export function assertPlan(plan: Plan): void {
  if (typeof plan === 'object' && plan !== null && checked.has(plan)) return;
  const at = new Checker();
  at.object(plan, 'plan');
  at.string(plan.file, 'plan', 'file');
  at.array(plan.principals, 'plan.principals', (p, path) => at.principal(p, path));
  at.array(plan.customers, 'plan.customers', (c, path) => {
    at.object(c, path);
    at.string(c.key, path, 'key');
    at.string(c.tenantId, path, 'tenantId');
  });
  at.array(plan.offers, 'plan.offers', (o, path) => {
    at.object(o, path);
    at.string(o.key, path, 'key');
    at.string(o.name, path, 'name');
    at.array(o.authorizationSets, `${path}.authorizationSets`, (s, p) => at.string(s, p));
    if (o.plan !== undefined) at.marketplacePlan(o.plan, `${path}.plan`);
  });
  at.array(plan.authorizationSets, 'plan.authorizationSets', (set, path) => {
    at.object(set, path);
    at.string(set.key, `${path}.key`);
    at.array(set.authorizations, `${path}.authorizations`, (a, p) => at.object(a, p));
  });
  at.array(plan.delegations, 'plan.delegations', (d, path) => {
    at.object(d, path);
    for (const field of ['customer', 'offer', 'managingTenantId', 'customerTenantId', 'subscriptionId', 'name', 'definitionId'] as const) {
      at.string(d[field], path, field);
    }
    // Delegations share authorization lists and set keys (a manifest's offers): each list is checked once.
    at.array(d.authorizationSets, () => `${path}.authorizationSets`, (key, p) => at.string(key, p), true);
    at.array(d.authorizations, () => `${path}.authorizations`, (a, p) => {
      at.object(a, p);
      at.principal(a.principal, `${p}.principal`);
      at.role(a.role, `${p}.role`);
      at.array(a.delegatedRoles, `${p}.delegatedRoles`, (r, rp) => at.role(r, rp));
      if (a.eligible !== undefined) {
        at.object(a.eligible, `${p}.eligible`);
        at.string(a.eligible.maximumActivationDuration, `${p}.eligible`, 'maximumActivationDuration');
        at.boolean(a.eligible.requireMfa, `${p}.eligible`, 'requireMfa');
        at.array(a.eligible.approvers, `${p}.eligible.approvers`, (x, xp) => at.principal(x, xp));
      }
    }, true);
    at.array(d.scopes, `${path}.scopes`, (s, p) => {
      at.object(s, p);
      at.string(s.kind, p, 'kind');
      at.string(s.id, p, 'id');
      at.string(s.assignmentName, p, 'assignmentName');
    });
    if (d.plan !== undefined) at.marketplacePlan(d.plan, `${path}.plan`);
  });
  at.array(plan.suppressions, 'plan.suppressions', (s, path) => {
    at.object(s, path);
    at.string(s.rule, path, 'rule');
    at.string(s.reason, path, 'reason');
  });
  at.object(plan.settings, 'plan.settings');
  at.string(plan.settings.cloud, 'plan.settings', 'cloud');
  at.object(plan.settings.backend, 'plan.settings.backend');
  checked.add(plan);
}

/** A path, or what makes it: most values are fine, so paths are joined only for the one that is not. */
type Path = string | (() => string);

class Checker {
  /** Arrays checked with `once` (shared lists). */
  private readonly seen = new Set<object>();

  object(value: unknown, path: Path): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, undefined, 'an object', value);
  }

  string(value: unknown, path: Path, field?: string): void {
    if (typeof value !== 'string') this.fail(path, field, 'a string', value);
  }

  boolean(value: unknown, path: Path, field?: string): void {
    if (typeof value !== 'boolean') this.fail(path, field, 'a boolean', value);
  }

  /** Each item with its path; with `once`, an array already checked (the same array object) is not checked again. */
  array<T>(value: readonly T[], path: Path, each: (item: T, path: string) => void, once = false): void {
    if (!Array.isArray(value)) this.fail(path, undefined, 'an array', value);
    if (once) {
      if (this.seen.has(value)) return;
      this.seen.add(value);
    }
    const base = pathText(path);
    value.forEach((item, i) => each(item, `${base}[${i}]`));
  }

  principal(value: { readonly id: string }, path: string): void {
    this.object(value, path);
    this.string(value.id, path, 'id');
  }

  role(value: { readonly id: string }, path: string): void {
    this.object(value, path);
    this.string(value.id, path, 'id');
  }

  marketplacePlan(value: Record<'name' | 'publisher' | 'product' | 'version', string>, path: string): void {
    this.object(value, path);
    for (const field of ['name', 'publisher', 'product', 'version'] as const) this.string(value[field], path, field);
  }

  private fail(path: Path, field: string | undefined, expected: string, value: unknown): never {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    const at = field === undefined ? pathText(path) : `${pathText(path)}.${field}`;
    throw new TypeError(`not a Plan: ${at} is ${got}, expected ${expected} (see the Plan type in lighthouse-iac/model)`);
  }
}

function pathText(path: Path): string {
  return typeof path === 'string' ? path : path();
}
