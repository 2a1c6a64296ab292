import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { artifactLocation, FINGERPRINT_KEY, pascalCase, renderSarif, SarifLog, sarifLog } from '../../lib/report/sarif';
import { FINDINGS, hostileInput, reportInput, RULES } from './fixtures';
import { skipNotice } from '../helpers/skip-notice';

/** The OASIS schema lives beside the project (../shared); the schema test skips, saying so, without it. */
const SCHEMA_FILE = path.join(__dirname, '../../../shared/data/sarif-schema-2.1.0.json');
const HAVE_SCHEMA = fs.existsSync(SCHEMA_FILE);

function validator(): (data: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is not installed: `uri` is checked with URL, the others (uri-reference, date-time) accepted.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => !/[\s\\]/.test(value));
  ajv.addFormat('date-time', true);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

describe('SARIF report', () => {
  const text = renderSarif(reportInput());
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0];

  it('matches the snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  (HAVE_SCHEMA ? describe : describe.skip)('against the OASIS SARIF 2.1.0 schema', () => {
    const validate = HAVE_SCHEMA ? validator() : () => [];

    it('validates the fixture report', () => {
      expect(validate(log)).toEqual([]);
    });

    it('validates an empty report and a hostile one', () => {
      expect(validate(sarifLog(reportInput({ findings: [] })))).toEqual([]);
      expect(validate(JSON.parse(renderSarif(hostileInput())))).toEqual([]);
      expect(validate(sarifLog(reportInput({ baseDir: '/', manifestFile: '/abs/lighthouse.yaml', findings: [FINDINGS[0]] })))).toEqual([]);
    });

    it('rejects a broken log (the validator is not vacuous)', () => {
      expect(validate({ ...log, version: '2.0.0' })).not.toEqual([]);
      expect(validate({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] })).not.toEqual([]);
      expect(validate({ ...log, runs: [{ ...run, tool: { driver: { ...run.tool.driver, informationUri: 'not a uri' } } }] })).not.toEqual([]);
    });
  });
  if (!HAVE_SCHEMA) {
    // eslint-disable-next-line no-console
    skipNotice(`SARIF schema validation: ../shared is absent (${SCHEMA_FILE})`);
  }

  it('is SARIF 2.1.0 with one run of lighthouse-iac (structure, without the schema)', () => {
    expect(Object.keys(log)).toEqual(['$schema', 'version', 'runs']);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'lighthouse-iac', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/lighthouse-iac/lighthouse-iac',
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('describes every rule that ran, findings or not', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'LH101',
      name: 'OwnerRoleIsNotAllowed',
      shortDescription: { text: 'Owner role is not allowed' },
      fullDescription: { text: 'Azure Lighthouse rejects a registration definition that grants Owner.' },
      help: {
        text: 'Grant Contributor (or narrower roles) instead of Owner.\n\nSource: azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06\n\n'
          + 'Documentation: https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
        markdown: '**How to fix:** Grant Contributor (or narrower roles) instead of Owner.\n\nSource: `azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06`\n\n'
          + 'Documentation: [https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles](https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles)',
      },
      helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['service'] },
    });
    expect(run.tool.driver.rules.map((r) => [r.name, r.defaultConfiguration.level, r.properties.tags])).toEqual([
      ['OwnerRoleIsNotAllowed', 'error', ['service']],
      ['DuplicatePrincipalAndRole', 'error', ['service']],
      ['IndividualUserAsPrincipal', 'warning', ['best-practice']],
      ['ManagingTenantIsNotAnAllowedTenant', 'warning', ['cross-customer']],
      ['PlanVersionIsNotSemantic', 'note', ['marketplace']],
    ]);
  });

  it('has one result per finding, pointing at its rule by index', () => {
    expect(run.results).toHaveLength(FINDINGS.length);
    for (const [i, result] of run.results.entries()) {
      expect(result.ruleId).toBe(FINDINGS[i].ruleId);
      expect(run.tool.driver.rules[result.ruleIndex!].id).toBe(result.ruleId);
      expect(result.message.text).toBe(FINDINGS[i].message);
      expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: FINDINGS[i].fingerprint });
    }
    expect(run.results.map((r) => r.level)).toEqual(['warning', 'note', 'error', 'error', 'warning', 'warning']);
  });

  it('locates a result in the manifest: relative URI against %SRCROOT%, line, column and JSON path', () => {
    expect(run.results[3].locations).toEqual([{
      physicalLocation: { artifactLocation: { uri: 'lighthouse.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 15, startColumn: 13 } },
      logicalLocations: [{ fullyQualifiedName: 'authorizationSets.main[0].role' }],
    }]);
  });

  it('points a finding without a location at the top of the manifest, without a logical location', () => {
    expect(run.results[0].locations).toEqual([{
      physicalLocation: { artifactLocation: { uri: 'lighthouse.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } },
    }]);
  });

  it('marks suppressed findings as suppressed in source, with the reason; others have no suppressions', () => {
    expect(run.results[5].suppressions).toEqual([{ kind: 'inSource', justification: 'Alice is the on-call lead until the NOC group exists' }]);
    expect(run.results.filter((r) => r.suppressions !== undefined)).toHaveLength(1);
  });

  it('carries customer, subscription, offer, scope, principal and role as properties, only those present', () => {
    expect(run.results[3].properties).toEqual({
      customer: 'fabrikam', subscription: '88888888-8888-8888-8888-888888888888', scope: '/subscriptions/88888888-8888-8888-8888-888888888888', principal: 'ops', role: 'Owner',
    });
    expect(run.results[0].properties).toEqual({ customer: 'northwind' });
    expect(run.results[1].properties).toEqual({ offer: 'managed' });
    expect(sarifLog(reportInput({ findings: [{ ...FINDINGS[1], offer: undefined }] })).runs[0].results[0].properties).toBeUndefined();
  });

  it('leaves out ruleIndex for a finding of a rule that is not in the list', () => {
    const only = sarifLog(reportInput({ rules: [RULES[0]], findings: [FINDINGS[0]] })).runs[0].results[0];
    expect(only.ruleId).toBe('LH303');
    expect(only.ruleIndex).toBeUndefined();
  });

  it('has no absolute path from the machine it ran on', () => {
    expect(text).not.toContain(process.cwd());
    expect(text).not.toContain('file://');
  });
});

describe('artifactLocation', () => {
  it.each<[string, string | undefined, { uri: string; uriBaseId?: string }]>([
    ['lighthouse.yaml', undefined, { uri: 'lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['./config/lighthouse.yaml', undefined, { uri: 'config/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['config\\prod\\lighthouse.yaml', undefined, { uri: 'config/prod/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['my files/a#b?.yaml', undefined, { uri: 'my%20files/a%23b%3F.yaml', uriBaseId: '%SRCROOT%' }],
    ['infra/lighthouse.yaml', 'infra', { uri: 'lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['infra/lighthouse.yaml', '.', { uri: 'infra/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['infra/lighthouse.yaml', 'other', { uri: 'infra/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['/repo/infra/lighthouse.yaml', '/repo', { uri: 'infra/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['/repo/infra/lighthouse.yaml', '/repo/', { uri: 'infra/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['/repository/x.yaml', '/repo', { uri: 'file:///repository/x.yaml' }],
    ['/elsewhere/x y.yaml', undefined, { uri: 'file:///elsewhere/x%20y.yaml' }],
    ['C:\\repo\\infra\\lighthouse.yaml', 'c:\\repo', { uri: 'infra/lighthouse.yaml', uriBaseId: '%SRCROOT%' }],
    ['C:\\elsewhere\\lighthouse.yaml', 'C:\\repo', { uri: 'file:///C:/elsewhere/lighthouse.yaml' }],
    ['\\\\server\\share\\lighthouse.yaml', undefined, { uri: 'file://server/share/lighthouse.yaml' }],
  ])('%s (base %s)', (file, baseDir, expected) => {
    expect(artifactLocation(file, baseDir)).toEqual(expected);
  });

  it('uses baseDir for the result locations', () => {
    const log = sarifLog(reportInput({ baseDir: 'infra', findings: [{ ...FINDINGS[3], location: { ...FINDINGS[3].location!, file: 'infra/lighthouse.yaml' } }] }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'lighthouse.yaml', uriBaseId: '%SRCROOT%' });
  });
});

describe('pascalCase', () => {
  it.each([
    ['Owner role is not allowed', 'OwnerRoleIsNotAllowed'],
    ['`delegatedRoleDefinitionIds` on a role other than User Access Administrator', 'DelegatedRoleDefinitionIdsOnARoleOtherThanUserAccessAdministrator'],
    ['maximumActivationDuration outside PT30M..PT8H', 'MaximumActivationDurationOutsidePT30MPT8H'],
    ['', ''],
  ])('%s', (title, name) => {
    expect(pascalCase(title)).toBe(name);
  });
});
