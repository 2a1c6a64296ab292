import { Plan } from '../../model/plan';
import { RoleCatalog } from '../../roles/catalog';
import { buildManifest } from './build-manifest';
import { renderManifest } from './render-yaml';

export interface ManifestOptions {
  /** The catalog whose names roles are written by; other roles are written as GUIDs. @default RoleCatalog.builtIn() */
  readonly roles?: RoleCatalog;
}

export interface WrittenManifest {
  readonly text: string;
  /** How many `TODO:` comments the text has: values the user must supply before deploying. */
  readonly todos: number;
}

/**
 * A Plan (typically imported from an ARM template, Terraform JSON or az CLI output) as manifest YAML that
 * validates against schema/manifest.schema.json and loads back to an equivalent Plan (same delegations,
 * authorizations, scopes and, when the source's ids are the ones the manifest derives, the same definition
 * and assignment names). Deterministic: same Plan, same bytes.
 */
export function planToManifest(plan: Plan, options: ManifestOptions = {}): string {
  return writeManifest(plan, options).text;
}

export function writeManifest(plan: Plan, options: ManifestOptions = {}): WrittenManifest {
  return renderManifest(buildManifest(plan, options.roles ?? RoleCatalog.builtIn()));
}
