import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates `path` and its missing parents one level at a time; returns the top-most directory it created (undefined
 * when `path` existed). Not `mkdirSync(path, { recursive: true })`: that reports ENOENT instead of EROFS on a
 * read-only file system, and on a directory that refuses new entries with ENOENT (`/proc/x`) Node 20 retries it
 * for ever. Here each level's error is the one the system gives for it.
 */
export function makeDirectories(path: string): string | undefined {
  const missing: string[] = [];
  for (let at = path; !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) mkdirSync(at);
  return missing[0];
}
