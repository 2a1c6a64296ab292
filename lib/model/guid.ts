import { createHash } from 'node:crypto';

/** Namespace ARM's `guid()` template function hashes into (RFC 4122 version-5 UUID). */
export const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';

const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const NAMESPACE_BYTES = Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex');

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}

/**
 * ARM-compatible `guid(...)`: a version-5 UUID of the UTF-8 arguments joined by `-`, so names we derive
 * match what a template using `guid()` with the same arguments would produce. `guid('test')` =
 * `d6a5baf1-8b9b-542a-8525-2982f1f98a0c`. (The separator for several arguments follows the published
 * re-implementations; single-argument parity is verified.)
 */
export function armGuid(...parts: readonly string[]): string {
  if (parts.length === 0) throw new Error('armGuid needs at least one argument');
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(parts.join('-'), 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
