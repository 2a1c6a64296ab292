import { deriveAuthorizationSets } from '../../../lib/model/authorization-sets';
import { Authorization, Plan, Principal } from '../../../lib/model/plan';

/**
 * A Plan as an importer (ARM, Terraform JSON, az CLI) gives it: no principal keys or types, authorization sets
 * derived from the delegations (lib/model/authorization-sets, as every importer derives them), principals listed by
 * object id; suppressions name principals by object id.
 */
export function asImported(plan: Plan): Plan {
  const principal = ({ key: _key, type: _type, source: _source, ...rest }: Principal): Principal => rest;
  const authorization = ({ authorizationSet: _set, ...a }: Authorization): Authorization => ({
    ...a,
    principal: principal(a.principal),
    ...(a.eligible && { eligible: { ...a.eligible, approvers: a.eligible.approvers.map(principal) } }),
  });
  const ids = new Map(plan.principals.map((p) => [p.key, p.id]));
  const { delegations, offers, authorizationSets } = deriveAuthorizationSets(
    plan.delegations.map(({ authorizationSets: _sets, ...d }) => ({ ...d, authorizations: d.authorizations.map(authorization) })),
    plan.offers.map((o) => ({ ...o, authorizationSets: [] })),
  );
  return {
    ...plan,
    principals: plan.principals.map(principal),
    offers,
    authorizationSets,
    delegations,
    suppressions: plan.suppressions.map((s) => ({ ...s, ...(s.principal !== undefined && { principal: ids.get(s.principal) ?? s.principal }) })),
  };
}
