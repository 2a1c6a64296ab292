/**
 * The JSON shapes ARM export writes. Only what this emitter produces is typed; values that may be ARM
 * expressions (strings starting with `[`) are typed as the value they evaluate to or `string`.
 */

/** The JSON values a template or parameters file holds. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

export interface ArmParameterDeclaration {
  readonly type: 'string' | 'array' | 'object';
  readonly metadata: { readonly description: string };
}

export interface ArmOutput {
  readonly type: 'string' | 'array' | 'object';
  readonly value: JsonValue;
}

/** A resource in a template: `type`, `apiVersion`, `name` first, the rest as the resource type needs. */
export interface ArmResource extends JsonObject {
  readonly type: string;
  readonly apiVersion: string;
  readonly name: string;
}

/** What `metadata["lighthouse-iac"]` records: what ARM cannot carry, so that an import restores the Plan exactly. */
export interface LighthouseIacMetadata {
  /** lighthouse-iac version that wrote the template. */
  readonly version: string;
  /** Customer key in the manifest. */
  readonly customer: string;
  readonly customerDisplayName: string;
  /** `''` when the Plan does not know it (an imported template). */
  readonly customerTenantId: string;
  /** `''` when the Plan does not know it (an imported template). */
  readonly subscriptionId: string;
  /** One per registration definition in the template, in template order. */
  readonly delegations: readonly { readonly offer: string; readonly definitionId: string }[];
}

export interface ArmTemplate {
  readonly $schema: string;
  readonly contentVersion: string;
  readonly metadata: { readonly 'lighthouse-iac': LighthouseIacMetadata };
  readonly parameters: { readonly [name: string]: ArmParameterDeclaration };
  readonly resources: readonly ArmResource[];
  readonly outputs: { readonly [name: string]: ArmOutput };
}

export interface ArmParametersFile {
  readonly $schema: string;
  readonly contentVersion: string;
  readonly parameters: { readonly [name: string]: { readonly value: JsonValue } };
}

/** One subscription-level deployment: everything one customer subscription receives, in one template. */
export interface ArmDeployment {
  /** Customer key. */
  readonly customer: string;
  readonly customerDisplayName: string;
  /** `''` when the Plan does not know it. */
  readonly customerTenantId: string;
  /** `''` when the Plan does not know it. */
  readonly subscriptionId: string;
  /** Directory under the output directory: the sanitized customer key. */
  readonly directory: string;
  /** File name without extension: `<fileBase>.json`, `<fileBase>.parameters.json`. */
  readonly fileBase: string;
  /** Deterministic `--name` / `-Name` of the subscription deployment the README's commands run. */
  readonly deploymentName: string;
  readonly template: ArmTemplate;
  readonly parameters: ArmParametersFile;
  /** This subscription's section of the customer's README.md (what it onboards, how to deploy it). */
  readonly readme: string;
}
