import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../policies';
import { cli, writeTemp } from '../helpers/cli';

/**
 * `check <live export>` (issue 13): every rule runs on what is deployed, with findings located in the export; an az
 * export that cannot show eligible authorizations says so on stderr (the report on stdout stays parseable).
 */

const DRIFT = join(__dirname, '../fixtures/az-cli/contoso/drift.json');

describe('check on a live export', () => {
  test('runs every rule on what is deployed: findings point into the export', async () => {
    const result = await cli('check', DRIFT, '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    const rules = new Set<string>(report.findings.map((f: { ruleId: string }) => f.ruleId));
    // The live MFA drop (drift.json) is judged like a manifest's would be; principal types are unknown in an export.
    expect([...rules]).toEqual(expect.arrayContaining(['LH204', 'LH210', 'LH301']));
    expect(report.findings.every((f: { location?: { file: string } }) => f.location?.file === DRIFT)).toBe(true);
    expect(report.findings.every((f: { ruleId: string }) => ALL_RULES.some((r) => r.id === f.ruleId))).toBe(true);
  });

  test('an export without eligible authorizations: a note on stderr with the az rest command, the report unchanged on stdout', async () => {
    // What `az managedservices assignment list --include-definition` prints: no eligibleAuthorizations at all.
    const items = (JSON.parse(readFileSync(DRIFT, 'utf8')) as Array<{ value: any[] }>).flatMap((page) => page.value);
    for (const item of items) delete item.properties.registrationDefinition.properties.eligibleAuthorizations;
    const { file } = writeTemp('live.json', JSON.stringify(items, null, 2));
    const result = await cli('check', file, '--format', 'json');
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toBe(`note: ${file}:1:1 the export shows no eligible (just-in-time) authorizations: \`az managedservices\` reads registration definitions with an API version `
      + 'that has no eligibleAuthorizations, so an export made with it cannot show them, and any there are count as missing here\n'
      + "  fix: for a complete export run `az rest --method get --url '/subscriptions/8bf55ee3-2fa2-4121-8b6b-a01fa8084f12/providers/Microsoft.ManagedServices/registrationAssignments?api-version=2022-10-01&$expandRegistrationDefinition=true' > live.json`"
      + ' once per subscription (4 in this export) and collect the outputs into one array (`jq -s . sub-*.json > live.json`)'
      + "; it lists the subscription's assignments with their definitions (api-version 2022-10-01)\n");
    // import says it too, on stderr and in the manifest's header (stdout is the YAML).
    const imported = await cli('import', file);
    expect(imported.stderr).toContain('note: ');
    expect(imported.stdout).toContain('# the export shows no eligible (just-in-time) authorizations');
    // diff against the complete export says it too: the eligible authorizations it reports removed may only be unseen.
    const diff = await cli('diff', DRIFT, file);
    expect(diff.stderr).toBe(result.stderr);
  });
});
