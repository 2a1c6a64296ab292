import { InputError } from '../model/errors';

/**
 * File-system failures the user can fix (a full disk, a read-only mount, missing rights, a file where a directory
 * should be): what each errno means in plain words and what to do about it. Anything else stays a bug.
 */
const USER_CAUSES: Readonly<Record<string, { readonly problem: string; readonly fix: string }>> = {
  EACCES: { problem: 'permission denied', fix: 'choose a location you may write to, or fix its permissions' },
  EPERM: { problem: 'operation not permitted', fix: 'choose a location you may write to, or fix its permissions' },
  EROFS: { problem: 'read-only file system', fix: 'choose a location on a writable file system' },
  ENOSPC: { problem: 'no space left on device', fix: 'free some space, or choose a location on another file system' },
  EDQUOT: { problem: 'disk quota exceeded', fix: 'free some space, or choose a location on another file system' },
  EISDIR: { problem: 'is a directory', fix: 'give the path of a file, not of a directory' },
  ENOTDIR: { problem: 'a part of the path is a file, not a directory', fix: 'check the path: every part but the last must be a directory' },
  EBUSY: { problem: 'resource busy or locked (another program is using it)', fix: 'close the program that holds it, or choose another location' },
  EEXIST: { problem: 'already exists', fix: 'remove it, or choose another location' },
  ENAMETOOLONG: { problem: 'file name too long', fix: 'choose a shorter path' },
  ELOOP: { problem: 'too many levels of symbolic links', fix: 'check the symbolic links on the path' },
  EMFILE: { problem: 'too many open files', fix: 'raise the open-file limit (ulimit -n) and run again' },
  ENFILE: { problem: 'too many open files in the system', fix: 'close other programs or raise the system limit, and run again' },
  // Only writes get here (readers say "file not found" themselves): a directory on the path cannot be created there.
  ENOENT: { problem: 'no such file or directory (a directory on the path cannot be created there)', fix: 'choose another location (not inside /proc, /sys or a directory removed meanwhile)' },
  EXDEV: { problem: 'cannot move files across file systems', fix: 'choose a location on one file system' },
};

export type FileAction = 'read' | 'write';

/**
 * An fs error whose cause the user can fix, as an InputError naming `shownPath` (the path as the user gave it,
 * not a staging path): `cannot write cdktf.out: no space left on device`. Undefined for anything else.
 */
export function fileSystemInputError(error: unknown, action: FileAction, shownPath: string): InputError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !Object.hasOwn(USER_CAUSES, code)) return undefined;
  const cause = USER_CAUSES[code];
  return new InputError(`cannot ${action} ${shownPath}: ${cause.problem} (${code})`, cause.fix, { file: shownPath });
}

/** Runs `step`; a user-fixable fs error becomes an InputError naming `shownPath`, anything else passes through. */
export function withFileSystemErrors<T>(action: FileAction, shownPath: string | ((error: NodeJS.ErrnoException) => string), step: () => T): T {
  try {
    return step();
  } catch (error) {
    const path = typeof shownPath === 'string' ? shownPath : shownPath(error as NodeJS.ErrnoException);
    throw fileSystemInputError(error, action, path) ?? error;
  }
}
