import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { InputError } from '../model/errors';
import { visibleLine } from '../util/visible-text';

/**
 * A file as it was at a git revision (`git show <rev>:./<file>`, read from the file's own directory, no checkout),
 * or undefined when the file did not exist then. A revision git does not know, or a directory outside a repository,
 * is an InputError.
 */
export function fileAtRevision(file: string, revision: string): string | undefined {
  if (revision.startsWith('-')) {
    throw new InputError(`git revision ${JSON.stringify(revision)} looks like an option`, 'give a revision such as origin/main, HEAD~1 or a commit id', { file });
  }
  try {
    return execFileSync('git', ['-C', dirname(file) || '.', 'show', `${revision}:./${basename(file)}`], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message);
    if (/exists on disk, but not in|does not exist in/.test(stderr)) return undefined;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'git is not installed (the git revision needs it)' : `git cannot read ${file} at ${revision}: ${visibleLine(stderr.trim().split('\n')[0] ?? '')}`,
      code === 'ENOENT' ? 'install git, or give the old input as a file' : 'run it inside the repository that holds the file, with a revision git knows (git fetch first in CI)',
      { file });
  }
}
