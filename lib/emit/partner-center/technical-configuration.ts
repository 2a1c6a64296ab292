import { Authorization, Offer, Plan, Principal, RoleRef } from '../../model/plan';
import { WELL_KNOWN_ROLES } from '../../roles/restricted-actions';
import { durationText } from './duration-text';
import { OfferAuthorizations, offerAuthorizations } from '../../model/authorization-sets';

/**
 * The technical configuration of one Marketplace plan, as Partner Center's form asks for it
 * (azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12).
 * Written as `<out>/<offer>/plan.json`: the key order is the form's, and every key is always present
 * (null where the form does not show the field), so consumers and diffs see a stable shape.
 */
export interface PartnerCenterPlan {
  readonly offer: { readonly key: string; readonly name: string; readonly description: string | null };
  readonly plan: { readonly publisher: string; readonly product: string; readonly name: string; readonly version: string };
  /** Manifest -> Version. */
  readonly manifestVersion: string;
  /** Manifest -> Tenant ID: the managing tenant. */
  readonly tenantId: string;
  /** The offer's authorization sets the authorizations come from (empty when the input has no sets). */
  readonly authorizationSets: readonly string[];
  readonly authorizations: readonly PlanAuthorization[];
  /** Partner Center's limits with this plan's numbers; `lighthouse-iac check` gives the verdict (rule). */
  readonly limits: readonly PlanLimit[];
  /** What the reader should know about where the authorizations came from. */
  readonly notes: readonly string[];
}

/** One "Authorization" block of the form, fields in the form's order. */
export interface PlanAuthorization {
  readonly displayName: string | null;
  readonly principalId: string;
  readonly accessType: 'Active' | 'Eligible';
  /** Eligible only (null for Active). */
  readonly maximumDuration: { readonly iso: string; readonly text: string | null } | null;
  /** Eligible only: "require multifactor authentication to activate". */
  readonly mfaRequired: boolean | null;
  readonly role: NamedRole;
  /** Shown for User Access Administrator (the roles it may assign to managed identities); null otherwise. */
  readonly assignableRoles: readonly NamedRole[] | null;
  /** Eligible only; empty means activation needs no approval. */
  readonly approvers: ReadonlyArray<{ readonly displayName: string | null; readonly principalId: string }> | null;
}

export interface NamedRole {
  /** Built-in role name; null when the role is not a known built-in role (Partner Center's list will not have it). */
  readonly name: string | null;
  readonly id: string;
}

export interface PlanLimit {
  readonly limit: string;
  readonly value: number | string;
  /** The rule that enforces the limit. */
  readonly rule: string;
  /** The command that runs the rule. */
  readonly command: string;
}

/** Partner Center takes at most 20 authorizations per plan, active and eligible together (azure-docs:articles/marketplace/create-managed-service-offer-plans.md@2021-07-12). */
export const PLAN_AUTHORIZATION_LIMIT = 20;

const CHECK = 'lighthouse-iac check';

/** One entry per offer with a Marketplace plan, in the Plan's offer order. */
export function partnerCenterPlans(plan: Plan): PartnerCenterPlan[] {
  return plan.offers.filter((offer) => offer.plan !== undefined).map((offer) => technicalConfiguration(plan, offer));
}

function technicalConfiguration(plan: Plan, offer: Offer): PartnerCenterPlan {
  const marketplace = offer.plan!;
  const found = offerAuthorizations(plan, offer);
  const authorizations = found.authorizations.map(planAuthorization);
  const active = authorizations.filter((a) => a.accessType === 'Active').length;
  return {
    offer: { key: offer.key, name: offer.name, description: offer.description ?? null },
    plan: { publisher: marketplace.publisher, product: marketplace.product, name: marketplace.name, version: marketplace.version },
    manifestVersion: marketplace.version,
    tenantId: managingTenantOf(plan, offer),
    // The manifest's sets; an import's sets are derived from its delegations and named nowhere.
    authorizationSets: found.sets.filter((set) => !set.derived).map((set) => set.key),
    authorizations,
    limits: [
      { limit: `at most ${PLAN_AUTHORIZATION_LIMIT} authorizations (active and eligible)`, value: authorizations.length, rule: 'LH401', command: CHECK },
      { limit: 'at least 1 Active authorization', value: active, rule: 'LH114', command: CHECK },
      { limit: 'manifest version in n.n.n form', value: marketplace.version, rule: 'LH402', command: CHECK },
      { limit: 'manifest version higher than the published one', value: marketplace.version, rule: 'LH403', command: `${CHECK} --baseline <published manifest>` },
    ],
    notes: notes(plan, offer, found),
  };
}

/** The plan's managing tenant: the manifest's, else (imports mixing tenants) that of the offer's first delegation. */
function managingTenantOf(plan: Plan, offer: Offer): string {
  return plan.managingTenant?.id ?? plan.delegations.find((d) => d.offer === offer.key)?.managingTenantId ?? '';
}

function planAuthorization(authorization: Authorization): PlanAuthorization {
  const eligible = authorization.eligible;
  const isUaa = authorization.role.id.toLowerCase() === WELL_KNOWN_ROLES.userAccessAdministrator;
  return {
    displayName: authorization.principal.displayName ?? null,
    principalId: authorization.principal.id,
    accessType: eligible ? 'Eligible' : 'Active',
    maximumDuration: eligible
      ? { iso: eligible.maximumActivationDuration, text: durationText(eligible.maximumActivationDuration) ?? null }
      : null,
    mfaRequired: eligible ? eligible.requireMfa : null,
    role: namedRole(authorization.role),
    // Shown whenever the Plan has delegated roles, so that a misplaced list (LH106) is visible rather than dropped.
    assignableRoles: isUaa || authorization.delegatedRoles.length > 0 ? authorization.delegatedRoles.map(namedRole) : null,
    approvers: eligible ? eligible.approvers.map(approver) : null,
  };
}

function namedRole(role: RoleRef): NamedRole {
  return { name: role.name ?? null, id: role.id };
}

function approver(principal: Principal) {
  return { displayName: principal.displayName ?? null, principalId: principal.id };
}

function notes(plan: Plan, offer: Offer, found: OfferAuthorizations): string[] {
  const out: string[] = [];
  if (found.sets.length === 0) {
    out.push(`Nothing in the input holds the authorizations of offer ${offer.key} (it names no authorization set the input has): add them before publishing.`);
  } else if (found.sets.every((set) => set.derived)) {
    const first = plan.delegations.find((d) => d.offer === offer.key);
    out.push(`The input records no authorization sets; the authorizations are those of the offer's first delegation${first ? ` (customer ${first.customer})` : ''}.`);
  }
  const overridden = found.overridden.map((d) => `${d.customer} (subscription ${d.subscriptionId || 'unknown'})`);
  if (overridden.length > 0) {
    out.push(`These delegations of the offer override its authorizations and get other access than the plan gives Marketplace customers: ${overridden.join(', ')}.`);
  }
  return out;
}
