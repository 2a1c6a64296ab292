import { Document, isNode, Node, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { escapeInvisibleUnicode, hasInvisibleText, visibleText } from '../../util/visible-text';
import { AuthorizationModel, DelegationModel, ManifestModel, PrincipalModel, Value } from './model';

/** Entries this short (as JSON) stay on one line, `{ principal: noc, role: Reader }`, as people write them. */
const FLOW_MAX = 120;

type Item = Node | Value<string | boolean> | string | boolean | undefined;

/**
 * The manifest as YAML text, in the schema's section order with a blank line between sections, comments where
 * the model has them, small entries in flow style. Same model, same bytes: no dates, no line folding.
 */
export function renderManifest(model: ManifestModel): { text: string; todos: number } {
  const doc = new Document();
  const root = new YAMLMap();
  doc.contents = root;
  const section = (key: string, value: Node) => {
    const name = new Scalar(key);
    if (root.items.length > 0) name.spaceBefore = true;
    root.items.push(new Pair(name, value));
  };
  section('managingTenant', map([['id', model.managingTenant.id], ['name', model.managingTenant.name]]));
  section('principals', keyed(model.principals.map((p) => [p.key, principal(p), p.comment])));
  section('authorizationSets', keyed(model.authorizationSets.map((s) => [s.key, seq(s.entries.map(authorization))])));
  section('offers', keyed(model.offers.map((o) => [o.key, map([
    ['name', o.name],
    ['description', o.description],
    ['authorizations', flow(seq(o.authorizations))],
    ['plan', o.plan && flow(map([['publisher', o.plan.publisher], ['product', o.plan.product], ['name', o.plan.name], ['version', o.plan.version]]))],
  ])])));
  section('customers', keyed(model.customers.map((c) => [c.key, map([
    ['displayName', c.displayName],
    ['tenantId', c.tenantId],
    ['delegations', seq(c.delegations.map(delegation))],
  ])])));
  if (model.suppressions.length > 0) {
    section('suppressions', seq(model.suppressions.map((s) => map([
      ['rule', s.rule], ['principal', s.principal], ['customer', s.customer], ['subscription', s.subscription], ['reason', s.reason],
    ]))));
  }
  section('settings', doc.createNode(model.settings) as Node);
  const todos = countTodos(doc);
  doc.commentBefore = comment(header(model, todos).join('\n')).replace(/^ $/gm, '');
  quoteInvisibleText(doc);
  return { text: escapeInvisibleUnicode(doc.toString({ lineWidth: 0 })), todos };
}

function header(model: ManifestModel, todos: number): string[] {
  return [
    `Azure Lighthouse manifest written by \`lighthouse-iac import\` from ${model.source}.`,
    'Check it with `lighthouse-iac check <this file>`; keys are derived from the source and can be renamed.',
    ...(todos > 0 ? [`${todos} value${todos === 1 ? '' : 's'} the source does not give (or gives in a form a manifest cannot take): search for TODO.`] : []),
    ...model.notes,
  ];
}

function principal(p: PrincipalModel): Node {
  return flow(map([['id', p.id], ['displayName', p.displayName], ['type', p.type]]));
}

function authorization(a: AuthorizationModel): Node {
  const eligible = a.eligible && flow(map([
    ['maxActivation', a.eligible.maxActivation],
    ['requireMfa', a.eligible.requireMfa],
    ['approvers', a.eligible.approvers && flow(seq(a.eligible.approvers))],
  ]));
  return flow(map([['principal', a.principal], ['role', a.role], ['delegatedRoles', a.delegatedRoles && flow(seq(a.delegatedRoles))], ['eligible', eligible]]));
}

function delegation(d: DelegationModel): Node {
  const node = flow(map([
    ['offer', d.offer],
    ['subscription', d.subscription],
    ['resourceGroups', d.resourceGroups && flow(seq(d.resourceGroups))],
    ['authorizations', d.authorizations && flow(seq(d.authorizations))],
  ]));
  if (d.comment) node.commentBefore = comment(d.comment);
  return node;
}

function map(entries: ReadonlyArray<[string, Item]>): YAMLMap {
  const node = new YAMLMap();
  for (const [key, value] of entries) if (value !== undefined) node.items.push(new Pair(new Scalar(key), item(value)));
  return node;
}

/** A map of keyed entries, with an optional comment line above an entry's key. */
function keyed(entries: ReadonlyArray<[string, Node, string?]>): YAMLMap {
  const node = new YAMLMap();
  for (const [key, value, note] of entries) {
    const name = new Scalar(key);
    if (note) name.commentBefore = comment(note);
    node.items.push(new Pair(name, value));
  }
  return node;
}

function seq(items: readonly Item[]): YAMLSeq {
  const node = new YAMLSeq();
  for (const value of items) if (value !== undefined) node.items.push(item(value));
  return node;
}

function item(value: Exclude<Item, undefined>): Node {
  if (isNode(value)) return value;
  if (typeof value !== 'object') return new Scalar(value);
  const node = new Scalar(value.value);
  if (value.comment) node.comment = comment(value.comment);
  return node;
}

/** Flow style (one line) for a collection without comments that is short enough; block style otherwise. */
function flow<T extends YAMLMap | YAMLSeq>(node: T): T {
  let comments = false;
  visit(node, (_key, n) => {
    if (isNode(n) && (n.comment || n.commentBefore)) {
      comments = true;
      return visit.BREAK;
    }
    return undefined;
  });
  if (!comments && JSON.stringify(node.toJSON()).length <= FLOW_MAX) node.flow = true;
  return node;
}

/** yaml writes `#` + the text: a space first, on every line; comments cannot escape, so input text in them is made visible. */
function comment(text: string): string {
  return visibleText(text, { keepLineBreaks: true }).split('\n').map((line) => ` ${line}`).join('\n');
}

/**
 * Strings with control, separator or bidirectional characters (a display name from an import, say) in double
 * quotes, where yaml escapes the controls and escapeInvisibleUnicode the rest: the text loads back exactly, and
 * a terminal showing it interprets nothing.
 */
function quoteInvisibleText(doc: Document): void {
  visit(doc, {
    Scalar: (_key, node) => {
      if (typeof node.value === 'string' && hasInvisibleText(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

function countTodos(doc: Document): number {
  let count = 0;
  visit(doc, (_key, n) => {
    if (!isNode(n)) return;
    for (const text of [n.comment, n.commentBefore]) count += text?.match(/TODO:/g)?.length ?? 0;
  });
  return count;
}
