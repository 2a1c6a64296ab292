import { cycles, ImportEdge, importsOf, sourceFiles } from './imports';

/**
 * The dependency rule of docs/architecture.md, on the real import graph: no import cycle in the sources, and each
 * room imports only the rooms its row of "The rooms" names. The table below is that table.
 */
const ROOMS: ReadonlyArray<readonly [room: string, mayImport: readonly string[]]> = [
  ['lib/util', []],
  ['lib/model', ['lib/util']],
  ['lib/source', ['lib/model', 'lib/util']],
  ['lib/roles', ['lib/model', 'lib/util', 'lib/source']],
  ['lib/manifest', ['lib/util', 'lib/model', 'lib/source', 'lib/roles']],
  ['lib/import', ['lib/util', 'lib/model', 'lib/source', 'lib/roles', 'lib/manifest']],
  ['lib/policy', ['lib/util', 'lib/model', 'lib/source', 'lib/roles', 'lib/manifest', 'lib/import']],
  ['policies', ['lib/policy', 'lib/model', 'lib/roles', 'lib/util']],
  ['lib/report', ['lib/policy', 'lib/model', 'lib/util']],
  ['lib/diff', ['lib/model', 'lib/policy', 'lib/roles', 'lib/util', 'lib/import', 'lib/report']],
  ['lib/output', ['lib/model', 'lib/util']],
  ['lib/emit', ['lib/util', 'lib/model', 'lib/source', 'lib/roles', 'lib/manifest', 'lib/import', 'lib/policy', 'policies', 'lib/report', 'lib/diff', 'lib/output']],
  ['lib/constructs', ['lib/util', 'lib/model', 'lib/source', 'lib/roles', 'lib/manifest', 'lib/import', 'lib/policy', 'policies', 'lib/report', 'lib/diff', 'lib/output', 'lib/emit']],
  ['lib/cli', ['lib/util', 'lib/model', 'lib/source', 'lib/roles', 'lib/manifest', 'lib/import', 'lib/policy', 'policies', 'lib/report', 'lib/diff', 'lib/output', 'lib/emit', 'lib/constructs']],
  ['bin', ['lib/cli']],
];

function roomOf(file: string): string | undefined {
  return ROOMS.map(([room]) => room).find((room) => file.startsWith(`${room}/`));
}

/** Imports from one room into another that its row does not name. */
function violations(edges: readonly ImportEdge[]): string[] {
  const allowed = new Map(ROOMS);
  return edges.flatMap((edge) => {
    const [from, to] = [roomOf(edge.from), roomOf(edge.to)];
    if (from === undefined || to === undefined || from === to || allowed.get(from)!.includes(to)) return [];
    return [`${edge.from} -> ${edge.to}`];
  });
}

const FILES = [...sourceFiles('lib'), ...sourceFiles('policies'), ...sourceFiles('bin')];
const EDGES = FILES.flatMap(importsOf);

describe('the dependency rule (docs/architecture.md)', () => {
  test('the graph is the real one: every source file is read and the imports are found', () => {
    expect(FILES.length).toBeGreaterThan(200);
    expect(EDGES).toContainEqual({ from: 'lib/cli/synth-command.ts', to: 'lib/output/layout.ts', typeOnly: false });
    // Lazy loads count as imports too.
    expect(EDGES).toContainEqual(expect.objectContaining({ from: 'lib/cli/synth-command.ts', to: 'lib/constructs/synth-workers.ts' }));
    expect(EDGES).toContainEqual({ from: 'lib/constructs/synth-workers.ts', to: 'lib/constructs/synth-worker.ts', typeOnly: true });
  });

  test('no import cycle, at run time or through types', () => {
    expect(cycles(EDGES)).toEqual([]);
  });

  test('every room imports only the rooms its row names (nothing imports lib/cli but bin, lib/policy never imports policies/)', () => {
    expect(violations(EDGES)).toEqual([]);
    const rooms = FILES.map(roomOf);
    // Files outside the rooms: the package's entry points at the top of lib/ only.
    expect(FILES.filter((_, i) => rooms[i] === undefined).every((file) => /^lib\/[^/]+\.ts$/.test(file))).toBe(true);
  });

  test('the checks can fail: a cycle and an upward import are found', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, typeOnly: false });
    expect(cycles([edge('a.ts', 'b.ts'), edge('b.ts', 'c.ts'), edge('c.ts', 'a.ts'), edge('c.ts', 'd.ts')])).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles([edge('a.ts', 'a.ts')])).toEqual([['a.ts']]);
    expect(violations([edge('lib/policy/runner.ts', 'policies/index.ts'), edge('lib/model/plan.ts', 'lib/cli/io.ts'), edge('lib/cli/io.ts', 'lib/model/plan.ts')]))
      .toEqual(['lib/policy/runner.ts -> policies/index.ts', 'lib/model/plan.ts -> lib/cli/io.ts']);
  });
});
