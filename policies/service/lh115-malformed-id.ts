import { isGuid } from '../../lib/model/guid';
import { SourceLocation } from '../../lib/model/location';
import { Customer, DelegatedScope, Delegation } from '../../lib/model/plan';
import { describePrincipal, roleText, where } from '../../lib/policy/describe';
import { perAuthorizationList } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';

const SCOPE_ID = /^\/subscriptions\/([^/]*)(?:\/resourceGroups\/([^/]+))?$/i;
/** Resource group names: 1-90 letters, digits, '-', '_', '.', '(', ')', not ending in '.'. */
const RESOURCE_GROUP = /^[-\p{L}\p{N}_.()]{0,89}[-\p{L}\p{N}_()]$/u;

/**
 * Ids that are not GUIDs (managing and customer tenant, subscription, definition, principal, approver, role,
 * delegated role) and scope ids that are not `/subscriptions/<guid>[/resourceGroups/<name>]` in the
 * delegation's subscription. The all-zero GUID is well-formed but never a real tenant, principal, role or
 * subscription: Microsoft's sample parameter files use it as a placeholder, so it is reported too.
 * An empty customer tenant, subscription or definition id means "unknown" (an imported ARM template is deployed to a
 * subscription chosen at deploy time) and is not reported.
 */
export const LH115_MalformedId: Rule = {
  id: 'LH115',
  pack: 'service',
  title: 'An id that is not a GUID or a malformed scope',
  defaultLevel: 'error',
  rationale:
    'managedByTenantId, principalId, roleDefinitionId (a bare role GUID, not a resource id), delegatedRoleDefinitionIds, '
    + 'approver principalIds and the definition and assignment names are GUIDs; the service rejects anything else ("The '
    + 'PrincipalId ... must be a valid Guid"). Placeholders left in a template, such as `<insert managing tenant id>`, are '
    + 'the usual cause. A registration assignment is made at the definition\'s subscription or at a resource group in it, '
    + 'so its scope must be `/subscriptions/<guid>` or `/subscriptions/<guid>/resourceGroups/<name>` of that subscription.',
  fix: 'Replace the value with the object id (GUID) it stands for: the tenant id, the principal\'s object id, the built-in role\'s GUID (`az role definition list --name <role> --query "[].name"`), the subscription id.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/architecture',
  source: 'Azure/azure-resource-manager-schemas schemas/2022-10-01/Microsoft.ManagedServices.json ; azure-docs:articles/lighthouse/concepts/architecture.md@2023-05-10',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const customers = new Map<string, Customer>();
    for (const customer of plan.customers) customers.set(customer.key, customer);
    const managingSource = plan.managingTenant?.source;
    // The managing tenant, and a customer's tenant, repeat from one delegation to the next: the last answer is kept.
    let lastId: string | undefined;
    let lastProblem: string | undefined;
    const problemOf = (id: string): string | undefined => {
      if (id !== lastId) {
        lastId = id;
        lastProblem = idProblem(id);
      }
      return lastProblem;
    };
    // Principal, role, delegated role and approver ids belong to the authorization: judged once per list.
    const withBadIds = perAuthorizationList((list) => list.filter((a) => idProblem(a.principal.id) !== undefined || idProblem(a.role.id) !== undefined
      || a.delegatedRoles.some((role) => idProblem(role.id) !== undefined) || (a.eligible?.approvers ?? []).some((p) => idProblem(p.id) !== undefined)));

    for (const delegation of plan.delegations) {
      // Message parts are built only for a finding: most ids are fine, and this rule sees every one of them.
      const at = () => where(plan, delegation, { offerNamed: true });
      const notGuid = (what: string, value: string, location: SourceLocation | undefined, aspect: string): FindingDraft | undefined => {
        const problem = problemOf(value);
        return problem === undefined ? undefined : {
          message: `${what} ${show(value)} of offer ${delegation.offer} in ${at()} ${problem}`,
          subject: { kind: 'delegation', delegation },
          ...(location && { location }),
          aspect,
        };
      };

      const managingLocation = plan.managingTenant?.id === delegation.managingTenantId ? managingSource : undefined;
      const checks = [
        notGuid('managing tenant id', delegation.managingTenantId, managingLocation, 'managingTenant'),
        delegation.customerTenantId === '' ? undefined : notGuid('customer tenant id', delegation.customerTenantId, customers.get(delegation.customer)?.source, 'customerTenant'),
        delegation.subscriptionId === '' ? undefined : notGuid('subscription id', delegation.subscriptionId, undefined, 'subscription'),
        // An input that leaves the definition id to the tool (Terraform generates one: '') has nothing to check.
        delegation.definitionId === '' ? undefined : notGuid('registration definition id', delegation.definitionId, undefined, 'definition'),
      ];
      for (const draft of checks) if (draft) yield draft;

      for (const authorization of withBadIds(delegation)) {
        const grant = () => `the ${authorization.eligible ? 'eligible ' : ''}${roleText(authorization.role)} authorization of ${describePrincipal(authorization.principal)} in ${where(plan, delegation)}`;
        const subject = { kind: 'authorization', delegation, authorization } as const;
        const principalProblem = idProblem(authorization.principal.id);
        if (principalProblem) {
          yield { message: `principal id ${show(authorization.principal.id)} of ${grant()} ${principalProblem}`, subject, aspect: 'principalId' };
        }
        const roleProblem = idProblem(authorization.role.id);
        if (roleProblem) {
          yield {
            message: `role id ${show(authorization.role.id)} of ${grant()} ${roleProblem} (roleDefinitionId takes the bare role GUID)`,
            subject, location: authorization.role.source, aspect: 'roleId',
          };
        }
        for (const delegatedRole of authorization.delegatedRoles) {
          const problem = idProblem(delegatedRole.id);
          if (!problem) continue;
          yield { message: `delegated role id ${show(delegatedRole.id)} of ${grant()} ${problem}`, subject: { ...subject, delegatedRole } };
        }
        for (const approver of authorization.eligible?.approvers ?? []) {
          const problem = idProblem(approver.id);
          if (!problem) continue;
          yield {
            message: `approver ${describePrincipal(approver)} id ${show(approver.id)} of ${grant()} ${problem}`,
            subject: { ...subject, approver }, location: authorization.source,
          };
        }
      }

      for (const scope of delegation.scopes) {
        const problem = scopeProblem(scope, delegation);
        if (!problem) continue;
        yield { message: `scope ${show(scope.id)} of offer ${delegation.offer} in ${at()} ${problem}`, subject: { kind: 'delegation', delegation, scope } };
      }
    }
  },
};

const NIL_GUID = '00000000-0000-0000-0000-000000000000';

/** Why an id is unusable, or undefined when it is a GUID that can stand for a real object. */
function idProblem(value: string): string | undefined {
  if (!isGuid(value)) return 'is not a GUID';
  if (value === NIL_GUID) return 'is the all-zero GUID, a placeholder rather than a real id';
  return undefined;
}

function show(value: string): string {
  return JSON.stringify(value);
}

function scopeProblem(scope: DelegatedScope, delegation: Delegation): string | undefined {
  const shape = 'is not /subscriptions/<guid> or /subscriptions/<guid>/resourceGroups/<name>';
  const match = SCOPE_ID.exec(scope.id);
  if (!match) return shape;
  const [, subscription, resourceGroup] = match;
  // An unknown subscription ('') cannot be compared; one that is not a GUID is reported once, as the
  // subscription id, not again per scope.
  if (delegation.subscriptionId === '') return resourceGroup !== undefined && !RESOURCE_GROUP.test(resourceGroup) ? `names resource group ${JSON.stringify(resourceGroup)}, which is not a valid resource group name` : undefined;
  if (isGuid(delegation.subscriptionId) && subscription.toLowerCase() !== delegation.subscriptionId.toLowerCase()) {
    return `is not in the delegation's subscription ${delegation.subscriptionId}: assignments are made at the definition's subscription or its resource groups`;
  }
  if (resourceGroup !== undefined && !RESOURCE_GROUP.test(resourceGroup)) {
    return `names resource group ${JSON.stringify(resourceGroup)}, which is not a valid resource group name`;
  }
  return undefined;
}
