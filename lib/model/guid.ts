import * as crypto from 'node:crypto';

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
  const hash = sha1OfNamespaceAnd(parts.join('-'));
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  // Written into one buffer and decoded once: a flat 36-character string (joining slices would keep a tree of five
  // pieces per GUID, and a Plan holds two GUIDs per delegation).
  const text = Buffer.allocUnsafe(36);
  let at = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[at++] = 0x2d;
    text[at++] = HEX[hash[i] >> 4];
    text[at++] = HEX[hash[i] & 0x0f];
  }
  return text.toString('latin1');
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/** `crypto.hash` (Node >= 20.12): one call instead of a Hash object, over the namespace and the text in one buffer. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;
const scratch = Buffer.alloc(1024);
NAMESPACE_BYTES.copy(scratch, 0);

function sha1OfNamespaceAnd(text: string): Buffer {
  if (oneShot) {
    const written = scratch.write(text, NAMESPACE_BYTES.length, 'utf8');
    // A full buffer may have cut the text short: such (rare, long) text takes the general path.
    if (NAMESPACE_BYTES.length + written < scratch.length) return oneShot('sha1', scratch.subarray(0, NAMESPACE_BYTES.length + written), 'buffer');
  }
  return crypto.createHash('sha1').update(NAMESPACE_BYTES).update(text, 'utf8').digest();
}
