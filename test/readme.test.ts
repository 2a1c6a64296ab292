import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../policies';

test('the README rule table lists every rule with its pack, level and title', () => {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| LH\d{3} \|/.test(line));
  expect(rows).toEqual(ALL_RULES.map((r) => `| ${r.id} | ${r.pack} | ${r.defaultLevel} | ${r.title.replace(/\|/g, '\\|')} |`));
});

test('the README documents every entry point the package exports', () => {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| entry point | for |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const documented = new Set(rows.flatMap((row) => [...row.split(' | ')[0].matchAll(/`(lighthouse-iac[^`]*)`/g)].map((m) => m[1])));
  const { exports } = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const entryPoints = Object.keys(exports).filter((key) => key !== '.' && key !== './package.json').map((key) => key.replace(/^\./, 'lighthouse-iac'));
  expect(entryPoints.filter((entry) => !documented.has(entry))).toEqual([]);
  expect(entryPoints).toEqual(expect.arrayContaining(['lighthouse-iac/emit', 'lighthouse-iac/report', 'lighthouse-iac/diff', 'lighthouse-iac/rules']));
  // The root is described above the table.
  expect(readme).toContain('The package root exports what most callers need');
});
