import { Authorization, Delegation } from '../../model/plan';
import { RoleCatalog } from '../../roles/catalog';
import { authorizationModel } from './authorizations';
import { KEY_PATTERN, KeyAllocator } from './keys';
import { AuthorizationModel, SetModel } from './model';
import { PrincipalTable } from './principals';

export interface SetsInput {
  /** Manifest offers in output order, with the authorization sets the Plan's offer names (empty for imports). */
  readonly offers: ReadonlyArray<{ readonly key: string; readonly planSets: readonly string[] }>;
  /** Every delegation with the manifest key of its offer. */
  readonly delegations: ReadonlyArray<{ readonly delegation: Delegation; readonly offer: string }>;
}

export interface SetsResult {
  readonly sets: readonly SetModel[];
  /** The offer's own sets (`offers.<key>.authorizations`); absent when nothing in the Plan says what they hold. */
  readonly offerSets: ReadonlyMap<string, readonly string[]>;
  /** The sets each delegation's authorizations come from, index-aligned with the input. */
  readonly delegationSets: ReadonlyArray<readonly string[]>;
}

/**
 * The manifest's authorization sets. A Plan from a manifest remembers which set each authorization came from;
 * when those labels are consistent (every set holds the same entries wherever it is used), the original sets
 * come back, with their keys. Otherwise (imports, which have no sets) there is one set per distinct
 * authorization list of each offer, named after the offer: the list of the offer's first delegation becomes
 * the offer's set, and delegations with another list override it.
 */
export function authorizationSets(input: SetsInput, principals: PrincipalTable, roles: RoleCatalog): SetsResult {
  const lists = input.delegations.map(({ delegation }) => delegation.authorizations.map((a) => ({ label: a.authorizationSet, entry: authorizationModel(a, principals, roles) })));
  return fromLabels(input, lists) ?? perOffer(input, lists);
}

type LabelledList = ReadonlyArray<{ readonly label: Authorization['authorizationSet']; readonly entry: AuthorizationModel }>;

function fromLabels(input: SetsInput, lists: readonly LabelledList[]): SetsResult | undefined {
  const contents = new Map<string, { entries: AuthorizationModel[]; fingerprint: string }>();
  const delegationSets: string[][] = [];
  for (const list of lists) {
    const runs = runsOf(list);
    if (!runs) return undefined;
    for (const run of runs) {
      const fingerprint = JSON.stringify(run.entries);
      const known = contents.get(run.set);
      if (known && known.fingerprint !== fingerprint) return undefined;
      if (!known) contents.set(run.set, { entries: run.entries, fingerprint });
    }
    delegationSets.push(runs.map((run) => run.set));
  }
  const offerSets = new Map<string, string[]>();
  for (const offer of input.offers) {
    if (offer.planSets.length > 0 && offer.planSets.every((set) => contents.has(set))) offerSets.set(offer.key, [...offer.planSets]);
    else {
      const first = input.delegations.findIndex((d) => d.offer === offer.key);
      if (first >= 0) offerSets.set(offer.key, delegationSets[first]);
    }
  }
  // The offers' order first (the manifest's own order, for a manifest), then any set only a delegation uses.
  const order = [...new Set([...[...offerSets.values()].flat(), ...delegationSets.flat()])];
  return { sets: order.map((key) => ({ key, entries: contents.get(key)!.entries })), offerSets, delegationSets };
}

/** A delegation's authorizations as contiguous runs of one set each; undefined when the labels cannot be sets. */
function runsOf(list: LabelledList): Array<{ set: string; entries: AuthorizationModel[] }> | undefined {
  const runs: Array<{ set: string; entries: AuthorizationModel[] }> = [];
  for (const { label, entry } of list) {
    if (label === undefined || !KEY_PATTERN.test(label)) return undefined;
    const last = runs[runs.length - 1];
    if (last?.set === label) last.entries.push(entry);
    else if (runs.some((run) => run.set === label)) return undefined; // a set is used once per delegation (uniqueItems)
    else runs.push({ set: label, entries: [entry] });
  }
  return runs.length > 0 ? runs : undefined;
}

function perOffer(input: SetsInput, lists: readonly LabelledList[]): SetsResult {
  const keys = new KeyAllocator();
  const sets: SetModel[] = [];
  const offerSets = new Map<string, string[]>();
  const delegationSets: string[][] = input.delegations.map(() => []);
  for (const offer of input.offers) {
    const byFingerprint = new Map<string, string>();
    input.delegations.forEach((d, i) => {
      if (d.offer !== offer.key) return;
      const entries = lists[i].map((item) => item.entry);
      const fingerprint = JSON.stringify(entries);
      let key = byFingerprint.get(fingerprint);
      if (key === undefined) {
        key = keys.claim(offer.key);
        byFingerprint.set(fingerprint, key);
        sets.push({ key, entries });
      }
      if (!offerSets.has(offer.key)) offerSets.set(offer.key, [key]);
      delegationSets[i] = [key];
    });
  }
  return { sets, offerSets, delegationSets };
}
