import { Authorization, isEligible } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { resolveRoleIds, rolesParameter } from '../../lib/policy/parameters';
import { authorizationsWhere } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { WELL_KNOWN_ROLES } from '../../lib/roles/restricted-actions';


/** LH203's parameter: the organisation's privileged roles, besides Contributor. */
export const MUST_BE_ELIGIBLE_ROLES = rolesParameter('mustBeEligibleRoles',
  'Roles (names or GUIDs) that must be granted just in time, in addition to Contributor.');

/** Roles the service refuses in an eligible authorization (azure-docs:articles/lighthouse/how-to/create-eligible-authorizations.md): suggesting "make it eligible" would be wrong. */
const NEVER_ELIGIBLE = new Set<string>([WELL_KNOWN_ROLES.userAccessAdministrator, WELL_KNOWN_ROLES.owner]);

/**
 * LH203: Contributor, and every role the policy lists in `mustBeEligibleRoles`, should be granted just in
 * time (eligible) rather than permanently. Service principals cannot be eligible: for them the finding
 * asks for a narrower role instead, and for a principal of unknown type it gives both pieces of advice.
 */
export const LH203_PrivilegedRoleNotEligible: Rule = {
  id: 'LH203',
  pack: 'best-practice',
  title: 'A privileged role granted permanently instead of eligible',
  defaultLevel: 'warning',
  rationale:
    'A permanent (active) authorization is standing access: whoever controls the principal can use the role on the customer at any time. Eligible (just-in-time) authorizations through PIM grant it only for a limited activation, with MFA and optional approval, which minimises standing privileged access.',
  fix: 'Move the authorization under `eligible:` (with requireMfa and, for sensitive roles, approvers) and keep a permanent Reader for the same principal; for a service principal, which cannot be eligible, grant the narrowest built-in role the automation needs instead.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/recommended-security-practices',
  source: 'azure-docs:articles/lighthouse/concepts/recommended-security-practices.md@2022-11-28',
  parameters: [MUST_BE_ELIGIBLE_ROLES],
  *check({ plan, roles, parameter }: RuleContext): Iterable<FindingDraft> {
    const privileged = resolveRoleIds(parameter(MUST_BE_ELIGIBLE_ROLES), roles);
    privileged.add(WELL_KNOWN_ROLES.contributor);
    const flagged = (authorization: Authorization) => !isEligible(authorization) && privileged.has(authorization.role.id.toLowerCase());
    for (const { delegation, authorization } of authorizationsWhere(plan, flagged)) {
      const roleId = authorization.role.id.toLowerCase();
      const principal = authorization.principal;
      const at = `in ${where(plan, delegation)}`;
      const role = roleText(authorization.role);
      let message: string;
      if (principal.type === 'servicePrincipal') {
        message = `${role} is granted permanently to service principal ${describePrincipal(principal)} ${at}: service principals cannot be eligible, so narrow it to the least-privileged role the automation needs`;
      } else if (NEVER_ELIGIBLE.has(roleId)) {
        message = `${role} is granted permanently to ${describePrincipal(principal)} ${at}: Azure Lighthouse does not accept this role as eligible, so narrow it to the least-privileged role that is needed`;
      } else if (principal.type === undefined) {
        // The advice depends on the type, which the input does not say (LH210): both cases, instead of a guess.
        message = `${role} is granted permanently to ${describePrincipal(principal)} ${at}: make it an eligible (just-in-time) authorization so that nobody holds it standing; `
          + 'if the principal is a service principal (its type is unknown, LH210), which cannot be eligible, narrow it to the least-privileged role the automation needs instead';
      } else {
        message = `${role} is granted permanently to ${describePrincipal(principal)} ${at}: make it an eligible (just-in-time) authorization so that nobody holds it standing`;
      }
      yield { message, subject: { kind: 'authorization', delegation, authorization } };
    }
  },
};
