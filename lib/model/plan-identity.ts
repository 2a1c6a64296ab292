import { ErrorLocation, InputError, InputErrors } from './errors';
import { armFileBase, delegationConstructIds, offerFolderName, stackName } from './ids';
import { Plan } from './plan';
import { groupBy } from '../util/group-by';

/**
 * Names of JavaScript object members, lower-cased. A key equal to one (in any case) is refused: lookups in
 * plain objects (cdktf's construct tree among them) would find the member instead of the key.
 */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'constructor', '__proto__', '__definegetter__', '__definesetter__', '__lookupgetter__', '__lookupsetter__',
  'hasownproperty', 'isprototypeof', 'propertyisenumerable', 'tolocalestring', 'tostring', 'valueof',
]);

/** Device names Windows reserves for files and folders, with or without an extension (`con.json` too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

const RENAME_HOW = 'in a manifest rename the key; for an imported file choose the key with --customer <key>';

/**
 * The one check every Plan passes before anything is generated from it (loadInput for every input kind, and
 * loadManifest): the ids, folders and file names derived from its keys (lib/model/ids.ts) must be distinct, also
 * where case-insensitive file systems compare them, and must not be reserved names. Otherwise two customers would
 * share a Terraform stack and its state, two offers one Partner Center folder, or `constructor` would crash the
 * construct tree; so `check`, `arm`, `synth` and `partner-center` refuse the same inputs, with a located exit 2.
 * Throws InputErrors with every problem found.
 */
export function requireDistinctIdentities(plan: Plan): void {
  const errors = identityErrors(plan);
  if (errors.length > 0) throw new InputErrors(errors);
}

export function identityErrors(plan: Plan): InputError[] {
  const errors: InputError[] = [];
  const fallback: ErrorLocation = { file: plan.file };

  keyErrors(errors, plan.customers, fallback, {
    what: 'customer',
    derive: stackName,
    renameReserved: `rename the customer (its key names the Terraform stack and the output folders): ${RENAME_HOW}`,
    collision: (a, b, stack) => `customers ${a} and ${b} both become Terraform stack ${stack}`,
    renameCollision: 'rename one of them: stack names are the keys lower-cased, with characters other than a-z, 0-9 and "-" replaced by "-"',
  });
  keyErrors(errors, plan.offers, fallback, {
    what: 'offer',
    derive: offerFolderName,
    renameReserved: 'rename the offer (its key names Terraform resources and the Partner Center folder)',
    collision: (a, b, folder) => `offers ${a} and ${b} both become ${folder} in Terraform ids and Partner Center folders`,
    renameCollision: 'rename one of them so that the keys differ in letters or digits, not only in case or punctuation',
  });

  // Construct ids of different offers (a delegation id joins offer key and subscription id, and the definition id when
  // one offer has several definitions there). The same offer twice on one subscription as one definition is not a
  // naming problem: ARM and the Terraform stacks refuse it themselves (requireSynthesizable says so).
  // Per customer (its delegations share one stack): small maps, one construct-id pass per stack.
  for (const [customer, group] of groupBy(plan.delegations, (d) => d.customer)) {
    const ids = new Map<string, { readonly offer: string; readonly subscriptionId: string }>();
    const files = new Map<string, string>();
    const constructIds = delegationConstructIds(group);
    group.forEach((delegation, index) => {
      const where = delegation.source ?? fallback;
      const subscription = delegation.subscriptionId.toLowerCase();
      const id = constructIds[index];
      const other = ids.get(id);
      if (other === undefined) ids.set(id, { offer: delegation.offer, subscriptionId: subscription });
      else if (other.offer !== delegation.offer) {
        errors.push(new InputError(
          `the delegations of offer ${JSON.stringify(other.offer)} to subscription ${other.subscriptionId || '(unknown)'} and of offer ${JSON.stringify(delegation.offer)} to subscription ${subscription || '(unknown)'} both become Terraform id ${JSON.stringify(id)} in customer ${JSON.stringify(customer)}`,
          'rename one of the offers so that the keys differ in letters or digits, not only in case or punctuation', where));
      }
      const file = armFileBase(delegation.subscriptionId);
      const known = files.get(file);
      if (known === undefined) {
        files.set(file, subscription);
        if (WINDOWS_DEVICE.test(file)) {
          errors.push(new InputError(`subscription ${JSON.stringify(delegation.subscriptionId)} becomes the file name ${JSON.stringify(`${file}.json`)}, ${WINDOWS_DEVICE_NOTE}`,
            'give the subscription id (a GUID): --subscription <id> for an ARM template', where));
        }
      } else if (known !== subscription) {
        errors.push(new InputError(`subscriptions ${JSON.stringify(known)} and ${JSON.stringify(subscription)} of customer ${JSON.stringify(customer)} both become the ARM template ${JSON.stringify(`${file}.json`)}`,
          'give every subscription its id (a GUID)', where));
      }
    });
  }
  return errors;
}

const WINDOWS_DEVICE_NOTE = 'a device name Windows reserves (no file or folder can have it)';

interface KeyRules {
  /** `customer`, `offer`. */
  readonly what: string;
  /** The name the key becomes in output. */
  readonly derive: (key: string) => string;
  readonly renameReserved: string;
  /** The problem when two keys (quoted) become one name (quoted). */
  readonly collision: (first: string, second: string, name: string) => string;
  readonly renameCollision: string;
}

/** Keys that are reserved, or become the same name as an earlier key, in Plan order. */
function keyErrors(errors: InputError[], items: ReadonlyArray<{ readonly key: string; readonly source?: ErrorLocation }>, fallback: ErrorLocation, rules: KeyRules): void {
  const names = new Map<string, string>();
  for (const item of items) {
    const where = item.source ?? fallback;
    const name = rules.derive(item.key);
    const reserved = reservedName(item.key, name);
    if (reserved) {
      errors.push(new InputError(`${rules.what} key ${JSON.stringify(item.key)} ${reserved}`, rules.renameReserved, where));
      continue;
    }
    const other = names.get(name);
    if (other === undefined) names.set(name, item.key);
    else errors.push(new InputError(rules.collision(JSON.stringify(other), JSON.stringify(item.key), JSON.stringify(name)), rules.renameCollision, where));
  }
}

/** Why `key` (which becomes `derived` in output) cannot be used, or undefined when it can. */
function reservedName(key: string, derived: string): string | undefined {
  if (OBJECT_MEMBERS.has(key.toLowerCase()) || OBJECT_MEMBERS.has(derived)) return 'is the name of a JavaScript object member, which cannot be a key here';
  if (WINDOWS_DEVICE.test(derived)) return `becomes ${JSON.stringify(derived)}, ${WINDOWS_DEVICE_NOTE}`;
  return undefined;
}
