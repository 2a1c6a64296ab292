import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * `root` joined with `relativePath` (segments separated by `/`), refusing anything that could leave `root`:
 * an absolute path, an empty, `.` or `..` segment, a backslash or NUL. Output paths are built from validated
 * ids (GUIDs, sanitized keys), so a refusal here is a bug in the tool, not bad input; the check is the last
 * guard that nothing is written outside the output directory, whatever `--no-check` says. `resolvedRoot` (the
 * absolute root) may be given by a caller that checks many paths under one root.
 */
export function resolveInside(root: string, relativePath: string, resolvedRoot = resolve(root)): string {
  const segments = relativePath.split('/');
  const bad = isAbsolute(relativePath) || segments.some((s) => s === '' || s === '.' || s === '..' || /[\\\u0000]/.test(s));
  const target = join(root, ...segments);
  const back = relative(resolvedRoot, resolve(target));
  if (bad || back === '' || back.startsWith('..') || isAbsolute(back)) {
    throw new Error(`refusing to write ${JSON.stringify(relativePath)}: the path would not stay inside ${root}`);
  }
  return target;
}

/** Writes `text` to `relativePath` under `root` (checked by resolveInside), creating its folders. */
export function writeInside(root: string, relativePath: string, text: string): void {
  insideWriter(root)(relativePath, text);
}

/**
 * writeInside for many files under one root: each folder is created once, not once per file (an output of
 * 100,000 customer folders holds 700,000 files).
 */
export function insideWriter(root: string): (relativePath: string, text: string) => void {
  const made = new Set<string>();
  const resolvedRoot = resolve(root);
  return (relativePath, text) => {
    const target = resolveInside(root, relativePath, resolvedRoot);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, text);
  };
}
