import { InputError } from '../model/errors';
import { isGuid } from '../model/guid';
import { formatJsonPath } from '../model/location';
import { isObject } from '../util/json-object';
import { RESTRICTED_AUTHORIZATION_ACTIONS } from './restricted-actions';

/**
 * One role as stored in builtin-roles.json. False flags and an empty restrictedActions list are left out:
 * most roles have neither, and omitting them keeps the committed file near 95 KB instead of 165 KB.
 */
export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly dataActions?: true;
  readonly notDataActions?: true;
  readonly restrictedActions?: readonly string[];
  readonly readsAll?: true;
}

export interface CatalogData {
  /** Newest `updatedOn` date (YYYY-MM-DD) of the roles kept, or `unknown` when the dump has none. */
  readonly snapshot: string;
  /** Built-in roles only, sorted by id. */
  readonly roles: readonly CatalogEntry[];
}

const DUMP_COMMAND = 'az role definition list --output json > roles.json';
const RESTRICTED_BY_LOWER_CASE = new Map(RESTRICTED_AUTHORIZATION_ACTIONS.map((a) => [a.toLowerCase(), a]));
const PERMISSION_LISTS = ['actions', 'notActions', 'dataActions', 'notDataActions'] as const;
type PermissionList = (typeof PERMISSION_LISTS)[number];
type Permissions = Record<PermissionList, readonly string[]>;

/** Turns an `az role definition list --output json` dump into the compact catalog; InputError when it is not one. */
export function deriveCatalog(dump: unknown, file: string): CatalogData {
  if (!Array.isArray(dump)) {
    throw new InputError(
      `expected the JSON array printed by \`az role definition list --output json\`, got ${describe(dump)}`,
      `produce a dump with \`${DUMP_COMMAND}\``,
      { file },
    );
  }
  const seen = new Map<string, number>();
  const roles: CatalogEntry[] = [];
  let snapshot = '';
  dump.forEach((entry: unknown, index) => {
    const fail = (path: ReadonlyArray<string | number>, problem: string): never => {
      throw new InputError(problem, `use the unmodified output of \`${DUMP_COMMAND}\``, {
        file,
        path: formatJsonPath([index, ...path]),
      });
    };
    if (!isObject(entry)) return fail([], `expected a role definition object, got ${describe(entry)}`);
    if (!isGuid(entry.name)) return fail([], 'role definition has no GUID `name`');
    if (typeof entry.roleName !== 'string' || entry.roleName.trim() === '') return fail([], `role definition ${entry.name} has no \`roleName\``);
    if (typeof entry.roleType !== 'string') return fail([], `role definition "${entry.roleName}" has no \`roleType\``);
    // Custom roles cannot be delegated; leaving them out is what makes the "not a built-in role" rule fire.
    if (entry.roleType !== 'BuiltInRole') return;

    const id = entry.name.toLowerCase();
    const earlier = seen.get(id);
    if (earlier !== undefined) return fail([], `role ${id} appears twice (also at ${formatJsonPath([earlier])})`);
    seen.set(id, index);

    const blocks = permissionBlocks(entry.permissions, fail);
    const updated = updatedOnDate(entry.updatedOn, fail);
    if (updated > snapshot) snapshot = updated;
    roles.push(compactEntry(id, entry.roleName, blocks));
  });
  if (roles.length === 0) {
    throw new InputError(
      'the dump contains no built-in roles (roleType "BuiltInRole")',
      `list all roles, not only custom ones: \`${DUMP_COMMAND}\``,
      { file },
    );
  }
  roles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { snapshot: snapshot || 'unknown', roles };
}

/** The file format: one role per line, so a role change is a one-line diff. */
export function formatCatalog(data: CatalogData): string {
  const roles = data.roles.map((role) => `    ${JSON.stringify(role)}`).join(',\n');
  return `{\n  "snapshot": ${JSON.stringify(data.snapshot)},\n  "roles": [\n${roles}\n  ]\n}\n`;
}

function compactEntry(id: string, name: string, blocks: readonly Permissions[]): CatalogEntry {
  const actions = blocks.flatMap((b) => b.actions.map((a) => a.toLowerCase()));
  const restricted = [...new Set(actions.flatMap((a) => RESTRICTED_BY_LOWER_CASE.get(a) ?? []))].sort();
  return {
    id,
    name,
    ...(blocks.some((b) => b.dataActions.length > 0) && { dataActions: true }),
    ...(blocks.some((b) => b.notDataActions.length > 0) && { notDataActions: true }),
    ...(restricted.length > 0 && { restrictedActions: restricted }),
    ...(actions.some((a) => a === '*' || a === '*/read') && { readsAll: true }),
  };
}

type Fail = (path: ReadonlyArray<string | number>, problem: string) => never;

function permissionBlocks(value: unknown, fail: Fail): Permissions[] {
  if (!Array.isArray(value)) return fail(['permissions'], `expected a \`permissions\` array, got ${describe(value)}`);
  return value.map((block: unknown, b) => {
    if (!isObject(block)) return fail(['permissions', b], `expected a permission object, got ${describe(block)}`);
    const lists = {} as Record<PermissionList, readonly string[]>;
    for (const key of PERMISSION_LISTS) {
      const list = block[key];
      // Older role-definition API versions return no data-action lists; absent or null means none.
      if (list === undefined || list === null) lists[key] = [];
      else if (Array.isArray(list) && list.every((a) => typeof a === 'string')) lists[key] = list;
      else fail(['permissions', b, key], `expected an array of action strings, got ${describe(list)}`);
    }
    return lists;
  });
}

function updatedOnDate(value: unknown, fail: Fail): string {
  if (value === undefined || value === null) return '';
  const date = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return date ? date[0] : fail(['updatedOn'], `expected an ISO date-time, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'undefined':
      return 'nothing';
    default:
      return `the ${typeof value} ${String(value)}`;
  }
}
