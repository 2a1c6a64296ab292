import type { IConstruct, ResourceProviderRegistration, TerraformProvider } from './cdk';

/**
 * What a LighthouseDelegation reads from its enclosing CustomerStack: apart from customer-stack.ts, so that the
 * stack (which creates delegations) and the delegation (which asks its stack for tenant and providers) do not
 * import each other.
 */
export interface CustomerScope extends IConstruct {
  /** The customer's Entra tenant, lower-case. */
  readonly tenantId: string;
  /** Customer name for people. */
  readonly displayName: string;
  /** The azurerm provider for one subscription. */
  providerFor(subscriptionId: string): TerraformProvider;
  /** The `Microsoft.ManagedServices` registration of a subscription, when the stack registers the resource provider. */
  resourceProviderRegistrationFor(subscriptionId: string): ResourceProviderRegistration | undefined;
}

/** Marks a CustomerStack; a symbol, not instanceof, so that two copies of this library still recognize each other. */
export const CUSTOMER_STACK = Symbol.for('lighthouse-iac/CustomerStack');

export function isCustomerScope(x: unknown): x is CustomerScope {
  return typeof x === 'object' && x !== null && CUSTOMER_STACK in x;
}

/** The CustomerStack `construct` is in (or is), or undefined when there is none. */
export function enclosingCustomerScope(construct: IConstruct): CustomerScope | undefined {
  for (let node: IConstruct | undefined = construct; node; node = node.node.scope) {
    if (isCustomerScope(node)) return node;
  }
  return undefined;
}
