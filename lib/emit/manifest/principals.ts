import { Principal } from '../../model/plan';
import { KeyAllocator, keepableKey, keyFromId, keyFromText } from './keys';
import { guidValue, PrincipalModel, todo, Value } from './model';

/**
 * The manifest's `principals`: one entry per distinct principal of the Plan (declared, authorized or approver).
 * Distinct means key, object id, display name and type: an import may show one object id under two display
 * names, and the manifest can keep both only as two keys. Keys: the Plan's own key when it is a valid manifest
 * key (manifests), else the display name as a key, else `principal-<first 8 of the id>`; made unique with `-2`...
 */
export class PrincipalTable {
  private readonly byIdentity = new Map<string, PrincipalModel>();
  private readonly planKeys = new Map<string, string>();
  private readonly keys = new KeyAllocator();

  constructor(reserved: readonly Principal[]) {
    // Keys the input already has are claimed first, so a name made up for another principal never takes one.
    for (const principal of reserved) this.keyOf(principal);
  }

  /** The manifest key of a principal, adding its entry on first sight. */
  keyOf(principal: Principal): string {
    const identity = JSON.stringify([principal.key ?? null, principal.id.toLowerCase(), principal.displayName ?? null, principal.type ?? null]);
    const known = this.byIdentity.get(identity);
    if (known) return known.key;
    const key = this.keys.claim(keepableKey(principal.key) ? principal.key
      : (principal.displayName !== undefined ? keyFromText(principal.displayName, 'principal') : undefined) ?? keyFromId(principal.id, 'principal'));
    this.byIdentity.set(identity, this.entry(principal, key));
    for (const label of [principal.key, principal.id.toLowerCase()]) {
      if (label !== undefined && !this.planKeys.has(label)) this.planKeys.set(label, key);
    }
    return key;
  }

  /** The manifest key for a Plan principal label (its key, or its object id), for suppressions. */
  keyForLabel(label: string): string | undefined {
    return this.planKeys.get(label) ?? this.planKeys.get(label.toLowerCase());
  }

  entries(): PrincipalModel[] {
    return [...this.byIdentity.values()];
  }

  private entry(principal: Principal, key: string): PrincipalModel {
    const id = guidValue(principal.id, 'the source gives no object id for this principal', "the principal's object id in the managing tenant");
    // `group` is the neutral guess: rules single out users (LH202) and service principals (LH109).
    const type: Value<PrincipalModel['type']['value']> = principal.type !== undefined
      ? { value: principal.type }
      : todo('group', 'type unknown in the source: check (user | group | servicePrincipal)');
    const displayName = principal.displayName?.trim() ? principal.displayName : undefined;
    if (displayName !== undefined) return { key, id, displayName, type };
    return { key, id, type, comment: 'TODO: no display name in the source: add displayName (customers see a bare GUID without one; LH206)' };
  }
}
