import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffPlans } from '../../lib/diff';
import { loadInput } from '../../lib/import/load-input';
import { Plan } from '../../lib/model/plan';
import { RoleCatalog } from '../../lib/roles/catalog';
import { writeTemp } from '../helpers/cli';

/**
 * Drift (issue 13): diffPlans(manifest, live export) reports access in Azure that the manifest does not grant and
 * access the manifest grants that is not deployed, with the same risk flags as a code review diff. The az export
 * (az rest, api-version 2022-10-01) of the example estate differs from the manifest in exactly three places: an
 * extra live authorization, one that is not deployed, and a changed just-in-time policy. Keys differ throughout
 * (customers, offers and principals are derived from names and ids in an export), and must not show as drift.
 */

const roles = RoleCatalog.builtIn();
const manifest = loadInput(join(__dirname, '../../examples/contoso/lighthouse.yaml'), { roles });
const DRIFT = join(__dirname, '../fixtures/az-cli/contoso/drift.json');

function drift(live: Plan) {
  return diffPlans(manifest, live, { before: 'lighthouse.yaml', after: 'live.json' });
}

describe('drift: the manifest against a live export', () => {
  test('exactly the three differences, with their flags', () => {
    const changes = drift(loadInput(DRIFT, { roles })).changes.map((c) => ({
      kind: c.kind, customer: c.customer, subscription: c.subscription, principal: c.principal?.displayName, role: c.role?.name, details: c.details, flags: c.flags,
    }));
    expect(changes).toEqual([
      // In Azure, not in the manifest.
      { kind: 'authorization-added', customer: 'fabrikam-ltd', subscription: '8bf55ee3-2fa2-4121-8b6b-a01fa8084f12', principal: 'Contoso Contractors', role: 'Reader', details: [], flags: ['escalation', 'new-customer-reach'] },
      // A changed just-in-time policy: longer activation, no MFA.
      {
        kind: 'authorization-changed', customer: 'fabrikam-ltd', subscription: '9525d470-7435-412c-ae90-65c853fb8078', principal: 'Contoso Ops Engineers', role: 'Contributor',
        details: ['maximum activation PT4H -> PT8H', 'MFA no longer required on activation'], flags: ['mfa-dropped', 'activation-extended'],
      },
      // In the manifest, not deployed.
      { kind: 'authorization-removed', customer: 'tailspin-toys', subscription: 'c4d58042-224e-43ba-bfa7-4906bc988cf0', principal: 'Contoso Security Analysts', role: 'Security Reader', details: [], flags: ['access-loss'] },
    ]);
  });

  test('an export of exactly what the manifest grants has no drift (approvers by object id, offers paired through their delegations)', () => {
    const pages = JSON.parse(readFileSync(DRIFT, 'utf8')) as Array<{ value: any[] }>;
    for (const item of pages.flatMap((p) => p.value)) {
      const definition = item.properties.registrationDefinition.properties;
      definition.authorizations = definition.authorizations.filter((a: any) => a.principalIdDisplayName !== 'Contoso Contractors');
      for (const a of definition.eligibleAuthorizations) {
        if (a.principalIdDisplayName === 'Contoso Ops Engineers') a.justInTimeAccessPolicy = { ...a.justInTimeAccessPolicy, maximumActivationDuration: 'PT4H', multiFactorAuthProvider: 'Azure' };
      }
      if (definition.manageeTenantName === 'Tailspin Toys') {
        definition.authorizations.push({ delegatedRoleDefinitionIds: null, principalId: 'e17e5673-1c15-4c2b-a190-66837f2afe26', principalIdDisplayName: 'Contoso Security Analysts', roleDefinitionId: '39bc4728-0917-49c7-9d2c-d95423bc2eb4' });
      }
    }
    const inSync = loadInput(writeTemp('live.json', JSON.stringify(pages)).file, { roles });
    expect(drift(inSync).changes).toEqual([]);
  });

  test('an export that is not deployed at all: every delegation of the manifest is access that is missing', () => {
    const northwindOnly = JSON.parse(readFileSync(DRIFT, 'utf8')).filter((p: { value: any[] }) => p.value[0].id.includes('fa4069d5'));
    const changes = drift(loadInput(writeTemp('live.json', JSON.stringify(northwindOnly)).file, { roles })).changes;
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['customer-removed', 'delegation-removed', 'authorization-removed']));
    expect(changes.every((c) => c.flags.includes('access-loss'))).toBe(true);
    expect(changes.some((c) => c.customer === 'northwind')).toBe(false);
  });

  test('several definitions of one offer in a subscription (multi-rg) pair by definition id, whatever their order', () => {
    const template = join(__dirname, '../fixtures/arm/rg/multi-rg.json');
    const options = { roles, parameters: join(__dirname, '../fixtures/arm/rg/multiple-rg.parameters.json'), subscription: '5d9c1f3e-8a2b-4c6d-9e0f-1a2b3c4d5e6f', customerTenant: '7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1f0e' };
    const deployed = loadInput(template, options);
    expect(deployed.delegations).toHaveLength(3);
    const reordered = { ...deployed, delegations: [...deployed.delegations].reverse() };
    expect(diffPlans(deployed, reordered, { before: 'a', after: 'b' }).changes).toEqual([]);
  });
});
