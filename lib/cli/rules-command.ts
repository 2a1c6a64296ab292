import { ALL_RULES } from '../../policies';
import { CliIo } from './io';

/** The rule catalog: id, pack, default level, title (and with --json everything a policy author needs). */
export function rulesCommand(options: { json?: boolean }, io: CliIo): number {
  if (options.json) {
    const rules = ALL_RULES.map(({ id, pack, title, defaultLevel, rationale, fix, helpUri, source }) => ({ id, pack, title, defaultLevel, rationale, fix, helpUri, source }));
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...ALL_RULES.map((r) => r.pack.length));
  for (const rule of ALL_RULES) io.stdout(`${rule.id}  ${rule.pack.padEnd(width)}  ${rule.defaultLevel.padEnd(7)}  ${rule.title}\n`);
  return 0;
}
