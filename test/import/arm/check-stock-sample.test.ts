import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArm } from '../../../lib/import/arm';
import { checkPlan } from '../../../lib/policy/check';
import { Finding } from '../../../lib/policy/rule';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { ALL_RULES } from '../../../policies';
import { skipNotice } from '../../helpers/skip-notice';

/**
 * Acceptance (issue 4): importing Microsoft's stock subscription sample and checking it reports LH103 for the
 * delegated Log Analytics Contributor (it carries a DataAction; Azure/Azure-Lighthouse-samples#137) and LH115
 * for the placeholder managing tenant id, both located in the parameters file where the values are written.
 * The corpus case skips when ../shared is absent; the project's twin (test/fixtures/arm/subscription) always runs.
 */

const corpus = join(__dirname, '../../../../shared/corpus/azure-lighthouse-samples/templates/delegated-resource-management/subscription');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) skipNotice('the stock-sample check of the ARM importer: ../shared is absent');
const twin = join(__dirname, '../../fixtures/arm/subscription');

const LOG_ANALYTICS_CONTRIBUTOR = '92aaf0da-9dab-42b6-94a3-d43ce8d16293';
const PLACEHOLDER = '<insert managing tenant id>';

/** 1-based line and column of the first appearance of `needle` in a file. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const text = readFileSync(file, 'utf8');
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function checkSample(dir: string): Finding[] {
  const template = join(dir, 'subscription.json');
  const parameters = join(dir, 'subscription.parameters.json');
  return checkPlan(importArm(template, { roles: RoleCatalog.builtIn(), parameters }), { rules: ALL_RULES });
}

function assertStockFindings(dir: string): void {
  const parameters = join(dir, 'subscription.parameters.json');
  const findings = checkSample(dir);

  const lh103 = findings.filter((f) => f.ruleId === 'LH103');
  expect(lh103).toHaveLength(1);
  expect(lh103[0]).toMatchObject({
    level: 'error', role: 'Log Analytics Contributor',
    location: { file: parameters, ...positionOf(parameters, `"${LOG_ANALYTICS_CONTRIBUTOR}"`), path: 'parameters.authorizations.value[2].delegatedRoleDefinitionIds[1]' },
  });
  expect(lh103[0].message).toContain(`delegated role Log Analytics Contributor (${LOG_ANALYTICS_CONTRIBUTOR}) of User Access Administrator`);

  const tenant = findings.filter((f) => f.ruleId === 'LH115' && f.message.includes(PLACEHOLDER));
  expect(tenant).toHaveLength(1);
  expect(tenant[0]).toMatchObject({
    level: 'error',
    location: { file: parameters, ...positionOf(parameters, `"${PLACEHOLDER}"`), path: 'parameters.managedByTenantId.value' },
  });
  expect(tenant[0].message).toContain(`managing tenant id "${PLACEHOLDER}"`);
  expect(tenant[0].message).toContain('is not a GUID');
}

describe('check on an imported stock subscription sample', () => {
  (haveCorpus ? test : test.skip)('Microsoft\'s sample (../shared corpus): LH103 for Log Analytics Contributor, LH115 for the placeholder tenant', () => {
    assertStockFindings(corpus);
    // The sample's all-zero principal ids are placeholders too: LH115 for each of its three authorizations.
    const principals = checkSample(corpus).filter((f) => f.ruleId === 'LH115' && f.message.includes('all-zero GUID'));
    expect(principals).toHaveLength(3);
  });

  test('the project\'s twin (test/fixtures/arm/subscription): the same findings', () => {
    assertStockFindings(twin);
  });
});
