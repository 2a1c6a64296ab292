import { Authorization, Principal } from '../../lib/model/plan';
import { compareStrings, describePrincipal, listNames } from '../../lib/policy/describe';
import { delegationsWithFinds } from '../../lib/policy/plan-walk';
import { FindingDraft, Rule, RuleContext } from '../../lib/policy/rule';
import { SourceLocation } from '../../lib/model/location';

/**
 * LH210 (info): a principal whose type the input does not state (ARM templates, Terraform and the REST API record
 * none; `import` leaves it to the user). The rules that depend on the type stay silent for it, so this says so once
 * per principal instead of passing silently.
 */
export const LH210_PrincipalTypeUnknown: Rule = {
  id: 'LH210',
  pack: 'best-practice',
  title: 'Principal type unknown: type-dependent rules cannot check it',
  defaultLevel: 'info',
  rationale:
    'Some rules depend on whether a principal is a user, a group or a service principal: LH109 (service principals cannot be '
    + 'eligible or approve), LH202 (individual users as principals), LH203 (service principals cannot be made eligible). '
    + 'Registration definitions do not record principal types, so for a principal of unknown type these rules cannot tell '
    + 'and say nothing.',
  fix: 'Give the principal its type in the manifest (`type: group`, `user` or `servicePrincipal`). Look it up with '
    + '`az ad group show --group <object-id>`, `az ad sp show --id <object-id>` or `az ad user show --id <object-id>` '
    + '(in the managing tenant): the command that finds the object id names its type.',
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06 ; specs:ManagedServices/stable/2022-10-01/managedservices.json',
  *check({ plan }: RuleContext): Iterable<FindingDraft> {
    const unknown = new Map<string, { principal: Principal; customers: Set<string>; firstUse?: SourceLocation }>();
    const note = (principal: Principal, customer: string, use: SourceLocation | undefined) => {
      if (principal.type !== undefined) return;
      const id = principal.id.toLowerCase();
      let entry = unknown.get(id);
      if (!entry) unknown.set(id, (entry = { principal, customers: new Set(), ...(use && { firstUse: use }) }));
      entry.customers.add(customer);
    };
    // Only lists that name a principal of unknown type are walked per delegation (imports; manifests have types).
    const untypedIn = (list: readonly Authorization[]) => list.filter((a) => a.principal.type === undefined || (a.eligible?.approvers ?? []).some((p) => p.type === undefined));
    for (const [delegation, untyped] of delegationsWithFinds(plan, untypedIn)) {
      for (const authorization of untyped) {
        note(authorization.principal, delegation.customer, authorization.source);
        for (const approver of authorization.eligible?.approvers ?? []) note(approver, delegation.customer, authorization.source);
      }
    }
    for (const { principal, customers, firstUse } of unknown.values()) {
      const keys = [...customers].sort(compareStrings);
      const location = principal.source ?? firstUse;
      yield {
        message: `The type of principal ${describePrincipal(principal)}${principal.key ? ` (${principal.id})` : ''} is unknown (used in customer${keys.length === 1 ? '' : 's'} ${listNames(keys)}): `
          + 'LH109, LH202 and LH203 cannot check it; set its type (group, user or servicePrincipal)',
        subject: { kind: 'principal', principal, customers: keys },
        ...(location && { location }),
      };
    }
  },
};
