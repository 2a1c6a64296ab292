/** A JSON Schema (draft-07) node, as far as error messages read it. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly title?: string;
  readonly description?: string;
  readonly minItems?: number;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly oneOf?: readonly SchemaNode[];
  readonly 'x-expected'?: string;
  readonly [keyword: string]: unknown;
}

/**
 * Says what a schema node takes, in the words of a fix: `one of user, group, servicePrincipal`, `a GUID (...)`,
 * `{ offer, subscription }` (an object by its required keys), `a list of { principal, role }`. `root` resolves
 * `#/definitions/...` references.
 */
export function describeSchema(node: SchemaNode | undefined, root: SchemaNode, depth = 0): string {
  const schema = resolveRef(node, root);
  if (!schema) return 'a value';
  if (schema.enum) return `one of ${schema.enum.map(String).join(', ')}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema['x-expected']) return schema['x-expected'];
  if (schema.oneOf) return schema.oneOf.map((option) => describeSchema(option, root, depth + 1)).join(' or ');
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const required = schema.required ?? [];
      if (required.length > 0) return `{ ${required.join(', ')} }`;
      return 'a mapping';
    }
    case 'array':
      // One level of detail: `a list of { principal, role }`, not the whole tree.
      return depth > 0 ? 'a list' : `a list of ${describeSchema(schema.items, root, depth + 1)}`;
    case 'boolean':
      return 'true or false';
    case 'integer':
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    default:
      return 'a value';
  }
}

/** What one entry of a list or mapping is called: its definition's title without "Entry" (`DelegationEntry`: a delegation). */
export function entryNoun(node: SchemaNode | undefined, root: SchemaNode): string {
  const title = resolveRef(node, root)?.title;
  if (!title) return 'entry';
  const name = title.replace(/Entry$/, '');
  return name.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** The schema of the items of a list node, or of the values of a mapping node. */
export function memberSchema(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  const schema = resolveRef(node, root);
  if (!schema) return undefined;
  if (schema.items) return schema.items;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** The schema of one property of an object node. */
export function propertySchema(node: SchemaNode | undefined, name: string, root: SchemaNode): SchemaNode | undefined {
  return resolveRef(node, root)?.properties?.[name];
}

/** The node a `$ref` (`#/definitions/...`) points at, followed through chains of references; other nodes as they are. */
export function resolveRef(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  let schema = node;
  // References chain at most a few levels; the bound keeps a cyclic schema from looping.
  for (let i = 0; i < 8 && schema?.$ref; i++) {
    const path = schema.$ref.replace(/^#\//, '').split('/');
    schema = path.reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], root) as SchemaNode | undefined;
  }
  return schema;
}
