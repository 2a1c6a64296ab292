import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../policies';

test('the README rule table lists every rule with its pack, level and title', () => {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| LH\d{3} \|/.test(line));
  expect(rows).toEqual(ALL_RULES.map((r) => `| ${r.id} | ${r.pack} | ${r.defaultLevel} | ${r.title.replace(/\|/g, '\\|')} |`));
});
