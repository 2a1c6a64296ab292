import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileSystemInputError } from './fs-errors';
import { makeDirectories } from '../util/make-directories';

/**
 * Writes `text` into a new temporary file beside `target`, created exclusively under a random name (so nothing
 * another user prepared there is followed or clobbered), then hands it to `place` (rename it over the target, or
 * link it to a new name). Readers never see half a file, and the temporary file never stays behind. A user-fixable
 * file-system error is an InputError naming `shown`, the path as the user gave it.
 */
export function writeThroughTemporary(target: string, shown: string, text: string, mode: number | undefined, place: (temporary: string) => void): void {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | undefined;
  try {
    makeDirectories(dirname(target));
    descriptor = openSync(temporary, 'wx');
    if (mode !== undefined) fchmodSync(descriptor, mode);
    writeFileSync(descriptor, text);
    closeSync(descriptor);
    descriptor = undefined;
    place(temporary);
  } catch (error) {
    throw fileSystemInputError(error, 'write', shown) ?? error;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
    rmSync(temporary, { force: true });
  }
}
