import { loadManifest } from '../manifest/load';
import { sanitizeKey } from '../model/ids';
import { CliIo } from './io';
import { catalogFromOption } from './roles-option';

/** Stack names, for a CI matrix with one deploy job per customer (`lighthouse-iac stacks m.yaml --json`). */
export function stacksCommand(manifest: string, options: { json?: boolean; roles?: string }, io: CliIo): number {
  const plan = loadManifest(manifest, { roles: catalogFromOption(options.roles) });
  const stacks = [...new Set(plan.delegations.map((d) => sanitizeKey(d.customer)))];
  io.stdout(options.json ? `${JSON.stringify(stacks)}\n` : stacks.map((s) => `${s}\n`).join(''));
  return 0;
}
