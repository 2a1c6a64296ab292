/**
 * The text cdktf 0.21 writes to `stacks/<id>/cdk.tf.json`: `json-stable-stringify(stack.toTerraform(), { space: 2 })`
 * (keys sorted by code unit, empty lists and objects opened and closed on two lines). Reading that same text gives
 * the PolicyChecks findings line numbers in the file synth writes.
 */
export function stackJson(value: unknown): string {
  return write(value, 0) ?? '';
}

function write(value: unknown, level: number): string | undefined {
  const node = hasToJson(value) ? value.toJSON() : value;
  if (node === undefined) return undefined;
  if (typeof node !== 'object' || node === null) return JSON.stringify(node);
  const indent = `\n${'  '.repeat(level)}`;
  const items: string[] = [];
  if (Array.isArray(node)) {
    for (const item of node) items.push(`${indent}  ${write(item, level + 1) ?? 'null'}`);
    return `[${items.join(',')}${indent}]`;
  }
  for (const key of Object.keys(node).sort()) {
    const text = write((node as Record<string, unknown>)[key], level + 1);
    if (text !== undefined) items.push(`${indent}  ${JSON.stringify(key)}: ${text}`);
  }
  return `{${items.join(',')}${indent}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
