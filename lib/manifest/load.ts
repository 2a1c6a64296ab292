import { Plan } from '../model/plan';
import { requireDistinctIdentities } from '../model/plan-identity';
import { RoleCatalog } from '../roles/catalog';
import { resolveManifest } from './resolve';
import { SourceDocument } from '../source/source-document';
import { validateManifest } from './validate';

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
  const manifest = validateManifest(source);
  const plan = resolveManifest(manifest, source, options.roles ?? RoleCatalog.builtIn());
  requireDistinctIdentities(plan);
  return plan;
}
