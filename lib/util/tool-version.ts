import { readFileSync } from 'node:fs';
import { packageFile } from './package-file';

let cached: string | undefined;

/**
 * This package's version, read once from its package.json (not imported: an import makes tsc copy package.json
 * into dist/, which would ship a second package.json in the package).
 */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
