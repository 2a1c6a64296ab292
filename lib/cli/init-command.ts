import { lstatSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, InputErrors } from '../model/errors';
import { writeNewFile } from '../output/new-file';
import { fileSystemInputError, withFileSystemErrors } from '../output/fs-errors';
import { makeDirectories } from '../util/make-directories';
import { EXIT_OK } from './exit-codes';
import { CliIo } from './io';
import { schemaReference, starterManifest, starterPolicy } from './starter-files';

export interface InitCommandOptions {
  /** Also write lighthouse.policy.yaml. @default false */
  readonly policy?: boolean;
}

export const STARTER_MANIFEST = 'lighthouse.yaml';
export const STARTER_POLICY = 'lighthouse.policy.yaml';

/**
 * `lighthouse-iac init [dir]`: a commented starter manifest (and with --policy a policy file) in `dir`, each with
 * the yaml-language-server line that gives editors the schema. Never replaces anything: if either file exists,
 * nothing is written (exit 2, saying which).
 */
export function initCommand(dir: string, options: InitCommandOptions, io: CliIo): number {
  const files = [
    { name: STARTER_MANIFEST, schema: 'schema/manifest.schema.json', text: starterManifest },
    ...(options.policy ? [{ name: STARTER_POLICY, schema: 'schema/policy.schema.json', text: starterPolicy }] : []),
  ].map((file) => ({ ...file, path: dir === '.' ? file.name : join(dir, file.name), reference: schemaReference(dir, file.schema) }));

  // Refused before anything is written, naming every file in the way: a run writes all its files or none.
  const taken = files.filter((file) => exists(file.path)).map((file) => refusal(file.path));
  if (taken.length > 0) throw taken.length === 1 ? taken[0] : new InputErrors(taken);
  withFileSystemErrors('write', dir, () => makeDirectories(dir));
  const written: string[] = [];
  try {
    for (const file of files) {
      writeNewFile(file.path, file.text(file.reference.path), REFUSAL);
      written.push(file.path);
    }
  } catch (error) {
    // Only what this run created goes (a file that appeared meanwhile was refused, not touched).
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }

  const manifest = files[0].path;
  io.stdout(`wrote ${written.join(' and ')}\n`);
  if (files.some((file) => !file.reference.reachable)) {
    io.stdout(`the schema line expects lighthouse-iac in ${join(dir, 'node_modules')}: npm install --save-dev lighthouse-iac\n`);
  }
  io.stdout(`next: replace the ids marked "replace", then run lighthouse-iac check ${manifest}${options.policy ? ` --policy ${files[1].path}` : ''}\n`);
  return EXIT_OK;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // ENOTDIR: `dir` is a file; said as such, like anything else the user can fix.
    throw fileSystemInputError(error, 'write', path) ?? error;
  }
}

const REFUSAL = {
  problem: 'the file already exists, and init never replaces a file',
  fix: 'edit that file, or write the starter into another directory: lighthouse-iac init <dir>',
};

function refusal(path: string): InputError {
  return new InputError(REFUSAL.problem, REFUSAL.fix, { file: path });
}
