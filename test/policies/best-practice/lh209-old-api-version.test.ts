import { join } from 'node:path';
import { importArm } from '../../../lib/import/arm';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { LH209_OldApiVersion } from '../../../policies/best-practice/lh209-old-api-version';
import { checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';
import {
  ACTIVE_SET, CORPUS_PAIRS, CORPUS_TEMPLATES, ELIGIBLE_SET, HAVE_CORPUS, TWIN_PAIRS, withApiVersion,
} from '../arm-sample-pairs';
import { skipNotice } from '../../helpers/skip-notice';

if (!HAVE_CORPUS) skipNotice('the Azure-Lighthouse-samples cases of LH209: ../shared is absent');

/** What LH209 reports on each sample (and its twin): every one deploys with an api-version older than 2022-10-01. */
const SAMPLE_VERSIONS = ['2019-09-01', '2019-06-01', '2019-06-01', ...Array(6).fill('2020-02-01-preview'), '2019-06-01'];

describe('LH209 Old api-version: older than 2022-10-01', () => {
  it('reports once per delegation, naming the versions and resources, at the first old one', () => {
    const findings = checkRule(LH209_OldApiVersion, viaArmImport(planFrom(manifestWith(ELIGIBLE_SET)), withApiVersion('2020-02-01-preview')));
    expect(findings.map((f) => [f.ruleId, f.level, f.location?.path])).toEqual([['LH209', 'info', 'resources[0].apiVersion']]);
    expect(findings[0].message).toBe('offer managed in customer fabrikam, subscription 88888888-8888-8888-8888-888888888888 is deployed with api-version '
      + '2020-02-01-preview (definition, assignment to the subscription): it works, but 2022-10-01 is the current stable version');
  });

  it('leaves to LH120 what does not work: unknown versions, and versions too old for eligible authorizations', () => {
    expect(checkRule(LH209_OldApiVersion, viaArmImport(planFrom(manifestWith(ELIGIBLE_SET)), withApiVersion('2019-09-01')))).toEqual([]);
    expect(checkRule(LH209_OldApiVersion, viaArmImport(planFrom(manifestWith(ACTIVE_SET)), withApiVersion('2023-01-01')))).toEqual([]);
    expect(checkRule(LH209_OldApiVersion, viaArmImport(planFrom(manifestWith(ACTIVE_SET)), withApiVersion('2019-09-01')))).toHaveLength(1);
  });

  it('is silent on 2022-10-01 (what the tool exports) and on manifests', () => {
    expect(checkRule(LH209_OldApiVersion, viaArmImport(planFrom(manifestWith(ELIGIBLE_SET))))).toEqual([]);
    expect(checkRule(LH209_OldApiVersion, planFrom(manifestWith(ELIGIBLE_SET)))).toEqual([]);
  });

  it('reports the twins of Microsoft\'s samples, each at the version it uses', () => {
    const fixtures = join(__dirname, '../../fixtures/arm');
    const seen = TWIN_PAIRS.map(([template, parameters]) => {
      const findings = checkRule(LH209_OldApiVersion, importArm(join(fixtures, template), { roles: RoleCatalog.builtIn(), parameters: join(fixtures, parameters) }));
      return [template, findings.map((f) => f.message.match(/api-version (\S+)/)![1])];
    });
    expect(seen.map(([, versions]) => versions[0])).toEqual(SAMPLE_VERSIONS);
  });

  (HAVE_CORPUS ? it : it.skip)('reports every template of Microsoft\'s Azure-Lighthouse-samples', () => {
    const seen = CORPUS_PAIRS.map(([template, parameters]) => {
      const findings = checkRule(LH209_OldApiVersion, importArm(join(CORPUS_TEMPLATES, template), { roles: RoleCatalog.builtIn(), parameters: join(CORPUS_TEMPLATES, parameters) }));
      expect([template, findings.length > 0]).toEqual([template, true]);
      return findings[0].message.match(/api-version (\S+)/)![1];
    });
    expect(seen).toEqual(SAMPLE_VERSIONS);
  });
});
