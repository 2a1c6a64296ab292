import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Path of a file shipped with the package (e.g. `policies/default.policy.yaml`), found by walking up from
 * this module: the same code runs from the sources (lib/util) and from the build (dist/lib/util).
 */
export function packageFile(relative: string): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${relative} is missing from the lighthouse-iac installation`);
  }
}
