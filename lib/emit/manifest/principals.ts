import { Principal } from '../../model/plan';
import { PrincipalEntry } from '../../manifest/generated/manifest-types';
import { Comment, guidValue, under } from './draft';
import { KeyAllocator, keepableKey, keyFromId, keyFromText } from './keys';

/**
 * The manifest's `principals`: one entry per distinct principal of the Plan (declared, authorized or approver).
 * Distinct means key, object id, display name and type: an import may show one object id under two display
 * names, and the manifest can keep both only as two keys. Keys: the Plan's own key when it is a valid manifest
 * key (manifests), else the display name as a key, else `principal-<first 8 of the id>`; made unique with `-2`...
 */
export class PrincipalTable {
  private readonly byIdentity = new Map<string, { readonly key: string; readonly entry: PrincipalEntry; readonly comments: readonly Comment[] }>();
  private readonly planKeys = new Map<string, string>();
  private readonly keys = new KeyAllocator();

  constructor(reserved: readonly Principal[]) {
    // Keys the input already has are claimed first, so a name made up for another principal never takes one.
    for (const principal of reserved) this.keyOf(principal);
  }

  /** The manifest key of a principal, adding its entry on first sight (an arrow: it is passed around as PrincipalKeys). */
  readonly keyOf = (principal: Principal): string => {
    const identity = principalIdentity(principal);
    const known = this.byIdentity.get(identity);
    if (known) return known.key;
    const key = this.keys.claim(keepableKey(principal.key) ? principal.key
      : (principal.displayName !== undefined ? keyFromText(principal.displayName, 'principal') : undefined) ?? keyFromId(principal.id, 'principal'));
    this.byIdentity.set(identity, { key, ...entry(principal) });
    for (const label of [principal.key, principal.id.toLowerCase()]) {
      if (label !== undefined && !this.planKeys.has(label)) this.planKeys.set(label, key);
    }
    return key;
  };

  /** The manifest key for a Plan principal label (its key, or its object id), for suppressions. */
  keyForLabel(label: string): string | undefined {
    return this.planKeys.get(label) ?? this.planKeys.get(label.toLowerCase());
  }

  /** `principals` with its comments (relative to the section). */
  section(): { principals: Record<string, PrincipalEntry>; comments: Comment[] } {
    const principals: Record<string, PrincipalEntry> = {};
    const comments: Comment[] = [];
    for (const { key, entry: value, comments: own } of this.byIdentity.values()) {
      principals[key] = value;
      comments.push(...under([key], own));
    }
    return { principals, comments };
  }
}

/** What tells two principals apart in a manifest: key, object id, display name and type. */
export function principalIdentity(principal: Principal): string {
  return JSON.stringify([principal.key ?? null, principal.id.toLowerCase(), principal.displayName ?? null, principal.type ?? null]);
}

/**
 * An entry as the manifest takes it. What the source does not say gets a comment above the entry: a missing display
 * name, and an unknown type, which stays absent (unknown) rather than guessed, so that the rules that depend on it
 * say they cannot check it (LH210) instead of judging a guess.
 */
function entry(principal: Principal): { entry: PrincipalEntry; comments: Comment[] } {
  const id = guidValue(principal.id, 'the source gives no object id for this principal', "the principal's object id in the managing tenant");
  const displayName = principal.displayName?.trim() ? principal.displayName : undefined;
  const comments: Comment[] = [...under(['id'], id.comments)];
  if (displayName === undefined) {
    comments.push({ path: [], position: 'before', text: 'TODO: no display name in the source: add displayName (customers see a bare GUID without one; LH206)' });
  }
  if (principal.type === undefined) {
    const objectId = id.value;
    comments.push({
      path: [], position: 'before',
      text: `TODO: type unknown in the source: add type (user | group | servicePrincipal); \`az ad sp show --id ${objectId}\` or \`az ad group show --group ${objectId}\` tells which (LH210)`,
    });
  }
  return {
    entry: { id: id.value, ...(displayName !== undefined && { displayName }), ...(principal.type !== undefined && { type: principal.type }) },
    comments,
  };
}
