import { Plan } from '../model/plan';
import { requireDistinctIdentities } from '../model/plan-identity';
import { RoleCatalog } from '../roles/catalog';
import { resolveManifest } from './resolve';
import { SourceDocument } from '../source/source-document';
import { manifestSchemaProblems } from './validate';
import { ValidParts } from '../source/valid-parts';
import { InputError, InputErrors, MAX_KEPT_ERRORS } from '../model/errors';
import { LighthouseManifest } from './generated/manifest-types';

export interface LoadOptions {
  /**
   * Role catalog that role names and GUIDs resolve against.
   * @default RoleCatalog.builtIn() — the snapshot shipped with this package
   */
  readonly roles?: RoleCatalog;
}

/**
 * Reads, validates and resolves a manifest (YAML or JSON) into a Plan. Throws InputError / InputErrors
 * naming file, line, column and JSON path for anything the user must fix. Never loads cdktf.
 */
export function loadManifest(file: string, options: LoadOptions = {}): Plan {
  return planFromSource(SourceDocument.read(file), options);
}

/** Same as loadManifest, from text already in memory (`file` is used in locations only). */
export function loadManifestText(text: string, file: string, options: LoadOptions = {}): Plan {
  return planFromSource(SourceDocument.parse(text, file), options);
}

function planFromSource(source: SourceDocument, options: LoadOptions): Plan {
  const plan = resolveManifestSource(source, options.roles ?? RoleCatalog.builtIn());
  requireDistinctIdentities(plan);
  return plan;
}

/**
 * A parsed manifest as a Plan: schema validation, then reference resolution. Both kinds of error come in one run:
 * when the schema rejects parts of the file, the rest is still resolved, so an unknown principal, role, set or offer
 * is reported with the schema errors instead of after they are fixed. (A file with more schema errors than are kept
 * gets those only: its structure is too broken for the references to mean much.)
 */
export function resolveManifestSource(source: SourceDocument, roles: RoleCatalog): Plan {
  const { errors, invalidPaths } = manifestSchemaProblems(source);
  if (errors.length === 0) return resolveManifest(source.data as LighthouseManifest, source, roles);
  const references: InputError[] = [];
  if (errors.length <= MAX_KEPT_ERRORS && isMapping(source.data)) {
    try {
      resolveManifest(source.data as LighthouseManifest, source, roles, new ValidParts(invalidPaths));
    } catch (error) {
      if (error instanceof InputErrors) references.push(...error.errors);
      else if (error instanceof InputError) references.push(error);
      else throw error;
    }
  }
  throw InputErrors.inFileOrder([...errors, ...references]);
}

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}
