import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../model/errors';
import { withFileSystemErrors } from './fs-errors';
import { OutputCommand, OutputLayout } from './layout';

/** The marker file every output directory of this tool carries; its content names the command that wrote it. */
export const MARKER_FILE = '.lighthouse-iac';
/** Prefix of the staging directory a run fills inside the output directory before moving its files into place. */
export const STAGING_PREFIX = '.lighthouse-iac-staging-';

export interface OutputTargetOptions {
  /** Files this run reads (input, parameters, policy, baseline, role dump): the output may never contain them. @default [] */
  readonly inputs?: readonly string[];
  /** @default process.cwd() */
  readonly cwd?: string;
  /** @default os.homedir() */
  readonly home?: string;
}

/** What `--out` is now: absent (created by the run), an empty directory, or a directory this command wrote before. */
export interface OutputTarget {
  /** The path as the user gave it, for messages. */
  readonly shown: string;
  /** Absolute path (through a symbolic link, if `--out` is one: the run writes into the link's target). */
  readonly path: string;
  readonly state: 'missing' | 'empty' | 'ours';
}

const CHOOSE = 'choose a new or empty directory (e.g. --out cdktf.out); a run replaces only what lighthouse-iac wrote there itself';

/**
 * Decides whether a run may write its output at `out`, before anything is read or written: the directory must be
 * new, empty, or marked by the same command, and never the working directory or one of its ancestors, a file
 * system root, the home directory or one of its ancestors, nor hold a file the run reads. Anything else is an
 * InputError that says why (exit 2); no option overrides it, since the tool never deletes what it did not write.
 */
export function inspectOutputTarget(out: string, layout: OutputLayout, options: OutputTargetOptions = {}): OutputTarget {
  if (out.trim() === '') {
    throw new InputError('the output directory is an empty string',
      'give the output directory, e.g. --out cdktf.out (an unset variable in a CI script expands to an empty value)', { file: '(--out)' });
  }
  const path = resolve(out);
  const refuse = (problem: string, fix = CHOOSE) => new InputError(`refusing to write the ${layout.command} output here: ${problem}`, fix, { file: out });
  const kind = withFileSystemErrors('read', out, () => entryKind(path));
  if (kind === 'dangling-link') throw refuse('it is a symbolic link to a directory that does not exist', 'create the directory the link points to, or choose another --out');
  if (kind === 'other') throw refuse('it is a file, not a directory');

  const real = realPathOf(path);
  const cwd = realPathOf(resolve(options.cwd ?? process.cwd()));
  const home = realPathOf(resolve(options.home ?? homedir()));
  if (dirname(real) === real) throw refuse('it is the root of a file system');
  if (isWithin(cwd, real)) throw refuse(cwd === real ? 'it is the working directory' : 'it contains the working directory');
  if (isWithin(home, real)) throw refuse(home === real ? 'it is your home directory' : 'it contains your home directory');
  for (const input of options.inputs ?? []) {
    const inputReal = realPathOf(resolve(input));
    if (isWithin(inputReal, real)) {
      throw refuse(inputReal === real ? `it is the input file ${input}` : `it contains the input file ${input}`,
        'choose an output directory that holds none of the files this command reads, e.g. --out cdktf.out next to the manifest');
    }
  }
  if (kind === 'missing') return { shown: out, path, state: 'missing' };

  const entries = withFileSystemErrors('read', out, () => readdirSync(path));
  if (entries.length === 0) return { shown: out, path, state: 'empty' };
  if (!entries.includes(MARKER_FILE)) {
    const shown = entries.filter((e) => !e.startsWith(STAGING_PREFIX)).sort().slice(0, 3).join(', ');
    throw refuse(`it is not empty and was not written by lighthouse-iac ${layout.command} (it has no ${MARKER_FILE} marker; it holds ${shown}${entries.length > 3 ? ', ...' : ''})`,
      `${CHOOSE}. If it is the output of an earlier lighthouse-iac version, delete it yourself once and run again`);
  }
  const marker = readMarker(join(path, MARKER_FILE));
  if (marker === undefined) throw refuse(`its ${MARKER_FILE} marker is not one lighthouse-iac writes`, CHOOSE);
  if (marker !== layout.command) {
    throw refuse(`it holds the output of \`lighthouse-iac ${marker}\`, not of \`lighthouse-iac ${layout.command}\``,
      `give each command its own directory (e.g. --out ${layout.command === 'synth' ? 'cdktf.out' : layout.command})`);
  }
  return { shown: out, path, state: 'ours' };
}

/** The marker's text: deterministic (no time, no path), so the output stays byte-identical run to run. */
export function markerText(command: OutputCommand, version: string): string {
  return `${JSON.stringify({
    tool: 'lighthouse-iac',
    command,
    version,
    note: `written by lighthouse-iac ${command}: each run replaces the files it wrote here and keeps every other file`,
  }, null, 2)}\n`;
}

/** The command named by a marker file, or undefined when it is not this tool's marker. */
function readMarker(file: string): OutputCommand | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { tool?: unknown; command?: unknown };
    if (data?.tool !== 'lighthouse-iac') return undefined;
    return data.command === 'synth' || data.command === 'arm' || data.command === 'partner-center' ? data.command : undefined;
  } catch {
    return undefined;
  }
}

type EntryKind = 'missing' | 'directory' | 'dangling-link' | 'other';

function entryKind(path: string): EntryKind {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (!stats.isSymbolicLink()) return stats.isDirectory() ? 'directory' : 'other';
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'dangling-link';
    throw error;
  }
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (for paths not created yet). */
export function realPathOf(path: string): string {
  let existing = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return path;
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

/** Whether `path` is `container` or lies inside it. */
export function isWithin(path: string, container: string): boolean {
  if (path === container) return true;
  const rel = relative(container, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
