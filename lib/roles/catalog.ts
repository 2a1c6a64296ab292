import { isGuid } from '../model/guid';
import { editDistance } from '../util/closest';
import shipped from './builtin-roles.json';
import { type CatalogData, deriveCatalog } from './derive';
import { readRoleDump } from './read-dump';
import { WELL_KNOWN_ROLES } from './restricted-actions';

export interface BuiltInRole {
  readonly id: string;
  readonly name: string;
  readonly dataActions: boolean;
  readonly notDataActions: boolean;
  /** The restricted Microsoft.Authorization actions the role grants, as spelled in RESTRICTED_AUTHORIZATION_ACTIONS. */
  readonly restrictedActions: readonly string[];
  /** Its actions include the `*` or read-all wildcard, so the role sees everything Reader sees. */
  readonly readsAll: boolean;
}

export interface CatalogSource {
  readonly kind: 'shipped' | 'dump';
  readonly snapshot: string;
  readonly file?: string;
}

let shippedCatalog: RoleCatalog | undefined;

/** The Azure built-in roles a manifest may name, looked up by GUID or display name. */
export class RoleCatalog {
  /** The snapshot committed in builtin-roles.json (regenerate with `npm run roles`). */
  static builtIn(): RoleCatalog {
    shippedCatalog ??= new RoleCatalog(shipped as CatalogData, { kind: 'shipped', snapshot: shipped.snapshot });
    return shippedCatalog;
  }

  /** A catalog from a user's own `az role definition list --output json` output, e.g. for a newer role set. */
  static fromDump(dump: unknown, file: string): RoleCatalog {
    const data = deriveCatalog(dump, file);
    return new RoleCatalog(data, { kind: 'dump', snapshot: data.snapshot, file });
  }

  static fromDumpFile(file: string): RoleCatalog {
    return RoleCatalog.fromDump(readRoleDump(file), file);
  }

  private readonly roles: readonly BuiltInRole[];
  private readonly ids = new Map<string, BuiltInRole>();
  private readonly names = new Map<string, BuiltInRole>();

  private constructor(data: CatalogData, readonly source: CatalogSource) {
    this.roles = Object.freeze(
      data.roles.map((entry) =>
        Object.freeze({
          id: entry.id,
          name: entry.name,
          dataActions: entry.dataActions === true,
          notDataActions: entry.notDataActions === true,
          restrictedActions: Object.freeze([...(entry.restrictedActions ?? [])]),
          readsAll: entry.readsAll === true,
        }),
      ),
    );
    for (const role of this.roles) {
      this.ids.set(role.id, role);
      const key = normalizeName(role.name);
      // Built-in display names are unique today; should two ever collide, the lower GUID wins, deterministically.
      if (!this.names.has(key)) this.names.set(key, role);
    }
  }

  /**
   * The catalog as messages cite it: `the role catalog of 2026-08-20` (shipped), `the role dump roles.json of
   * 2026-08-20` (--roles; the date is its newest `updatedOn`), `the role dump roles.json (no updatedOn dates)`.
   */
  get description(): string {
    if (this.source.kind === 'shipped') return `the role catalog of ${this.source.snapshot}`;
    const dump = `the role dump ${this.source.file ?? '(--roles)'}`;
    return this.source.snapshot === 'unknown' ? `${dump} (no updatedOn dates)` : `${dump} of ${this.source.snapshot}`;
  }

  get size(): number {
    return this.roles.length;
  }

  all(): readonly BuiltInRole[] {
    return this.roles;
  }

  byId(guid: string): BuiltInRole | undefined {
    return this.ids.get(guid.trim().toLowerCase());
  }

  byName(name: string): BuiltInRole | undefined {
    return this.names.get(normalizeName(name));
  }

  resolve(nameOrId: string): BuiltInRole | undefined {
    return isGuid(nameOrId.trim()) ? this.byId(nameOrId) : this.byName(nameOrId);
  }

  /**
   * Built-in names closest to an unknown one, best first: near-exact typos (at most one edit per six
   * characters), then names containing the input or whose words start with its words (`log analytics contrib`),
   * then looser typos (up to a third of the length). Near-exact typos lead because a partial match can be a
   * longer role that happens to share the misspelling: `Contributer` is part of "Healthcare Agent Contributer".
   * Within each group, edit distance then name decides.
   */
  suggest(name: string, max = 3): string[] {
    const wanted = normalizeName(name);
    if (wanted === '') return [];
    const wantedWords = wanted.split(' ');
    const closeTypo = Math.max(1, Math.floor(wanted.length / 6));
    const scored: Array<{ rank: number; distance: number; name: string }> = [];
    for (const [candidate, role] of this.names) {
      const distance = editDistance(wanted, candidate);
      const words = candidate.split(' ');
      const partial = candidate.includes(wanted) || wantedWords.every((w) => words.some((word) => word.startsWith(w)));
      const looseTypo = Math.max(2, Math.floor(Math.max(wanted.length, candidate.length) / 3));
      const rank = distance <= closeTypo ? 0 : partial ? 1 : distance <= looseTypo ? 2 : undefined;
      if (rank !== undefined) scored.push({ rank, distance, name: role.name });
    }
    scored.sort((a, b) => a.rank - b.rank || a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return scored.slice(0, max).map((s) => s.name);
  }

  /**
   * Whether Lighthouse accepts the role in an authorization (azure-docs:articles/lighthouse/concepts/tenants-users-roles.md). User Access Administrator
   * counts as allowed although it grants `Microsoft.Authorization/*`: it is accepted with delegatedRoleDefinitionIds,
   * which the manifest rules check separately.
   */
  isAllowedForLighthouse(role: BuiltInRole): boolean {
    if (role.id === WELL_KNOWN_ROLES.owner) return false;
    if (role.dataActions || role.notDataActions) return false;
    return role.restrictedActions.length === 0 || role.id === WELL_KNOWN_ROLES.userAccessAdministrator;
  }
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
