import fc from 'fast-check';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { cli, CliResult } from './cli';

/**
 * Fuzzing of every input kind through the CLI: random mutations of a valid input (text edits and edits of its
 * data) must end in exit 0 or 1 (a result) or 2 (a located input error), never 3 or a crash; no raw control or
 * bidirectional character may reach stdout or stderr; and what `arm` / `partner-center` / `synth --no-check`
 * write stays inside --out. Fixed seeds; FUZZ_RUNS=<n> runs longer, FUZZ_SEED=<n> elsewhere (FUZZ_RUNS=5000 npx jest test/fuzz).
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** The suite's fixed seed, or (FUZZ_SEED=<n>) another one to explore further; a failure prints the seed to replay. */
export function fuzzSeed(fixed: number): number {
  return process.env.FUZZ_SEED === undefined ? fixed : fixed + Number(process.env.FUZZ_SEED);
}

/** Characters a terminal or viewer would interpret; the CLI's output may hold none of them (line feeds are its own). */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Text an attacker or a broken editor would put into a file. */
const HOSTILE_TOKENS = [
  '{', '}', '[', ']', '"', "'", ':', ',', '\n', '\r', '\r\n', '\t', ' ', '- ', '#', '//', '/*', '*/', '&a ', '*a', '*nope', '!!binary ', '? ',
  '\u0000', '\u0007', '\u001b[31m', '\u001b]0;pwned\u0007', '\u009b2J', '\u202e', '\u2066', '\ufeff', '\ud800', 'é', '😀',
  'constructor', '__proto__', 'toString', 'con', 'nul', 'COM1', '../..', '..\\..', '/etc/passwd', '${var.x}', '%{x}',
  "[concat('a', 'b')]", "[parameters('x')]", "[variables('v')]", "[[x]", '[', '[]', "[json('[[[[1]]]]')]", "[constructor('x')]",
  '1e999', '-0', '0x1F', 'true', 'null', '~', '.inf', '00000000-0000-0000-0000-000000000000', 'A'.repeat(300),
];

const HOSTILE_VALUES: unknown[] = [
  'constructor', '__proto__', 'toString', 'CON', 'nul', 'lpt9', '../../x', '..', '', ' ', 'a\u001b[2Jb', 'x\u202ey', 'line\nbreak', 'cr\ronly',
  "$(touch pwned)'; rm -rf ~ #", '`id`', "[concat('x')]", '[[literal]', "[parameters('missing')]", '${azurerm_lighthouse_definition.x.id}',
  '/subscriptions/../../x', '/subscriptions/x/resourceGroups/../y', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', 'not-a-guid',
  0, -1, 801, 1e300, true, null, [], {}, [null], { constructor: 1 }, { __proto__: 'x' },
];

type Json = unknown;

/** Every JSON path of a value, the root included. */
function paths(value: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) paths((value as Record<string, Json>)[key], [...at, key], out);
  return out;
}

function parentOf(root: Json, path: ReadonlyArray<string | number>): { parent: Record<string, Json> | Json[]; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node = root as Record<string, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment as string] as Record<string, Json>;
  return { parent: node, key: path[path.length - 1] };
}

type Edit = (text: string, data: Json) => string;

function textEdit(kind: 'delete' | 'duplicate' | 'insert' | 'replace' | 'truncate', a: number, b: number, token: string): Edit {
  return (text) => {
    const i = a % (text.length + 1);
    const j = Math.min(text.length, i + (b % 200));
    switch (kind) {
      case 'delete':
        return text.slice(0, i) + text.slice(j);
      case 'duplicate':
        return text.slice(0, j) + text.slice(i, j) + text.slice(j);
      case 'insert':
        return text.slice(0, i) + token + text.slice(i);
      case 'replace':
        return text.slice(0, i) + token + text.slice(i + 1);
      case 'truncate':
        return text.slice(0, i);
    }
  };
}

function dataEdit(kind: 'set' | 'delete' | 'rename' | 'duplicate', pick: number, value: Json, name: string): (data: Json) => Json {
  return (data) => {
    const copy = structuredClone(data);
    const all = paths(copy);
    const target = parentOf(copy, all[pick % all.length]);
    if (!target) return kind === 'set' ? value : copy;
    const { parent, key } = target;
    if (Array.isArray(parent)) {
      const i = key as number;
      if (kind === 'set') parent[i] = value;
      else if (kind === 'delete') parent.splice(i, 1);
      else parent.splice(i, 0, structuredClone(parent[i]));
      return copy;
    }
    if (kind === 'set') parent[key as string] = value;
    else if (kind === 'delete') delete parent[key as string];
    else if (kind === 'rename') {
      const inner = parent[key as string];
      delete parent[key as string];
      Object.defineProperty(parent, name, { value: inner, enumerable: true, writable: true, configurable: true });
    } else {
      Object.defineProperty(parent, `${String(key)}${name}`, { value: structuredClone(parent[key as string]), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
}

/** A mutant of `text` (JSON or YAML): one to three edits, of the text or of its data. */
export function mutants(text: string, format: 'json' | 'yaml'): fc.Arbitrary<string> {
  const data: Json = format === 'json' ? JSON.parse(text) : parseYaml(text);
  const serialize = (value: Json) => (format === 'json' ? JSON.stringify(value, null, 2) : stringifyYaml(value));
  const token = fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));
  const value = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.jsonValue({ maxDepth: 2 }));
  const name = fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'Con', '', 'x\u001b', '$schema', 'copy', 'resources'), fc.string({ maxLength: 6 }));
  const onText = fc.tuple(fc.constantFrom('delete', 'duplicate', 'insert', 'replace', 'truncate' as const), fc.nat(), fc.nat(), token)
    .map(([kind, a, b, t]) => ({ text: true as const, edit: textEdit(kind, a, b, t) }));
  const onData = fc.tuple(fc.constantFrom('set', 'delete', 'rename', 'duplicate' as const), fc.nat(), value, name)
    .map(([kind, pick, v, n]) => ({ text: false as const, edit: dataEdit(kind, pick, v, n) }));
  return fc.array(fc.oneof(onData, onText), { minLength: 1, maxLength: 3 }).map((edits) => {
    let current = data;
    let out = text;
    let textEdited = false;
    for (const step of edits) {
      if (step.text) {
        out = step.edit(textEdited ? out : serialize(current), current);
        textEdited = true;
      } else if (!textEdited) {
        current = step.edit(current);
        out = serialize(current);
      }
    }
    return out;
  });
}

export interface FuzzFile {
  /** File name in the scratch directory, e.g. `template.json`. */
  readonly name: string;
  readonly text: string;
}

/**
 * Writes `files` to a fresh directory and runs `check` on the first (with `args`, where `{file}` names a written
 * file); when check gives a result, also `arm` and `partner-center` with --no-check (and `synth` when `synth` is
 * true). Asserts the outcomes described above and returns check's result.
 */
export async function runMutant(root: string, files: readonly FuzzFile[], args: readonly string[], synth: boolean): Promise<CliResult> {
  const dir = join(root, `m${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  for (const file of files) writeFileSync(join(dir, file.name), file.text);
  const argv = args.map((arg) => arg.replace(/\{(.+?)\}/g, (_m, name: string) => join(dir, name)));
  const inputs = files.map((f) => join(dir, f.name));
  try {
    const check = await cli('check', join(dir, files[0].name), ...argv);
    expectOnlyLocatedOutcomes(check, inputs, files);
    if (check.code === 2) return check;
    const writers = ['arm', 'partner-center', ...(synth ? ['synth'] : [])];
    for (const command of writers) {
      const out = join(dir, 'out', command);
      const result = await cli(command, join(dir, files[0].name), '--no-check', '--out', out, ...argv);
      expectOnlyLocatedOutcomes(result, inputs, files);
      expect(result.code === 0 || result.code === 2).toBe(true);
      // Nothing outside --out: the scratch directory holds the inputs and out/ only.
      const allowed = new Set([...files.map((f) => f.name), 'out']);
      const stray = readdirSync(dir).filter((name) => !allowed.has(name));
      if (stray.length > 0) throw new Error(`${command} wrote outside --out: ${stray.join(', ')}`);
      if (existsSync(out)) for (const written of walk(out)) expect(relative(out, written).startsWith('..')).toBe(false);
    }
    return check;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * Exit 0, 1 or 2 and nothing raw on the terminal; with exit 2 every `error:` line names one of the input files,
 * at a line that exists in it (or the file as a whole).
 */
export function expectOnlyLocatedOutcomes(result: CliResult, inputs: readonly string[], files: readonly FuzzFile[]): void {
  const context = `exit ${result.code}\nstderr: ${result.stderr.slice(0, 2000)}`;
  if (![0, 1, 2].includes(result.code)) throw new Error(`crash: ${context}`);
  if (RAW_CONTROL.test(result.stdout) || RAW_CONTROL.test(result.stderr)) throw new Error(`raw control character on the terminal: ${JSON.stringify(result.stderr.slice(0, 500))}`);
  if (result.code !== 2) return;
  const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
  if (errors.length === 0) throw new Error(`exit 2 without an error line: ${context}`);
  for (const line of errors) {
    const index = inputs.findIndex((file) => line.startsWith(`error: ${file}:`));
    if (index < 0) throw new Error(`error not located in an input file: ${line}`);
    const at = /^:(\d+):(\d+) /.exec(line.slice(`error: ${inputs[index]}`.length));
    if (!at) continue; // the file as a whole (unreadable encoding, NUL bytes, ...)
    const lineCount = files[index].text.split(/\r\n|\r|\n/).length;
    if (Number(at[1]) < 1 || Number(at[1]) > lineCount || Number(at[2]) < 1) throw new Error(`location outside the file (${lineCount} lines): ${line}`);
  }
}

/** The text of a fixture (or example) file. */
export function fixture(path: string): string {
  return readFileSync(path, 'utf8');
}
