import { constants, copyFileSync, linkSync } from 'node:fs';
import { InputError } from '../model/errors';
import { writeThroughTemporary } from './temporary-file';

const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Creates `file` with `text`, never replacing anything: whatever is at that path (a file, a directory, a symbolic
 * link, even a dangling one) makes it the InputError `refusal` describes, with nothing
 * written. The file appears complete or not at all: it is written beside it first and then hard-linked into place,
 * which fails instead of replacing (rename would replace); where the file system has no hard links, copied
 * exclusively (COPYFILE_EXCL).
 */
export function writeNewFile(file: string, text: string, refusal: { readonly problem: string; readonly fix: string }): void {
  writeThroughTemporary(file, file, text, undefined, (temporary) => {
    try {
      try {
        linkSync(temporary, file);
      } catch (error) {
        // A file system without hard links: an exclusive copy still never replaces anything.
        if (!NO_LINKS.has(String((error as NodeJS.ErrnoException).code))) throw error;
        copyFileSync(temporary, file, constants.COPYFILE_EXCL);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new InputError(refusal.problem, refusal.fix, { file });
      throw error;
    }
  });
}
