import { LH109_EligibleServicePrincipal } from '../../../policies/service/lh109-eligible-service-principal';
import { LH210_PrincipalTypeUnknown } from '../../../policies/best-practice/lh210-principal-type-unknown';
import { readFileSync } from 'node:fs';
import { writeManifest } from '../../../lib/emit/manifest/plan-to-manifest';
import { loadInput } from '../../../lib/import/load-input';
import { loadManifestText } from '../../../lib/manifest/load';
import { checkPlan } from '../../../lib/policy/check';
import { RoleCatalog } from '../../../lib/roles/catalog';
import { ALL_RULES } from '../../../policies';
import { writeTemp } from '../../helpers/cli';
import { checkRule, manifestWith, planFrom, viaArmImport } from '../../policy/helpers';

const SET = `    - { principal: ops, role: Reader }
    - { principal: ops, role: Contributor, eligible: { approvers: [spn] } }`;

describe('LH210 Principal type unknown: type-dependent rules cannot check it', () => {
  it('reports each principal of unknown type once, naming the rules that cannot check it', () => {
    const imported = viaArmImport(planFrom(manifestWith(SET)));
    const findings = checkRule(LH210_PrincipalTypeUnknown, imported);
    expect(findings.map((f) => [f.ruleId, f.level, f.principal])).toEqual([
      ['LH210', 'info', '22222222-2222-2222-2222-222222222222'],
      ['LH210', 'info', '44444444-4444-4444-4444-444444444444'],
    ]);
    expect(findings[0].message).toBe('The type of principal "Ops" (22222222-2222-2222-2222-222222222222) is unknown (used in customer fabrikam): LH109, LH202 and LH203 cannot check it; set its type (group, user or servicePrincipal)');
    // The service principal approver is invisible to LH109 while its type is unknown.
    expect(checkRule(LH109_EligibleServicePrincipal, imported)).toEqual([]);
  });

  it('is silent when every principal has a type, and LH109 then fires for the service principal approver', () => {
    const plan = planFrom(manifestWith(SET));
    expect(checkRule(LH210_PrincipalTypeUnknown, plan)).toEqual([]);
    expect(checkRule(LH109_EligibleServicePrincipal, plan).map((f) => f.principal)).toEqual(['spn']);
  });
});

describe('LH210 on an import, and what filling in the type changes (issue 13)', () => {
  const PIPELINE = '3c4b5a69-7887-4a5b-bc3d-2e1f0a9b8c7d';

  // The az fixture with the deploy pipeline (a service principal) made eligible: what an export shows, without types.
  const items = JSON.parse(readFileSync('test/fixtures/az-cli/definition-list.json', 'utf8'));
  items[0].properties.eligibleAuthorizations[0].principalId = PIPELINE;
  items[0].properties.eligibleAuthorizations[0].principalIdDisplayName = 'Adatum Pipeline';
  const imported = loadInput(writeTemp('live.json', JSON.stringify(items)).file, { roles: RoleCatalog.builtIn() });
  const { text } = writeManifest(imported);
  const findings = (manifest: string, rule: string) => checkPlan(loadManifestText(manifest, 'imported.yaml'), { rules: ALL_RULES }).filter((f) => f.ruleId === rule);

  it('the imported service principal of unknown type gives the info finding, and LH109 cannot judge it', () => {
    expect(text).toContain(`  adatum-pipeline: { id: ${PIPELINE}, displayName: Adatum Pipeline }`);
    expect(findings(text, 'LH210').filter((f) => f.principal === 'adatum-pipeline').map((f) => f.level)).toEqual(['info']);
    expect(findings(text, 'LH109')).toEqual([]);
  });

  it('filling in type: servicePrincipal makes LH109 fire (and LH210 go quiet for it)', () => {
    const typed = text.replace(`  adatum-pipeline: { id: ${PIPELINE}, displayName: Adatum Pipeline }`, `  adatum-pipeline: { id: ${PIPELINE}, displayName: Adatum Pipeline, type: servicePrincipal }`);
    expect(findings(typed, 'LH109').map((f) => [f.level, f.principal, f.role])).toEqual([['error', 'adatum-pipeline', 'Contributor']]);
    expect(findings(typed, 'LH210').map((f) => f.principal)).not.toContain('adatum-pipeline');
  });
});
