import { Authorization, DelegatedScope, Delegation, Offer, Principal, RoleRef } from '../model/plan';

/**
 * The Plan element a finding is about. A rule names it; the engine derives from it everything a report or a
 * suppression needs (customer, subscription, offer, scope, principal, role, source location) and the finding's
 * fingerprint, so that no rule computes identity itself and two findings of one rule never share one.
 */
export type Subject =
  | AuthorizationSubject
  | DelegationSubject
  | PrincipalSubject
  | OfferSubject
  | ManagingTenantSubject
  | PlanSubject;

/** One authorization of one delegation, or one of its delegated roles or approvers. */
export interface AuthorizationSubject {
  readonly kind: 'authorization';
  readonly delegation: Delegation;
  readonly authorization: Authorization;
  /** The delegated role (`delegatedRoleDefinitionIds` entry) the finding is about. @default - the authorization itself */
  readonly delegatedRole?: RoleRef;
  /** The just-in-time approver the finding is about. @default - the authorization itself */
  readonly approver?: Principal;
}

/** A delegation (registration definition) as a whole, or one of its scopes (registration assignments). */
export interface DelegationSubject {
  readonly kind: 'delegation';
  readonly delegation: Delegation;
  /** @default - the definition as a whole */
  readonly scope?: DelegatedScope;
}

/**
 * A principal: in one delegation (LH202, LH205, LH206), or across customers (LH301: the customers it reaches,
 * as data; LH302: the one customer where it gets `role` from several offers).
 */
export interface PrincipalSubject {
  readonly kind: 'principal';
  readonly principal: Principal;
  /** @default - not about one delegation */
  readonly delegation?: Delegation;
  /** Customer keys the finding spans, sorted. @default - the delegation's customer, if any */
  readonly customers?: readonly string[];
  /** @default - not about one role */
  readonly role?: RoleRef;
}

/** An offer (its Marketplace plan, its authorizations as Partner Center sees them). */
export interface OfferSubject {
  readonly kind: 'offer';
  readonly offer: Offer;
}

/** A managing tenant across the delegations it manages (LH303). */
export interface ManagingTenantSubject {
  readonly kind: 'managingTenant';
  /** Lower-case tenant id. */
  readonly tenantId: string;
  /** Customer keys of its delegations, sorted. */
  readonly customers: readonly string[];
}

/** The Plan as a whole (a rule that failed, a fact about the whole input). */
export interface PlanSubject {
  readonly kind: 'plan';
}
