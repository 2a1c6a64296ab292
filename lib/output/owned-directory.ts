import { Dirent, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { toolVersion } from '../util/tool-version';
import { InputError } from '../model/errors';
import { fileSystemInputError } from './fs-errors';
import { makeDirectories } from '../util/make-directories';
import { OutputLayout } from './layout';
import { inspectOutputTarget, MARKER_FILE, markerText, OutputTarget, OutputTargetOptions, STAGING_PREFIX } from './output-target';

export interface WriteOutputOptions extends OutputTargetOptions {
  /**
   * Paths (relative, `/`-separated) the run did not regenerate and must keep even though the new output lacks
   * them (`synth --stack a` keeps `stacks/b/`). @default - none: what the new output lacks is removed
   */
  readonly keep?: (path: string) => boolean;
}

/**
 * Writes a command's output directory safely:
 * 1. `inspectOutputTarget` refuses anything the tool did not write (and places it must never write).
 * 2. The directory itself stays: it is created when missing (mode from the umask) and otherwise keeps its inode,
 *    mode and, for a symbolic link, its link. A marker names the command before anything else is written.
 * 3. `fill` writes the complete new output into a staging directory inside it (same file system, so every move
 *    is a rename). A failure or a kill before the move leaves the previous output untouched; the next run removes
 *    the stale staging directory.
 * 4. The new files are moved into place one rename each (a file is replaced atomically, never seen half-written);
 *    new directories move whole. Top-level files (cdktf's `manifest.json`) come after the directories they index,
 *    and what the old output had but the new one lacks is removed last, so an index never names a missing stack.
 * 5. Only paths the command's layout owns are ever replaced or removed: other files in the directory stay.
 *
 * Node cannot swap two directories atomically (renameat2 RENAME_EXCHANGE is not exposed); this design never needs
 * to, at the price that a reader during step 4 (milliseconds) may see some files old and some new, each whole.
 * File-system failures a user can fix (no space, read-only, permissions) become InputErrors naming `out`.
 */
export function writeOutputDirectory(out: string, layout: OutputLayout, options: WriteOutputOptions, fill: (staging: string) => void): void {
  const run = startOutput(out, layout, options);
  try {
    fill(run.staging);
    run.finish();
  } catch (error) {
    run.fail(error);
  }
}

/** writeOutputDirectory with a `fill` that completes later (synth --jobs waits for its worker threads). */
export async function writeOutputDirectoryAsync(out: string, layout: OutputLayout, options: WriteOutputOptions, fill: (staging: string) => Promise<void>): Promise<void> {
  const run = startOutput(out, layout, options);
  try {
    await fill(run.staging);
    run.finish();
  } catch (error) {
    run.fail(error);
  }
}

interface OutputRun {
  readonly staging: string;
  /** Steps 4 and 5: the new files into place, what the new output lacks removed, the staging directory gone. */
  finish(): void;
  /** Nothing half-written: the staging directory goes, a directory this run created goes, an empty one is empty again. */
  fail(error: unknown): never;
}

/** Steps 1 to 3 up to `fill`: the target inspected, created when missing, marked, a staging directory inside it. */
function startOutput(out: string, layout: OutputLayout, options: WriteOutputOptions): OutputRun {
  const target = inspectOutputTarget(out, layout, options);
  const created = target.state === 'missing' ? createDirectory(target) : undefined;
  let markerWritten = false;
  let staging: string | undefined;
  const fail = (error: unknown): never => {
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
    if (created) rmSync(created, { recursive: true, force: true });
    else if (target.state === 'empty' && markerWritten) rmSync(join(target.path, MARKER_FILE), { force: true });
    throw asInputError(error, target) ?? error;
  };
  try {
    if (target.state === 'ours') removeStaleStaging(target.path);
    removeLegacyLeftovers(target.path, layout);
    markerWritten = writeMarker(target.path, layout);
    staging = mkdtempSync(join(target.path, STAGING_PREFIX));
  } catch (error) {
    fail(error);
  }
  const ready = staging!;
  return {
    staging: ready,
    finish: () => {
      const moves = planMoves(ready, target.path, '', layout, options.keep ?? (() => false));
      for (const move of moves.nested) renameSync(move.from, move.to);
      for (const move of moves.topFiles) renameSync(move.from, move.to);
      for (const removal of moves.removals) removeOwned(removal.path, removal.relative, removal.isDirectory, layout);
      rmSync(ready, { recursive: true, force: true });
    },
    fail,
  };
}

/** Creates the missing output directory and missing parents (makeDirectories); returns the top-most directory it created. */
function createDirectory(target: OutputTarget): string | undefined {
  try {
    return makeDirectories(target.path);
  } catch (error) {
    throw asInputError(error, target) ?? error;
  }
}

/** Writes the marker unless it already says the same; returns whether it wrote one. */
function writeMarker(directory: string, layout: OutputLayout): boolean {
  const file = join(directory, MARKER_FILE);
  const text = markerText(layout.command, toolVersion());
  try {
    if (readFileSync(file, 'utf8') === text) return false;
  } catch {
    // absent: written below
  }
  writeFileSync(file, text);
  return true;
}

/** Staging directories of runs that were killed: only entries with this tool's staging prefix, inside its own directory. */
function removeStaleStaging(directory: string): void {
  for (const name of readdirSync(directory)) {
    if (name.startsWith(STAGING_PREFIX)) rmSync(join(directory, name), { recursive: true, force: true });
  }
}

/**
 * Versions before the marker staged beside the target (`.tmp-<out>-XXXXXX`, `...previous`) and left those folders
 * behind when killed. Removed only when the name is exactly that pattern and every path inside is one the layout
 * owns, i.e. the folder can only be such a leftover.
 */
function removeLegacyLeftovers(target: string, layout: OutputLayout): void {
  const parent = dirname(target);
  const escaped = basename(target).replace(/[.*+?^$()|[\]{}\\]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`^\\.tmp-${escaped}-[A-Za-z0-9]{6}(\\.previous)?$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(parent, name);
    if (pattern.test(name) && onlyOwned(path, '', layout)) rmSync(path, { recursive: true, force: true });
  }
}

function onlyOwned(directory: string, prefix: string, layout: OutputLayout): boolean {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.every((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    const isDirectory = entry.isDirectory();
    return layout.owns(relative, isDirectory) && (!isDirectory || onlyOwned(join(directory, entry.name), relative, layout));
  });
}

interface Move { readonly from: string; readonly to: string }
interface Removal { readonly path: string; readonly relative: string; readonly isDirectory: boolean }
interface Moves { readonly nested: Move[]; readonly topFiles: Move[]; readonly removals: Removal[] }

/**
 * The renames that put the staged tree in place and the old owned entries to remove afterwards. Planned before
 * anything moves, so that a conflict (a file of the user's where the new output has a directory) stops the run
 * with the previous output intact. Staged paths the layout does not own are a bug: the next run would keep them.
 */
function planMoves(staged: string, existing: string, prefix: string, layout: OutputLayout, keep: (path: string) => boolean,
  moves: Moves = { nested: [], topFiles: [], removals: [] }): Moves {
  const old = new Map(readdirSync(existing, { withFileTypes: true }).map((entry) => [entry.name, entry]));
  for (const entry of readdirSync(staged, { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    const isDirectory = entry.isDirectory();
    if (!layout.owns(relative, isDirectory)) {
      throw new Error(`${layout.command} staged ${relative}, which its output layout does not own (a bug in lighthouse-iac)`);
    }
    const from = join(staged, entry.name);
    const to = join(existing, entry.name);
    const before = old.get(entry.name);
    old.delete(entry.name);
    if (before === undefined || (!isDirectory && !isDirectoryEntry(before))) {
      (prefix === '' && !isDirectory ? moves.topFiles : moves.nested).push({ from, to });
    } else if (isDirectory && isDirectoryEntry(before)) {
      planMoves(from, to, relative, layout, keep, moves);
    } else {
      throw new InputError(`cannot write ${relative}: the output directory holds a ${isDirectoryEntry(before) ? 'directory' : 'file'} there that lighthouse-iac did not write`,
        'move it out of the output directory and run again', { file: to });
    }
  }
  for (const [name, entry] of old) {
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    if (prefix === '' && (name === MARKER_FILE || name.startsWith(STAGING_PREFIX))) continue;
    const isDirectory = isDirectoryEntry(entry);
    if (layout.owns(relative, isDirectory) && !keep(relative)) moves.removals.push({ path: join(existing, name), relative, isDirectory });
  }
  return moves;
}

/** Removes what the layout owns at `path`; a directory goes only when nothing else (a user's file, `.terraform/`) is left in it. */
function removeOwned(path: string, relative: string, isDirectory: boolean, layout: OutputLayout): void {
  if (!isDirectory) {
    unlinkSync(path);
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = `${relative}/${entry.name}`;
    if (layout.owns(child, isDirectoryEntry(entry))) removeOwned(join(path, entry.name), child, isDirectoryEntry(entry), layout);
  }
  if (readdirSync(path).length === 0) rmdirSync(path);
}

function isDirectoryEntry(entry: Dirent): boolean {
  return entry.isDirectory();
}

/** A user-fixable fs error as an InputError naming the path as the user gave it (not the staging directory). */
function asInputError(error: unknown, target: OutputTarget): InputError | undefined {
  if (error instanceof InputError) return undefined;
  const failed = (error as NodeJS.ErrnoException | undefined)?.path;
  let shown = target.shown;
  if (typeof failed === 'string' && failed.startsWith(target.path)) {
    const inside = failed.slice(target.path.length).split(/[\\/]+/).filter((part) => part !== '');
    if (inside[0]?.startsWith(STAGING_PREFIX)) inside.shift();
    if (inside.length > 0) shown = join(target.shown, ...inside);
  }
  return fileSystemInputError(error, 'write', shown);
}
