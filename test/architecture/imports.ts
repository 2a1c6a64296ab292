import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = join(__dirname, '../..');

/** One relative import of a source file: what it names, and whether it is for types only (gone at run time). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every .ts file under `dir` (relative to the repository), generated files included. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, dir));
  return files;
}

// `import ... from '…'`, `export ... from '…'`, `import('…')`, `require('…')`, `typeof import('…')`.
const IMPORT = /(?:^|[\s;(])(import\s+type\s[^'";]*?from\s*|import\s[^'";]*?from\s*|export\s+(?:type\s+)?[^'";]*?from\s*|import\s*\(\s*|require\s*\(\s*|typeof\s+import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The relative imports of `file`, resolved to repository paths (`lib/x.ts`, or `lib/x/index.ts`). */
export function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const target = resolveModule(join(ROOT, dirname(file)), match[2]);
    if (target === undefined) continue;
    edges.push({ from: file, to: target, typeOnly: /^import\s+type\s|^export\s+type\s|^typeof\s/.test(match[1].trim()) });
  }
  return edges;
}

function resolveModule(dir: string, specifier: string): string | undefined {
  const base = resolve(dir, specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return relative(ROOT, candidate);
  return undefined;
}

/** Strongly connected components with more than one file (or a file importing itself): the import cycles. */
export function cycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, []);
    if (!graph.has(to)) graph.set(to, []);
    graph.get(from)!.push(to);
  }
  // Tarjan's algorithm, iterative (no recursion limit on a large tree).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: Array<[string, number]> = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = graph.get(node)!;
      if (next < targets.length) {
        frame[1] = next + 1;
        const target = targets[next];
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || targets.includes(node)) found.push(component.sort());
      }
    }
  }
  return found;
}
