import { isGuid } from '../../model/guid';

/** Manifest keys (principals, sets, offers, customers): schema/manifest.schema.json `definitions.key`. */
export const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
const MAX_KEY = 63;

/** A key the input already has, kept when it is valid for the manifest and not a bare GUID (imports key by object id). */
export function keepableKey(key: string | undefined): key is string {
  return key !== undefined && KEY_PATTERN.test(key) && !isGuid(key);
}

/**
 * Text turned into a manifest key: accents dropped, lower case, runs of other characters as `-`, and `<kind>-`
 * in front when it does not start with a letter (`24x7 NOC` -> `principal-24x7-noc`). Undefined when nothing
 * is left (e.g. a name in a non-Latin script).
 */
export function keyFromText(text: string, kind: string): string | undefined {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  let key = ascii.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  if (key === '') return undefined;
  if (!/^[a-z]/.test(key)) key = `${kind}-${key}`;
  return trim(key, MAX_KEY);
}

/** `<kind>-<first 8 hex digits of the GUID>`, or `<kind>-unknown` when the id is not a GUID. */
export function keyFromId(id: string, kind: string): string {
  return `${kind}-${isGuid(id) ? id.toLowerCase().slice(0, 8) : 'unknown'}`;
}

/**
 * Hands out unique keys: the first claim of a base gets it, later ones `<base>-2`, `<base>-3`, ... (shortened to
 * stay within 63 characters). `normalize` says which keys count as the same: customer keys that differ only in
 * what stack names drop (`Fab_A`, `fab-a`) would share a Terraform stack, so the manifest rejects them.
 */
export class KeyAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly normalize: (key: string) => string = (key) => key) {}

  claim(base: string): string {
    let key = base;
    for (let n = 2; this.used.has(this.normalize(key)); n++) {
      const suffix = `-${n}`;
      key = `${trim(base, MAX_KEY - suffix.length)}${suffix}`;
    }
    this.used.add(this.normalize(key));
    return key;
  }
}

function trim(key: string, length: number): string {
  return key.slice(0, length).replace(/[-_]+$/, '');
}
