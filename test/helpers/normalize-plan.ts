import { Authorization, Plan } from '../../lib/model/plan';

/**
 * What a round trip must preserve (issue 4: authorizations, scopes, names, plan), without what a format
 * cannot carry (manifest keys, principal types, source locations): delegations in a stable order, GUIDs
 * lower-cased, authorizations active first, then eligible — ARM, Terraform and the REST API keep them in
 * two separate lists, so only the order within each list is meaningful.
 */
export function normalizePlan(plan: Plan) {
  return plan.delegations
    .map((d) => ({
      managingTenantId: d.managingTenantId.toLowerCase(),
      customerTenantId: d.customerTenantId.toLowerCase(),
      subscriptionId: d.subscriptionId.toLowerCase(),
      definitionId: d.definitionId.toLowerCase(),
      name: d.name,
      description: d.description ?? null,
      plan: d.plan ? { name: d.plan.name, publisher: d.plan.publisher, product: d.plan.product, version: d.plan.version } : null,
      scopes: d.scopes.map((s) => ({ kind: s.kind, id: s.id.toLowerCase(), resourceGroup: s.resourceGroup ?? null, assignmentName: s.assignmentName.toLowerCase() })),
      authorizations: [...d.authorizations.filter((a) => !a.eligible), ...d.authorizations.filter((a) => a.eligible)].map(normalizeAuthorization),
    }))
    .sort((a, b) => (a.subscriptionId + a.definitionId < b.subscriptionId + b.definitionId ? -1 : 1));
}

function normalizeAuthorization(a: Authorization) {
  return {
    principalId: a.principal.id.toLowerCase(),
    principalDisplayName: a.principal.displayName ?? null,
    roleId: a.role.id.toLowerCase(),
    // No format has delegated roles on an eligible authorization (LH106 reports such input), so none survive.
    delegatedRoleIds: a.eligible ? [] : a.delegatedRoles.map((r) => r.id.toLowerCase()),
    eligible: a.eligible
      ? {
        maximumActivationDuration: a.eligible.maximumActivationDuration,
        requireMfa: a.eligible.requireMfa,
        approvers: a.eligible.approvers.map((p) => ({ id: p.id.toLowerCase(), displayName: p.displayName ?? null })),
      }
      : null,
  };
}
