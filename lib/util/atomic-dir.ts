import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Fills a fresh temporary directory next to `target`, then swaps it into place with renames, so a run
 * that fails half-way leaves the previous output untouched and readers never see a half-written tree.
 * The temporary directory is a sibling so that the rename stays on one file system.
 */
export function replaceDirectory(target: string, fill: (directory: string) => void): void {
  const absolute = resolve(target);
  mkdirSync(dirname(absolute), { recursive: true });
  const staging = mkdtempSync(join(dirname(absolute), `.tmp-${basename(absolute)}-`));
  try {
    fill(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = existsSync(absolute) ? `${staging}.previous` : undefined;
  if (previous) renameSync(absolute, previous);
  try {
    renameSync(staging, absolute);
  } catch (error) {
    if (previous) renameSync(previous, absolute);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (previous) rmSync(previous, { recursive: true, force: true });
}
