import { isGuid } from '../model/guid';
import { registrationDefinitionGuid } from '../model/ids';
import { Authorization, Delegation, Principal, RoleRef } from '../model/plan';
import { DEFAULT_MAX_ACTIVATION, DEFAULT_REQUIRE_MFA, delegatedScopes } from '../model/scopes';
import { RoleCatalog } from '../roles/catalog';
import type { TerraformProvider } from './cdk';

/** A managing-tenant principal that approves just-in-time activations. */
export interface DelegationApprover {
  /** Object id in the managing tenant. */
  readonly principalId: string;
  /** @default - none (the portal shows the object id) */
  readonly principalDisplayName?: string;
}

/** Makes an authorization eligible (just-in-time, PIM) instead of active (permanent). */
export interface EligibleSettings {
  /** ISO 8601 duration, PT30M..PT8H. @default 'PT8H' */
  readonly maximumActivationDuration?: string;
  /** Activation requires Azure MFA. @default true */
  readonly requireMfa?: boolean;
  /** @default - no approval needed */
  readonly approvers?: readonly DelegationApprover[];
}

export interface DelegationAuthorization {
  /** Object id of a user, group or service principal in the managing tenant. */
  readonly principalId: string;
  /** @default - none (the portal shows the object id) */
  readonly principalDisplayName?: string;
  /** Built-in role display name (`Contributor`) or role definition GUID. */
  readonly role: string;
  /** Roles a User Access Administrator may assign (names or GUIDs). @default - none */
  readonly delegatedRoles?: readonly string[];
  /** @default - an active (permanent) authorization */
  readonly eligible?: EligibleSettings;
}

/** Marketplace plan of a published Managed Service offer. */
export interface DelegationPlan {
  readonly name: string;
  readonly publisher: string;
  readonly product: string;
  readonly version: string;
}

export interface LighthouseDelegationProps {
  /** The MSP's Entra tenant (`managedByTenantId`). */
  readonly managingTenantId: string;
  /** The customer subscription the registration definition lives in. */
  readonly subscriptionId: string;
  /** `registrationDefinitionName`: the offer title the customer sees. */
  readonly name: string;
  /** @default - none */
  readonly description?: string;
  /** Active and eligible authorizations, emitted in this order. */
  readonly authorizations: readonly DelegationAuthorization[];
  /** Resource groups of the subscription to delegate, one assignment each. @default - the whole subscription is delegated */
  readonly resourceGroups?: readonly string[];
  /** @default - none (a private offer / template onboarding) */
  readonly plan?: DelegationPlan;
  /**
   * Registration definition GUID. The default derives from the construct id, a stable key like a manifest's offer
   * key, so that renaming `name` keeps the GUID and the assignment names derived from it (the azurerm provider
   * still replaces the definition resource on a `name` change: ForceNew); changing the id, the tenants or the
   * subscription gives a new one. Up to 0.1.0 the default derived from `name`: see README, "Upgrading".
   * @default registrationDefinitionGuid(managingTenantId, customerTenantId, subscriptionId, <construct id>)
   */
  readonly definitionId?: string;
  /**
   * A whole-subscription delegation: the registration assignment name to keep (one already deployed), instead of the
   * one derived from the definition id and the scope. @default - derived
   */
  readonly assignmentName?: string;
  /**
   * A resource-group delegation: registration assignment names to keep, by resource group (each in `resourceGroups`).
   * @default - derived for every group
   */
  readonly assignmentNames?: { readonly [resourceGroup: string]: string };
  /** @default - the tenantId of the enclosing CustomerStack (required outside one) */
  readonly customerTenantId?: string;
  /** @default - the enclosing CustomerStack's provider for this subscription, else the stack's default azurerm provider */
  readonly provider?: TerraformProvider;
  /** Resolves role names. @default RoleCatalog.builtIn() */
  readonly roles?: RoleCatalog;
}

/** Where a delegation's props are normalized: what normalizeProps needs of the construct and its stack. */
export interface DelegationContext {
  /** The construct id: plays the offer key's part (the offer in findings, the derived definition GUID). */
  readonly id: string;
  /** The construct path, for messages. @default id */
  readonly path?: string;
  /** The enclosing CustomerStack: its id is the customer key, its tenant the customer tenant. @default - none */
  readonly customerStack?: { readonly id: string; readonly tenantId: string };
}

/**
 * Props -> the Plan's Delegation shape: GUIDs lower-cased, roles resolved, defaults applied, scopes and
 * names derived. Collects every problem and throws them together, each with the bad value and the fix.
 * Pure: the same props and context give the same Delegation, with no construct or stack needed.
 */
export function normalizeProps(props: LighthouseDelegationProps, context: DelegationContext): Delegation {
  const problems: string[] = [];
  const problem = (what: string, fix: string) => problems.push(`${what}\n  fix: ${fix}`);
  const guid = (value: unknown, path: string, what: string): string => {
    if (isGuid(value)) return value.toLowerCase();
    problem(`${path} ${JSON.stringify(value)} is not a GUID.`, `use the ${what}, e.g. "00000000-0000-0000-0000-000000000000".`);
    return String(value);
  };
  let catalog: RoleCatalog | undefined;
  const role = (value: unknown, path: string): RoleRef => {
    if (typeof value !== 'string' || value.trim() === '') {
      problem(`${path} ${JSON.stringify(value)} is not a role.`, 'use a built-in role name such as "Reader" or a role definition GUID.');
      return { id: String(value) };
    }
    catalog ??= props.roles ?? RoleCatalog.builtIn();
    const found = catalog.resolve(value);
    if (found) return { id: found.id, name: found.name };
    if (isGuid(value.trim())) return { id: value.trim().toLowerCase() }; // not a known built-in: the policy layer judges it
    const suggestions = catalog.suggest(value);
    problem(
      `${path} "${value}" is not a built-in role name.`,
      suggestions.length > 0
        ? `did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}? Or give the role definition GUID.`
        : 'use the exact display name of an Azure built-in role, or its role definition GUID.',
    );
    return { id: value };
  };
  const text = (value: unknown, path: string, fix: string): string => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    problem(`${path} ${JSON.stringify(value)} is empty.`, fix);
    return String(value ?? '');
  };
  const principal = (id: unknown, displayName: string | undefined, path: string): Principal => ({
    id: guid(id, `${path}.principalId`, 'object id of the principal in the managing tenant'),
    displayName,
  });

  const stack = context.customerStack;
  const managingTenantId = guid(props.managingTenantId, 'managingTenantId', "managing (MSP) tenant's id");
  const subscriptionId = guid(props.subscriptionId, 'subscriptionId', 'customer subscription id');
  const name = text(props.name, 'name', 'give the offer title the customer sees (registrationDefinitionName).');
  let customerTenantId = '';
  if (props.customerTenantId !== undefined) {
    customerTenantId = guid(props.customerTenantId, 'customerTenantId', "customer's tenant id");
    if (stack && isGuid(props.customerTenantId) && customerTenantId !== stack.tenantId) {
      problem(
        `customerTenantId "${props.customerTenantId}" differs from the tenantId "${stack.tenantId}" of the enclosing CustomerStack '${stack.id}'.`,
        'omit customerTenantId inside a CustomerStack, or put the delegation in the stack of that tenant.',
      );
    }
  } else if (stack) {
    customerTenantId = stack.tenantId;
  } else {
    problem('customerTenantId is missing and the delegation is not inside a CustomerStack.', 'pass customerTenantId, or create the delegation in a CustomerStack.');
  }

  if (!Array.isArray(props.authorizations) || props.authorizations.length === 0) {
    problem(`authorizations ${JSON.stringify(props.authorizations)} is empty.`, 'give at least one authorization: { principalId, role }.');
  }
  const authorizations: Authorization[] = (props.authorizations ?? []).map((a, i) => {
    const path = `authorizations[${i}]`;
    const eligible = a.eligible && {
      maximumActivationDuration: a.eligible.maximumActivationDuration ?? DEFAULT_MAX_ACTIVATION,
      requireMfa: a.eligible.requireMfa ?? DEFAULT_REQUIRE_MFA,
      approvers: (a.eligible.approvers ?? []).map((p, j) => principal(p.principalId, p.principalDisplayName, `${path}.eligible.approvers[${j}]`)),
    };
    return {
      principal: principal(a.principalId, a.principalDisplayName, path),
      role: role(a.role, `${path}.role`),
      delegatedRoles: (a.delegatedRoles ?? []).map((r, j) => role(r, `${path}.delegatedRoles[${j}]`)),
      ...(eligible ? { eligible } : {}),
    };
  });

  const definitionId = props.definitionId === undefined
    ? registrationDefinitionGuid(managingTenantId, customerTenantId, subscriptionId, context.id)
    : guid(props.definitionId, 'definitionId', 'registration definition GUID (or omit it for a derived one)');
  checkResourceGroups(props.resourceGroups, problem);
  const kept = keptAssignmentNames(props, guid, problem);
  const scopes = delegatedScopes(subscriptionId, definitionId, props.resourceGroups?.map(String), kept);
  const plan = props.plan && {
    name: text(props.plan.name, 'plan.name', 'give the Marketplace plan id.'),
    publisher: text(props.plan.publisher, 'plan.publisher', 'give the Marketplace publisher id.'),
    product: text(props.plan.product, 'plan.product', 'give the Marketplace offer id (product code).'),
    version: text(props.plan.version, 'plan.version', 'give the plan version, e.g. "1.0.0".'),
  };

  if (problems.length > 0) {
    throw new Error(`LighthouseDelegation '${context.path ?? context.id}': ${problems.join('\n')}`);
  }
  return {
    customer: stack?.id ?? customerTenantId,
    // A direct-use delegation has no manifest offer: its construct id plays the offer key's part.
    offer: context.id,
    authorizationSets: [],
    managingTenantId,
    customerTenantId,
    subscriptionId,
    name,
    ...(props.description !== undefined ? { description: props.description } : {}),
    definitionId,
    authorizations,
    ...(plan ? { plan } : {}),
    scopes,
  };
}

/** Kept assignment names by lower-cased resource group ('' for the subscription), as the manifest takes them. */
function keptAssignmentNames(props: LighthouseDelegationProps, guid: (value: unknown, path: string, what: string) => string,
  problem: (what: string, fix: string) => void): Map<string, string> {
  const kept = new Map<string, string>();
  const groups = props.resourceGroups;
  if (props.assignmentName !== undefined) {
    if (groups !== undefined) problem('assignmentName is for a whole-subscription delegation, but resourceGroups is given.', 'name each group\'s assignment in assignmentNames instead.');
    kept.set('', guid(props.assignmentName, 'assignmentName', 'registration assignment GUID (or omit it for a derived one)'));
  }
  if (props.assignmentNames !== undefined) {
    const listed = new Set((groups ?? []).map((g) => String(g).toLowerCase()));
    for (const [group, name] of Object.entries(props.assignmentNames)) {
      if (!listed.has(group.toLowerCase())) {
        problem(`assignmentNames names resource group "${group}", which is not in resourceGroups.`, 'name only the assignments of groups listed in resourceGroups.');
      }
      kept.set(group.toLowerCase(), guid(name, `assignmentNames["${group}"]`, 'registration assignment GUID'));
    }
  }
  return kept;
}

/** Resource group names must be bare, non-empty and listed once (Azure compares them case-insensitively). */
function checkResourceGroups(resourceGroups: readonly string[] | undefined, problem: (what: string, fix: string) => void): void {
  if (resourceGroups === undefined) return;
  if (resourceGroups.length === 0) {
    problem('resourceGroups is an empty list.', 'list at least one resource group, or omit resourceGroups to delegate the whole subscription.');
  }
  const seen = new Map<string, number>();
  resourceGroups.forEach((rg, i) => {
    if (typeof rg !== 'string' || rg.trim() === '' || rg.includes('/')) {
      problem(`resourceGroups[${i}] ${JSON.stringify(rg)} is not a resource group name.`, 'give the bare name of a resource group in the subscription, e.g. "rg-app".');
    } else if (seen.has(rg.toLowerCase())) {
      problem(`resourceGroups[${i}] "${rg}" repeats resourceGroups[${seen.get(rg.toLowerCase())}] (resource group names ignore case).`, 'list each resource group once.');
    } else {
      seen.set(rg.toLowerCase(), i);
    }
  });
}
