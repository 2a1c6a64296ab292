import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Writes `text` to a temporary sibling, then renames it over `target`: readers never see half a file. */
export function writeFileAtomically(target: string, text: string): void {
  const absolute = resolve(target);
  mkdirSync(dirname(absolute), { recursive: true });
  const staging = join(dirname(absolute), `.tmp-${basename(absolute)}-${process.pid}`);
  try {
    writeFileSync(staging, text);
    renameSync(staging, absolute);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}
