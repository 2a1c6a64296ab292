import { Plan } from '../../../lib/model/plan';

/**
 * A manifest Plan as Terraform can carry it: `authorization` and `eligible_authorization` are separate
 * blocks, so a manifest's interleaved order comes back as active ones first, then eligible ones (each in
 * their order); eligible authorizations have no delegated roles in the API, so synth drops them.
 */
export function canonicalForTerraform(plan: Plan): Plan {
  return {
    ...plan,
    delegations: plan.delegations.map((d) => ({
      ...d,
      authorizations: [
        ...d.authorizations.filter((a) => !a.eligible),
        ...d.authorizations.filter((a) => a.eligible).map((a) => ({ ...a, delegatedRoles: [] })),
      ],
    })),
  };
}
