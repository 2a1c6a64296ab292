import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cli } from '../helpers/cli';

const FILES = ['examples/ci/github-actions.yml', 'examples/ci/azure-pipelines.yml'];

/** Every shell script of a pipeline file: `run:` (GitHub), `script:` and `inlineScript:` (Azure DevOps). */
function scripts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => scripts(item, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['run', 'script', 'inlineScript'].includes(key) && typeof value === 'string') out.push(value);
      else scripts(value, out);
    }
  }
  return out;
}

/** `lighthouse-iac <command> <args...>` invocations, one per line, up to a pipe, redirection or `||`. */
function invocations(script: string): Array<{ command: string; options: string[]; line: string }> {
  const found: Array<{ command: string; options: string[]; line: string }> = [];
  for (const line of script.split('\n')) {
    const match = /lighthouse-iac\s+(.*)$/.exec(line);
    if (!match) continue;
    const words = match[1].split(/\s*(?:\|\||\||>|;|\))\s*/)[0].split(/\s+/).filter(Boolean);
    found.push({ command: words[0], options: words.filter((w) => w.startsWith('-')), line: line.trim() });
    const format = words.indexOf('--format');
    if (format >= 0) found[found.length - 1].options.push(`format=${words[format + 1]}`);
  }
  return found;
}

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(join(__dirname, '../..', file), 'utf8');
  const calls = scripts(parse(text)).flatMap(invocations);

  test('is valid YAML that runs lighthouse-iac check, diff, stacks --changed-since and synth --stack', () => {
    expect(calls.map((c) => c.command)).toEqual(expect.arrayContaining(['check', 'diff', 'stacks', 'synth']));
    expect(calls.some((c) => c.command === 'stacks' && c.options.includes('--changed-since'))).toBe(true);
    expect(calls.some((c) => c.command === 'synth' && c.options.includes('--stack'))).toBe(true);
    expect(calls.some((c) => c.command === 'diff' && c.options.includes('--plan'))).toBe(true);
  });

  test('every lighthouse-iac command it runs exists, with those options and format values', async () => {
    for (const call of calls) {
      const help = await cli(call.command, '--help');
      expect([call.line, help.code]).toEqual([call.line, 0]);
      for (const option of call.options) {
        if (option.startsWith('format=')) {
          expect([call.line, help.stdout.includes(`"${option.slice('format='.length)}"`)]).toEqual([call.line, true]);
        } else {
          expect([call.line, new RegExp(`(^|[\\s,])${option.replace(/[-]/g, '\\-')}[\\s,<]`, 'm').test(help.stdout)]).toEqual([call.line, true]);
        }
      }
    }
  });
});
