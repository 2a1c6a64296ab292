import { describe } from './attribute-reader';
import { InputReader, isObject, JsonObject, Path } from '../shared/input-reader';

/** One labeled block of Terraform JSON syntax: `resource "<type>" "<name>" { ... }` is labels [type, name]. */
export interface LabeledBlock {
  readonly labels: readonly string[];
  readonly body: JsonObject;
  readonly path: Path;
}

/**
 * The blocks of a top-level block type (`resource`: 2 labels, `provider`/`output`: 1, `terraform`: 0) in any of
 * the forms HCL's JSON syntax allows: at every label level an object keyed by label or an array of such
 * objects, and at the body an object or an array of bodies. `//` properties are comments.
 */
export function labeledBlocks(reader: InputReader, value: unknown, path: Path, labels: number): LabeledBlock[] {
  const out: LabeledBlock[] = [];
  const walk = (node: unknown, at: Path, depth: number, prefix: readonly string[]): void => {
    if (node === undefined || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...at, i], depth, prefix));
      return;
    }
    if (!isObject(node)) {
      throw reader.error(at, `expected ${depth === 0 ? 'a block body' : 'blocks keyed by label'} (a JSON object), not ${describe(node)}`,
        'follow Terraform\'s JSON configuration syntax (https://developer.hashicorp.com/terraform/language/syntax/json)');
    }
    if (depth === 0) {
      out.push({ labels: prefix, body: node, path: at });
      return;
    }
    for (const [key, inner] of Object.entries(node)) {
      if (key === '//') continue;
      walk(inner, [...at, key], depth - 1, [...prefix, key]);
    }
  };
  walk(value, path, labels, []);
  return out;
}

/** `${azurerm_lighthouse_assignment.<name>.id}` references in a string or nested arrays/objects, in order. */
export function resourceReferences(value: unknown, type: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`\\$\\{\\s*${type}\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\[0\\])?\\.id\\s*\\}`, 'g');
  const walk = (node: unknown): void => {
    if (typeof node === 'string') for (const match of node.matchAll(pattern)) found.push(match[1]);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) Object.values(node).forEach(walk);
  };
  walk(value);
  return found;
}
