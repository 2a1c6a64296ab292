import { isGuid } from '../model/guid';
import { RoleCatalog } from '../roles/catalog';

/**
 * Role GUIDs (lower-case) for policy parameters that name roles by built-in name or GUID. A GUID the
 * catalog does not know is kept as is (a fresh role may be missing from the snapshot); a name the catalog
 * does not know matches nothing.
 */
export function resolveRoleIds(namesOrIds: readonly string[] | undefined, roles: RoleCatalog): Set<string> {
  const ids = new Set<string>();
  for (const entry of namesOrIds ?? []) {
    if (typeof entry !== 'string') continue;
    const trimmed = entry.trim();
    const role = roles.resolve(trimmed);
    if (role) ids.add(role.id);
    else if (isGuid(trimmed)) ids.add(trimmed.toLowerCase());
  }
  return ids;
}
