import { formatJsonPath, SourceLocation } from '../model/location';

/** A stack's Terraform JSON as the Terraform reader takes it: the file, the data, and where each value is in the text. */
export interface StackSource {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /** Same answers as SourceDocument.locate on `text`, without parsing it again. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): SourceLocation;
}

interface Position {
  readonly line: number;
  readonly column: number;
  readonly key?: { readonly line: number; readonly column: number };
  children?: Map<string, Position> | Position[];
}

/**
 * The text cdktf 0.21 writes to `stacks/<id>/cdk.tf.json`: `json-stable-stringify(stack.toTerraform(), { space: 2 })`
 * (keys sorted by code unit, empty lists and objects opened and closed on two lines), with the position of every
 * value recorded while it is written. Reading the stack through it gives findings the line numbers of the file
 * synth writes, at a small part of the cost of parsing the text again with positions (YAML, as SourceDocument
 * does: about as long as `toTerraform()` itself).
 */
export function stackSource(value: unknown, file: string): StackSource {
  const writer = new Writer();
  const root = writer.write(value, 0, 1) ?? { text: '', position: { line: 1, column: 1 } };
  const text = root.text;
  return {
    file,
    text,
    data: JSON.parse(text),
    locate: (path, key = false) => locate(root.position, path, key, file),
  };
}

/** The text alone. */
export function stackJson(value: unknown): string {
  return stackSource(value, '').text;
}

class Writer {
  private line = 1;

  write(value: unknown, level: number, column: number): { text: string; position: Position } | undefined {
    const node = hasToJson(value) ? value.toJSON() : value;
    if (node === undefined) return undefined;
    const position: Position = { line: this.line, column };
    if (typeof node !== 'object' || node === null) {
      const text = JSON.stringify(node);
      return text === undefined ? undefined : { text, position };
    }
    const indent = `\n${'  '.repeat(level)}`;
    const inner = 2 * (level + 1) + 1;
    const items: string[] = [];
    if (Array.isArray(node)) {
      const children: Position[] = [];
      for (const item of node) {
        this.line += 1;
        const written = this.write(item, level + 1, inner) ?? { text: 'null', position: { line: this.line, column: inner } };
        children.push(written.position);
        items.push(`${indent}  ${written.text}`);
      }
      position.children = children;
      this.line += 1;
      return { text: `[${items.join(',')}${indent}]`, position };
    }
    const children = new Map<string, Position>();
    for (const key of Object.keys(node).sort()) {
      const name = JSON.stringify(key);
      const line = this.line + 1;
      const start = this.line;
      this.line += 1;
      const written = this.write((node as Record<string, unknown>)[key], level + 1, inner + name.length + 2);
      if (!written) {
        this.line = start;
        continue;
      }
      children.set(key, { ...written.position, key: { line, column: inner } });
      items.push(`${indent}  ${name}: ${written.text}`);
    }
    position.children = children;
    this.line += 1;
    return { text: `{${items.join(',')}${indent}}`, position };
  }
}

/** As SourceDocument.locate: the value at `path` (its key with `key`), else the deepest ancestor that exists. */
function locate(root: Position, path: ReadonlyArray<string | number>, key: boolean, file: string): SourceLocation {
  let at = root;
  let found: { line: number; column: number } = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const { children } = at;
    const next = children instanceof Map ? children.get(String(segment))
      : Array.isArray(children) && typeof segment === 'number' ? children[segment] : undefined;
    if (!next) break;
    at = next;
    found = key && i === path.length - 1 && next.key ? next.key : next;
  }
  return { file, line: found.line, column: found.column, path: formatJsonPath(path) };
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
