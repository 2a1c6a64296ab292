import { armGuid } from '../../lib/model/guid';
import {
  registrationAssignmentGuid, registrationDefinitionGuid, resourceGroupScopeId, subscriptionScopeId,
} from '../../lib/model/ids';
import {
  Authorization, Customer, DEFAULT_SETTINGS, DelegatedScope, Delegation, MarketplacePlan, Plan, Settings,
} from '../../lib/model/plan';

/** Plans built by hand, as the resolver would build them (lower-case GUIDs, derived names), for construct tests. */

export const MANAGING_TENANT = '11111111-1111-4111-8111-111111111111';
export const ROLES = {
  reader: { id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', name: 'Reader' },
  contributor: { id: 'b24988ac-6180-42a0-ab88-20f7382dd24c', name: 'Contributor' },
  userAccessAdministrator: { id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', name: 'User Access Administrator' },
  deleteRole: { id: '91c1777a-f3dc-4fae-b103-61d183457e46', name: 'Managed Services Registration assignment Delete Role' },
} as const;

/** A stable GUID per label, so fixtures read as names. */
export function guidOf(label: string): string {
  return armGuid('fixture', label);
}

export function customer(key: string): Customer {
  return { key, displayName: `${key} Ltd`, tenantId: guidOf(`tenant:${key}`) };
}

export function active(principal: string, role: keyof typeof ROLES, delegated: Array<keyof typeof ROLES> = []): Authorization {
  return {
    principal: { id: guidOf(`principal:${principal}`), displayName: principal },
    role: ROLES[role],
    delegatedRoles: delegated.map((r) => ROLES[r]),
  };
}

export function eligible(principal: string, role: keyof typeof ROLES, approvers: string[] = [], requireMfa = true): Authorization {
  return {
    ...active(principal, role),
    eligible: {
      maximumActivationDuration: 'PT4H',
      requireMfa,
      approvers: approvers.map((a) => ({ id: guidOf(`principal:${a}`), displayName: a })),
    },
  };
}

export interface DelegationSpec {
  readonly customer: Customer;
  readonly offer: string;
  readonly subscription: string;
  readonly resourceGroups?: readonly string[];
  readonly authorizations: readonly Authorization[];
  readonly plan?: MarketplacePlan;
  readonly description?: string;
}

export function delegation(spec: DelegationSpec): Delegation {
  const subscriptionId = guidOf(`subscription:${spec.subscription}`);
  const definitionId = registrationDefinitionGuid(MANAGING_TENANT, spec.customer.tenantId, subscriptionId, spec.offer);
  const scope = (kind: DelegatedScope['kind'], id: string, resourceGroup?: string): DelegatedScope => ({
    kind, id, ...(resourceGroup ? { resourceGroup } : {}), assignmentName: registrationAssignmentGuid(definitionId, id),
  });
  const scopes = spec.resourceGroups && spec.resourceGroups.length > 0
    ? spec.resourceGroups.map((rg) => scope('resourceGroup', resourceGroupScopeId(subscriptionId, rg), rg))
    : [scope('subscription', subscriptionScopeId(subscriptionId))];
  return {
    customer: spec.customer.key,
    offer: spec.offer,
    managingTenantId: MANAGING_TENANT,
    customerTenantId: spec.customer.tenantId,
    subscriptionId,
    name: `${spec.offer} offer`,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    definitionId,
    authorizations: spec.authorizations,
    authorizationSets: [],
    ...(spec.plan ? { plan: spec.plan } : {}),
    scopes,
  };
}

export function plan(delegations: readonly Delegation[], customers: readonly Customer[], settings: Partial<Settings> = {}): Plan {
  return {
    file: 'lighthouse.yaml',
    managingTenant: { id: MANAGING_TENANT, name: 'Fixture MSP' },
    principals: [],
    authorizationSets: [],
    customers,
    offers: [],
    delegations,
    suppressions: [],
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

/** Two customers, one with a subscription-wide and a resource-group delegation, one with an eligible admin. */
export function samplePlan(settings: Partial<Settings> = {}): Plan {
  const contoso = customer('contoso');
  const fabrikam = customer('Fabrikam Inc');
  return plan([
    delegation({
      customer: contoso, offer: 'managed-ops', subscription: 'contoso-prod', description: 'Day-to-day operations',
      authorizations: [
        active('ops', 'contributor'),
        active('admins', 'userAccessAdministrator', ['contributor', 'reader']),
        eligible('oncall', 'contributor', ['leads']),
        active('offboarding', 'deleteRole'),
      ],
      plan: { name: 'gold', publisher: 'fixturemsp', product: 'managed-ops-offer', version: '1.0.0' },
    }),
    delegation({
      customer: contoso, offer: 'monitoring', subscription: 'contoso-dev', resourceGroups: ['rg-app', 'rg-data'],
      authorizations: [active('monitor', 'reader')],
    }),
    delegation({
      customer: fabrikam, offer: 'managed-ops', subscription: 'fabrikam-main',
      authorizations: [active('ops', 'reader'), eligible('oncall', 'contributor', [], false)],
    }),
  ], [contoso, fabrikam, customer('idle')], settings);
}
