import { SourceLocation } from '../../model/location';
import { Authorization, DelegatedScope, Delegation, Plan } from '../../model/plan';
import { ImportOptions } from '../types';
import { ExpressionMode } from './attribute-reader';
import { NotKnown } from './lighthouse-resources';

export type { ExpressionMode } from './attribute-reader';
export type { NotKnown } from './lighthouse-resources';

/** The resource a Plan element was read from. */
export interface ResourceOrigin {
  /** Terraform address, e.g. `azurerm_lighthouse_definition.ops_definition`. */
  readonly address: string;
  /** The cdktf construct path (`"//": { "metadata": { "path": ... } }`), when the configuration records one. */
  readonly constructPath?: string;
}

/** A resource left out as a whole (`unknown` mode only). */
export interface LeftOutResource extends ResourceOrigin {
  /** Why, as the `error` mode's InputError would say it. */
  readonly problem: string;
  readonly location: SourceLocation;
}

/**
 * How to read a configuration. The one error policy: input that is wrong (a definition at a resource group, an
 * id that is not a registration definition id, two clouds, a duplicate resource) is an InputError in both modes.
 * The modes differ only in what only Terraform can resolve:
 * - `error` (the CLI's import): an expression, instances to expand (`for_each`, `dynamic`, `count` other than
 *   0/1) and a definition the document does not have are InputErrors pointing to `terraform show -json`, and a
 *   configuration without definitions is an error;
 * - `unknown` (the cdktf Aspect, reading a stack's `toTerraform()`): they are unknowns. An authorization with an
 *   expression in its principal, role, delegated roles or just-in-time policy is left out; the managing tenant
 *   and the subscription (`scope`) are read as ''; a `plan` block with an expression is left out; an assignment
 *   whose scope is an expression is left out of its delegation (all of these are `notKnownOf(delegation)`).
 *   A definition id or assignment name that is an expression is '', as when omitted (Terraform picks one); a
 *   provider `tenant_id` expression is the unknown customer tenant '' (or `customerTenant`); an `environment`
 *   expression reads as AzureCloud (noted); names, descriptions and display names are kept as written. An
 *   assignment whose definition is not in the document, and a resource with instances to expand, are `leftOut`;
 *   a configuration without definitions is a Plan without delegations.
 */
export interface ConfigurationReadOptions extends ImportOptions {
  /** @default 'error' */
  readonly expressions?: ExpressionMode;
  /**
   * Reads only the `azurerm_lighthouse_*` resources this accepts (the Aspect: those inside the checked
   * constructs); the others are skipped as if absent. @default - every resource
   */
  readonly include?: (resource: ResourceOrigin) => boolean;
}

/** A configuration's Plan with what the Plan itself does not carry. */
export interface ConfigurationReading {
  readonly plan: Plan;
  /** The resource a Delegation, Authorization or DelegatedScope of `plan` was read from. */
  originOf(element: Delegation | Authorization | DelegatedScope): ResourceOrigin | undefined;
  /** What was left out of a delegation of `plan`, or read as unknown (`unknown` mode; empty otherwise). */
  notKnownOf(delegation: Delegation): readonly NotKnown[];
  /** Resources left out as a whole (`unknown` mode; empty otherwise). */
  readonly leftOut: readonly LeftOutResource[];
}
