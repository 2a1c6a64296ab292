import { sanitizeKey } from '../../model/ids';
import { SourceLocation } from '../../model/location';
import { DEFAULT_SETTINGS, DelegatedScope, Plan } from '../../model/plan';
import { SourceDocument } from '../../source/source-document';
import { Importer, ImportOptions } from '../types';
import { delegatedScope, parseAssignmentResourceId, parseDefinitionResourceId } from '../shared/azure-ids';
import { fileStem, InputReader, isObject, JsonObject, Path } from '../shared/input-reader';
import { assemblePlan, ImportedDelegation } from '../shared/plan-assembly';
import { readRegistrationDefinition, RegistrationDefinition } from './registration-definition';
import { RestReader } from './rest-reader';
import { registrationKind } from '../shared/registration-kind';
import { eligibleAuthorizationsNote } from './eligible-note';

interface Entry {
  readonly subscriptionId: string;
  readonly definitionId: string;
  definition?: RegistrationDefinition & { readonly source: SourceLocation };
  /** Where an assignment first named the definition, for the error when the file lacks it. */
  referencedAt?: Path;
  readonly scopes: DelegatedScope[];
  /** Scope id (lower-cased) and assignment name of every scope, so that a repeated assignment is found in O(1). */
  readonly seen: Set<string>;
}

/**
 * The JSON of `az managedservices definition list` (registration definitions) and `az managedservices
 * assignment list --include-definition` (assignments with their definition expanded), REST API 2022-10-01
 * shapes (REST API 2022-10-01). Both may be mixed in one array; a single object (`... show`) works too.
 * Definitions without an assignment in the file get no scopes. The customer tenant is `manageeTenantId`,
 * which GET returns; the delegation's subscription comes from the resource ids.
 */
export const importAzCli: Importer = (file, options) => importAzCliSource(SourceDocument.read(file), options);

/** Same as importAzCli, from a file already read (loadInput reads each input once). */
export function importAzCliSource(source: SourceDocument, options: ImportOptions): Plan {
  const reader = new InputReader(source);
  const rest = new RestReader(reader);
  const items = exportItems(source.data);
  const entries = new Map<string, Entry>();
  const entry = (subscriptionId: string, definitionId: string): Entry => {
    const key = `${subscriptionId}/${definitionId}`;
    let found = entries.get(key);
    if (!found) entries.set(key, (found = { subscriptionId, definitionId, scopes: [], seen: new Set() }));
    return found;
  };

  for (const { value, path } of items) {
    if (!isObject(value)) throw rest.error(path, 'expected a registration definition or assignment object');
    const kind = registrationKind(value);
    if (kind === 'definition') {
      const id = rest.required(value, path, 'id', 'the registration definition id');
      const parsed = parseDefinitionResourceId(id);
      if (!parsed) throw rest.error([...path, 'id'], `${JSON.stringify(id)} is not a registration definition id (/subscriptions/<sub>/providers/Microsoft.ManagedServices/registrationDefinitions/<guid>)`);
      const target = entry(parsed.subscriptionId, parsed.definitionId);
      target.definition ??= definitionAt(rest, value, path, options);
    } else if (kind === 'assignment') {
      readAssignment(rest, value, path, entry, options);
    } else {
      throw rest.error(path, 'this item is neither a registration definition nor a registration assignment (no type Microsoft.ManagedServices/registrationDefinitions|registrationAssignments)');
    }
  }

  const delegations: ImportedDelegation[] = [];
  for (const found of entries.values()) {
    if (!found.definition) {
      throw rest.error(found.referencedAt!, `the assignment's registration definition ${found.definitionId} (subscription ${found.subscriptionId}) is not in the file, so its authorizations are unknown`,
        'list assignments with their definitions (`az managedservices assignment list --include-definition`), or put the `az managedservices definition list` output in the same array');
    }
    const { name, description, managingTenantId, managingTenantSource, customerTenantId, customerTenantName, authorizations, plan, source: at } = found.definition;
    delegations.push({
      // One offer per offer name and managing tenant (plan-assembly tells apart names that sanitize alike).
      offerKey: sanitizeKey(name || found.definitionId),
      managingTenantId,
      managingTenantSource,
      customerTenantId: customerTenantId ?? options.customerTenant ?? '',
      ...(customerTenantName !== undefined && { customerTenantName }),
      subscriptionId: found.subscriptionId,
      name,
      ...(description !== undefined && { description }),
      definitionId: found.definitionId,
      authorizations,
      ...(plan && { plan }),
      scopes: found.scopes,
      source: at,
    });
  }
  const plan = assemblePlan({
    file: source.file,
    customerKey: options.customer ?? sanitizeKey(fileStem(source.file)),
    customerKeyIsFileName: options.customer === undefined,
    delegations,
    settings: DEFAULT_SETTINGS,
  });
  const note = eligibleAuthorizationsNote(plan, source);
  return note ? { ...plan, notes: [note] } : plan;
}

/**
 * The items of an export: `az managedservices ... list` prints an array, `... show` one object, and `az rest` a page
 * `{ "value": [...] }`; pages may be collected into one array (`jq -s . a.json b.json`).
 */
function exportItems(data: unknown): Array<{ value: unknown; path: Path }> {
  const page = (value: unknown, path: Path) => (isObject(value) && Array.isArray(value.value) && registrationKind(value) === undefined
    ? value.value.map((item, i) => ({ value: item, path: [...path, 'value', i] }))
    : [{ value, path }]);
  return Array.isArray(data) ? data.flatMap((value, i) => page(value, [i])) : page(data, []);
}

function definitionAt(rest: RestReader, item: JsonObject, path: Path, options: ImportOptions): Entry['definition'] {
  const properties = rest.object(item, path, 'properties');
  if (!properties) throw rest.error(path, 'the registration definition has no properties');
  return { ...readRegistrationDefinition(rest, properties, rest.object(item, path, 'plan'), options.roles), source: rest.at(path) };
}

function readAssignment(rest: RestReader, item: JsonObject, path: Path, entry: (subscription: string, definition: string) => Entry, options: ImportOptions): void {
  const id = rest.required(item, path, 'id', 'the registration assignment id');
  const scope = parseAssignmentResourceId(id);
  if (!scope) {
    throw rest.error([...path, 'id'], `${JSON.stringify(id)} is not a registration assignment id at a subscription or resource group (<scope>/providers/Microsoft.ManagedServices/registrationAssignments/<guid>)`);
  }
  const properties = rest.object(item, path, 'properties');
  if (!properties) throw rest.error(path, 'the registration assignment has no properties');
  const definitionText = rest.required(properties.value, properties.path, 'registrationDefinitionId', 'the definition it assigns');
  const definitionPath = [...properties.path, 'registrationDefinitionId'];
  const parsed = parseDefinitionResourceId(definitionText);
  if (!parsed) throw rest.error(definitionPath, `${JSON.stringify(definitionText)} is not a registration definition id`);
  if (parsed.subscriptionId !== scope.subscriptionId) {
    throw rest.error(definitionPath, `the assignment is in subscription ${scope.subscriptionId}, but its definition is in subscription ${parsed.subscriptionId}`,
      'check the export: a registration assignment is always in the subscription of its definition');
  }
  const target = entry(parsed.subscriptionId, parsed.definitionId);
  target.referencedAt ??= definitionPath;
  const expanded = rest.object(properties.value, properties.path, 'registrationDefinition');
  if (!target.definition && expanded) {
    const expandedProperties = rest.object(expanded.value, expanded.path, 'properties');
    if (expandedProperties) {
      target.definition = {
        ...readRegistrationDefinition(rest, expandedProperties, rest.object(expanded.value, expanded.path, 'plan'), options.roles),
        source: rest.at(expanded.path),
      };
    }
  }
  // The same assignment listed twice (two exports concatenated) is one scope.
  const name = rest.string(item, path, 'name') ?? scope.assignmentName;
  const delegated = delegatedScope(scope, name, rest.at(path));
  const key = `${delegated.id.toLowerCase()}\u0000${delegated.assignmentName}`;
  if (target.seen.has(key)) return;
  target.seen.add(key);
  target.scopes.push(delegated);
}
