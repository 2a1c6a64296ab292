import { renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../model/errors';
import { realPathOf } from './output-target';
import { writeThroughTemporary } from './temporary-file';

export interface ReportFileOptions {
  /** Files this run reads: a report never replaces one of them. @default [] */
  readonly inputs?: readonly string[];
}

/**
 * Writes a report (`check --output`, `import --output`) so that readers never see half a file: into a temporary
 * file beside it, created exclusively (`wx`, a random name, so nothing another user prepared there is followed or
 * clobbered), then renamed over the target. A symbolic link at the target stays and the file it points to is
 * replaced; an existing file keeps its mode. Refused (InputError, nothing written): an empty path, a directory,
 * and any file the run reads (`check m.yaml -o m.yaml` would replace the manifest with its report).
 */
export function writeReportFile(file: string, text: string, options: ReportFileOptions = {}): void {
  if (file.trim() === '') {
    throw new InputError('the output file is an empty string', 'give a file name, e.g. --output report.sarif, or leave --output out to print to standard output', { file: '(--output)' });
  }
  const real = realPathOf(resolve(file));
  for (const input of options.inputs ?? []) {
    if (sameFile(real, input)) {
      throw new InputError(`cannot write the report to ${file}: it is the input file ${input}`,
        'write the report to another file, e.g. --output lighthouse.sarif', { file });
    }
  }
  const existing = statOf(real);
  if (existing?.isDirectory()) {
    throw new InputError(`cannot write the report to ${file}: it is a directory`, `give a file name, e.g. --output ${join(file, 'report.txt')}`, { file });
  }
  writeThroughTemporary(real, file, text, existing ? existing.mode & 0o7777 : undefined, (temporary) => renameSync(temporary, real));
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The same file: the same path after links, or the same inode (a hard link). */
function sameFile(real: string, input: string): boolean {
  if (realPathOf(resolve(input)) === real) return true;
  const a = statOf(real);
  const b = statOf(input);
  return a !== undefined && b !== undefined && a.ino === b.ino && a.dev === b.dev;
}
