import { join } from 'node:path';
import { importArm } from '../../../lib/import/arm';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { LH120_ApiVersion } from '../../../policies/service/lh120-api-version';
import { checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';
import {
  ACTIVE_SET, CORPUS_PAIRS, CORPUS_TEMPLATES, ELIGIBLE_SET, HAVE_CORPUS, TWIN_PAIRS, withApiVersion,
} from '../arm-sample-pairs';
import { skipNotice } from '../../helpers/skip-notice';

if (!HAVE_CORPUS) skipNotice('the Azure-Lighthouse-samples cases of LH120: ../shared is absent');

describe('LH120 api-version: one Microsoft.ManagedServices does not have, or too old for eligible authorizations', () => {
  it('reports a definition with eligible authorizations and its assignment deployed with 2019-09-01, at each apiVersion', () => {
    const plan = viaArmImport(planFrom(manifestWith(ELIGIBLE_SET)), withApiVersion('2019-09-01'));
    const findings = checkRule(LH120_ApiVersion, plan);
    expect(findings.map((f) => [f.ruleId, f.level, f.location?.path])).toEqual([
      ['LH120', 'error', 'resources[0].apiVersion'],
      ['LH120', 'error', 'resources[1].apiVersion'],
    ]);
    expect(findings[0].message).toBe('the registration definition of offer managed in customer fabrikam, subscription 88888888-8888-8888-8888-888888888888 '
      + 'uses api-version "2019-09-01", which is older than 2020-02-01-preview, the first that takes eligible authorizations, which this definition has');
    expect(findings[1].message).toMatch(/^the registration assignment of offer managed to the subscription in .* uses api-version "2019-09-01", which is older than 2020-02-01-preview/);
  });

  it('reports an api-version the provider does not have, eligible authorizations or not', () => {
    const findings = checkRule(LH120_ApiVersion, viaArmImport(planFrom(manifestWith(ACTIVE_SET)), withApiVersion('2021-13-01')));
    expect(findings).toHaveLength(2);
    expect(findings[0].message).toMatch(/uses api-version "2021-13-01", which is not an api-version of Microsoft\.ManagedServices$/);
  });

  it('is silent on 2019-09-01 without eligible authorizations, on 2020-02-01-preview with them, and on what the tool exports', () => {
    expect(checkRule(LH120_ApiVersion, viaArmImport(planFrom(manifestWith(ACTIVE_SET)), withApiVersion('2019-09-01')))).toEqual([]);
    expect(checkRule(LH120_ApiVersion, viaArmImport(planFrom(manifestWith(ELIGIBLE_SET)), withApiVersion('2020-02-01-preview')))).toEqual([]);
    expect(checkRule(LH120_ApiVersion, viaArmImport(planFrom(manifestWith(ELIGIBLE_SET))))).toEqual([]);
  });

  it('is silent on manifests, which say no api-version (the emitters choose the current one)', () => {
    expect(checkRule(LH120_ApiVersion, planFrom(manifestWith(ELIGIBLE_SET)))).toEqual([]);
  });

  it('is silent on the twins of Microsoft\'s samples (their eligible templates use 2020-02-01-preview)', () => {
    const fixtures = join(__dirname, '../../fixtures/arm');
    for (const [template, parameters] of TWIN_PAIRS) {
      const plan = importArm(join(fixtures, template), { roles: RoleCatalog.builtIn(), parameters: join(fixtures, parameters) });
      expect([template, checkRule(LH120_ApiVersion, plan)]).toEqual([template, []]);
    }
  });

  (HAVE_CORPUS ? it : it.skip)('is silent on every template of Microsoft\'s Azure-Lighthouse-samples', () => {
    for (const [template, parameters] of CORPUS_PAIRS) {
      const plan = importArm(join(CORPUS_TEMPLATES, template), { roles: RoleCatalog.builtIn(), parameters: join(CORPUS_TEMPLATES, parameters) });
      expect([template, checkRule(LH120_ApiVersion, plan)]).toEqual([template, []]);
    }
  });
});
