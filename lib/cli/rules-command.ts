import { RULE_FACTS } from '../../policies/generated/rule-facts';
import { InputError } from '../model/errors';
import type { RuleFacts } from '../policy/rule';
import { didYouMean } from '../util/closest';
import { EXIT_OK } from './exit-codes';
import { CliIo } from './io';

export interface RulesCommandOptions {
  /** One rule, by id in any case (`lh301`). @default - the whole catalog */
  readonly id?: string;
  readonly json?: boolean;
}

/**
 * `rules`: the catalog, one line a rule (id, pack, default level, title); `rules LH301`: one rule with everything a
 * user or policy author needs (rationale, fix, parameters, documentation, source). `--json` prints the same facts.
 */
export function rulesCommand(options: RulesCommandOptions, io: CliIo): number {
  if (options.id !== undefined) {
    const rule = findRule(options.id);
    io.stdout(options.json ? `${JSON.stringify(rule, null, 2)}\n` : ruleText(rule));
    return EXIT_OK;
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(RULE_FACTS, null, 2)}\n`);
    return EXIT_OK;
  }
  const width = Math.max(...RULE_FACTS.map((r) => r.pack.length));
  for (const rule of RULE_FACTS) io.stdout(`${rule.id}  ${rule.pack.padEnd(width)}  ${rule.defaultLevel.padEnd(7)}  ${rule.title}\n`);
  return EXIT_OK;
}

function findRule(id: string): RuleFacts {
  const wanted = id.trim().toUpperCase();
  const rule = RULE_FACTS.find((r) => r.id === wanted);
  if (rule) return rule;
  const suggestion = didYouMean(wanted, RULE_FACTS.map((r) => r.id));
  throw new InputError(`unknown rule ${JSON.stringify(id)}`,
    `${suggestion === '' ? '' : `${suggestion} `}run lighthouse-iac rules for the list (LH101 to ${RULE_FACTS[RULE_FACTS.length - 1].id})`, { file: '(command line)' });
}

function ruleText(rule: RuleFacts): string {
  const lines = [
    `${rule.id} ${rule.title}`,
    `  pack ${rule.pack}, default level ${rule.defaultLevel} (change it in a policy file: rules: { ${rule.id}: off | info | warning | error })`,
    '',
    'Why',
    `  ${rule.rationale}`,
    '',
    'How to fix',
    `  ${rule.fix}`,
  ];
  if (rule.parameters.length > 0) {
    lines.push('', 'Parameters (policy file: parameters:)');
    for (const p of rule.parameters) lines.push(`  ${p.name} (default ${JSON.stringify(p.default)}): ${p.description}`);
  }
  lines.push('', 'Documentation', `  ${rule.helpUri}`, `  source: ${rule.source}`);
  return `${lines.join('\n')}\n`;
}
