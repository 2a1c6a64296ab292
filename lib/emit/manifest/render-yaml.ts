import { Document, isNode, Node, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { escapeInvisibleUnicode, hasInvisibleText, visibleText } from '../../util/visible-text';
import { commentKey, CommentPath, ManifestDraft } from './draft';

/** Entries this short (as JSON) stay on one line, `{ principal: noc, role: Reader }`, as people write them. */
const FLOW_MAX = 120;

/** Maps whose keys are names (`*` in the patterns below), not schema properties. */
const KEYED = new Set(['principals', 'authorizationSets', 'offers', 'customers', 'customers.*.delegations.#.assignmentNames']);

/** Collections written on one line when they have no comments and are short enough (`#` is any index). */
const FLOW = new Set([
  'principals.*',
  'authorizationSets.*.#', 'authorizationSets.*.#.delegatedRoles', 'authorizationSets.*.#.eligible', 'authorizationSets.*.#.eligible.approvers',
  'offers.*.authorizations', 'offers.*.plan',
  'customers.*.delegations.#', 'customers.*.delegations.#.resourceGroups', 'customers.*.delegations.#.authorizations',
  'customers.*.delegations.#.assignmentNames',
]);

/**
 * The manifest as YAML text, in the draft's key order (the schema's section order) with a blank line between
 * sections, comments where the draft has them, small entries in flow style. Same draft, same bytes: no dates, no
 * line folding.
 */
export function renderManifest(draft: ManifestDraft): { text: string; todos: number } {
  const doc = new Document();
  const root = new YAMLMap();
  doc.contents = root;
  for (const [key, value] of Object.entries(draft.manifest)) {
    if (value === undefined) continue;
    const name = new Scalar(key);
    if (root.items.length > 0) name.spaceBefore = true;
    root.items.push(new Pair(name, new Renderer(draft).node(value, [key], key)));
  }
  const todos = countTodos(doc);
  doc.commentBefore = comment(header(draft, todos).join('\n')).replace(/^ $/gm, '');
  quoteInvisibleText(doc);
  return { text: escapeInvisibleUnicode(doc.toString({ lineWidth: 0 })), todos };
}

function header(draft: ManifestDraft, todos: number): string[] {
  return [
    `Azure Lighthouse manifest written by \`lighthouse-iac import\` from ${draft.source}.`,
    'Check it with `lighthouse-iac check <this file>`; keys are derived from the source and can be renamed.',
    ...(todos > 0 ? [`${todos} value${todos === 1 ? '' : 's'} the source does not give (or gives in a form a manifest cannot take): search for TODO.`] : []),
    ...draft.notes,
  ];
}

class Renderer {
  constructor(private readonly draft: ManifestDraft) {}

  /** `pattern` is the path with names as `*` and indexes as `#`, to look up FLOW and KEYED. */
  node(value: unknown, path: CommentPath, pattern: string): Node {
    let node: Node;
    if (Array.isArray(value)) {
      const seq = new YAMLSeq();
      value.forEach((item, i) => {
        const child = this.node(item, [...path, i], `${pattern}.#`);
        const before = this.comments([...path, i]).before;
        if (before) child.commentBefore = comment(before);
        seq.items.push(child);
      });
      node = seq;
    } else if (typeof value === 'object' && value !== null) {
      const map = new YAMLMap();
      for (const [key, child] of Object.entries(value)) {
        if (child === undefined) continue;
        const name = new Scalar(key);
        const before = this.comments([...path, key]).before;
        if (before) name.commentBefore = comment(before);
        map.items.push(new Pair(name, this.node(child, [...path, key], KEYED.has(pattern) ? `${pattern}.*` : `${pattern}.${key}`)));
      }
      node = map;
    } else {
      const scalar = new Scalar(value);
      const after = this.comments(path).after;
      if (after) scalar.comment = comment(after);
      node = scalar;
    }
    return FLOW.has(pattern) ? flow(node as YAMLMap | YAMLSeq) : node;
  }

  private comments(path: CommentPath) {
    return this.draft.comments.get(commentKey(path)) ?? {};
  }
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
