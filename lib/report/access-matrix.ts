import { Authorization, Customer, Delegation, JustInTimePolicy, Plan, Principal, RoleRef } from '../model/plan';
import { groupBy } from '../util/group-by';

/*
 * Who can do what on which customer, as data: principals (rows) x customers, each cell the roles a principal
 * holds on a customer across all its delegations. Customers whose whole column is the same share one column
 * (an MSP's customers on one offer look alike), so the matrix of 10,000 customers has as many columns as
 * there are distinct kinds of access. Pure and linear: one pass over the authorizations, Maps keyed by text.
 */

/** One role a principal holds on a customer, with how it is held. */
export interface AccessGrant {
  readonly role: RoleRef;
  /** The just-in-time policy of an eligible grant; absent for an active (permanent) one. */
  readonly eligible?: JustInTimePolicy;
  /** User Access Administrator: the roles it may assign (`delegatedRoleDefinitionIds`). */
  readonly delegatedRoles: readonly RoleRef[];
  /** In how many of the customer's subscriptions the grant applies. */
  readonly subscriptions: number;
  /** How many subscriptions the customer delegates. */
  readonly ofSubscriptions: number;
}

/** What one principal holds on one customer. */
export interface AccessCell {
  /** Equal for equal cells (role ids, active/eligible, JIT policy, delegated roles, coverage). */
  readonly key: string;
  /** In the order the Plan first grants them. */
  readonly grants: readonly AccessGrant[];
}

/** Customers with the same access for every principal. */
export interface AccessColumn {
  /** In manifest order; the first one places the column. */
  readonly customers: readonly Customer[];
  /** Per row (same index as `AccessMatrix.principals`); undefined: no access. */
  readonly cells: ReadonlyArray<AccessCell | undefined>;
}

export interface AccessMatrix {
  /** The Plan's customers in manifest order, each key once. */
  readonly customers: readonly Customer[];
  /** The Plan's principals in manifest order (one per object id), then principals only authorizations name. */
  readonly principals: readonly Principal[];
  /** In the order of their first customer (manifest order). */
  readonly columns: readonly AccessColumn[];
}

interface GrantAccumulator {
  readonly first: { readonly role: RoleRef; readonly eligible?: JustInTimePolicy; readonly delegatedRoles: readonly RoleRef[] };
  /** Indices of the customer's subscriptions (in order of first delegation) that the grant covers. */
  readonly subscriptions: Set<number>;
}

interface CustomerAccess {
  readonly cells: ReadonlyArray<AccessCell | undefined>;
  readonly signature: string;
}

export function accessMatrix(plan: Plan): AccessMatrix {
  const rowOf = new Map<string, number>();
  // Authorization sets share their Principal and Authorization objects across delegations: look them up by identity first.
  const rowOfObject = new Map<Principal, number>();
  const principals: Principal[] = [];
  const addPrincipal = (principal: Principal): number => {
    let row = rowOfObject.get(principal);
    if (row !== undefined) return row;
    const id = principal.id.toLowerCase();
    row = rowOf.get(id);
    if (row === undefined) {
      row = principals.length;
      rowOf.set(id, row);
      principals.push(principal);
    }
    rowOfObject.set(principal, row);
    return row;
  };
  for (const principal of plan.principals) addPrincipal(principal);
  for (const delegation of plan.delegations) for (const authorization of delegation.authorizations) addPrincipal(authorization.principal);

  // Customers whose delegations hold the same authorization objects in the same subscription pattern have the
  // same cells (an MSP's customers on one offer): computed once per such shape.
  const authorizationId = new Map<Authorization, number>();
  const idOf = (authorization: Authorization): number => {
    let id = authorizationId.get(authorization);
    if (id === undefined) authorizationId.set(authorization, (id = authorizationId.size));
    return id;
  };
  const keyOf = new Map<Authorization, string>();
  const byShape = new Map<string, CustomerAccess>();
  const delegationsOf = groupBy(plan.delegations, (d) => d.customer);
  const accessOf = (customer: Customer): CustomerAccess => {
    const delegations = delegationsOf.get(customer.key) ?? [];
    const subscriptionIndex = new Map<string, number>();
    const subscriptions = delegations.map((d) => {
      const subscription = d.subscriptionId.toLowerCase();
      let index = subscriptionIndex.get(subscription);
      if (index === undefined) subscriptionIndex.set(subscription, (index = subscriptionIndex.size));
      return index;
    });
    const shape = delegations.map((d, i) => `${subscriptions[i]}:${d.authorizations.map(idOf).join(',')}`).join(';');
    let access = byShape.get(shape);
    if (!access) byShape.set(shape, (access = cellsOf(delegations, subscriptions, subscriptionIndex.size)));
    return access;
  };
  const cellsOf = (delegations: readonly Delegation[], subscriptions: readonly number[], of: number): CustomerAccess => {
    const rows = new Map<number, Map<string, GrantAccumulator>>();
    delegations.forEach((delegation, i) => {
      for (const authorization of delegation.authorizations) {
        const row = addPrincipal(authorization.principal);
        let grants = rows.get(row);
        if (!grants) rows.set(row, (grants = new Map()));
        let key = keyOf.get(authorization);
        if (key === undefined) keyOf.set(authorization, (key = grantKey(authorization.role, authorization.eligible, authorization.delegatedRoles)));
        let grant = grants.get(key);
        if (!grant) {
          grant = { first: { role: authorization.role, ...(authorization.eligible && { eligible: authorization.eligible }), delegatedRoles: authorization.delegatedRoles }, subscriptions: new Set() };
          grants.set(key, grant);
        }
        grant.subscriptions.add(subscriptions[i]);
      }
    });
    const cells: Array<AccessCell | undefined> = new Array(principals.length).fill(undefined);
    for (const [row, grants] of rows) {
      const keys: string[] = [];
      const list: AccessGrant[] = [];
      for (const [key, { first, subscriptions: covered }] of grants) {
        keys.push(`${key}@${covered.size === of ? '*' : `${covered.size}/${of}`}`);
        list.push({ ...first, subscriptions: covered.size, ofSubscriptions: of });
      }
      cells[row] = { key: keys.join('\n'), grants: list };
    }
    return { cells, signature: cells.map((cell) => cell?.key ?? '').join('\u0000') };
  };

  const customers = uniqueCustomers(plan.customers);
  const columns = new Map<string, { customers: Customer[]; cells: ReadonlyArray<AccessCell | undefined> }>();
  for (const customer of customers) {
    const { cells, signature } = accessOf(customer);
    const column = columns.get(signature);
    if (column) column.customers.push(customer);
    else columns.set(signature, { customers: [customer], cells });
  }
  return { customers, principals, columns: [...columns.values()] };
}

/** Customers once each (a Plan from a merged import may list a key twice; the first one stands). */
function uniqueCustomers(customers: readonly Customer[]): Customer[] {
  return [...groupBy(customers, (c) => c.key).values()].map((same) => same[0]);
}

function grantKey(role: RoleRef, eligible: JustInTimePolicy | undefined, delegatedRoles: readonly RoleRef[]): string {
  const delegated = delegatedRoles.map((r) => r.id.toLowerCase()).join(',');
  return `${role.id.toLowerCase()}|${eligible === undefined ? 'active' : `eligible|${jitKey(eligible)}`}|${delegated}`;
}

/** Equal for equal just-in-time policies: duration, MFA, approvers (object ids, in order). */
export function jitKey(policy: JustInTimePolicy): string {
  return `${policy.maximumActivationDuration}|${policy.requireMfa ? 'mfa' : 'no-mfa'}|${policy.approvers.map((a) => a.id.toLowerCase()).join(',')}`;
}
