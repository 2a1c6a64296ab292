import { loadInput } from '../import/load-input';
import { Adoption, matchAdoption } from '../model/adoption';
import { Plan } from '../model/plan';
import { RoleCatalog } from '../roles/catalog';
import { visibleText } from '../util/visible-text';
import { CliIo } from './io';

/**
 * `synth --adopt <live export>`: what of the Plan already exists in Azure (an az CLI export or `terraform show -json`
 * state; lib/model/adoption matches it by ids), said on stderr. Live resources the Plan does not have are listed,
 * never imported. Conflicts (a deploy that would fail, or put a second definition of an offer beside the live one)
 * are errors: undefined, and nothing is written.
 */
export function adoptionFor(file: string, plan: Plan, io: CliIo): Adoption | undefined {
  // Roles do not matter here (resources match by id), so the shipped catalog reads the export.
  const live = loadInput(file, {
    roles: RoleCatalog.builtIn(),
    accept: { formats: ['az', 'terraform'], what: '--adopt takes what is deployed: an az CLI export or `terraform show -json` state' },
  });
  const adoption = matchAdoption(plan, live);
  const shown = (text: string) => visibleText(text);
  let definitions = 0;
  let assignments = 0;
  for (const { definition, assignments: scopes } of adoption.delegations.values()) {
    for (const resource of [definition, ...scopes]) {
      if (!resource) continue;
      if (resource === definition) definitions++;
      else assignments++;
      if (resource.replaced) io.stderr(`adopt: warning: ${shown(resource.id)} is imported, but Terraform then replaces it (ForceNew): ${shown(resource.replaced.join('; '))}\n`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stderr(`adopt: ${shown(file)}: import blocks for ${plural(definitions, 'registration definition')} and ${plural(assignments, 'assignment')} that exist already\n`);
  for (const resource of adoption.unmanaged) {
    io.stderr(`adopt: not in the manifest, not imported: ${resource.kind} ${shown(resource.id)} (${shown(JSON.stringify(resource.name))}, managing tenant ${shown(resource.managingTenantId)}): `
      + 'it stays as it is in Azure; add it to the manifest (`lighthouse-iac import` writes its ids) or remove it there\n');
  }
  for (const conflict of adoption.conflicts) io.stderr(`adopt: error: ${shown(conflict.problem)}\n  fix: ${shown(conflict.fix)}\n`);
  if (adoption.conflicts.length === 0) return adoption;
  io.stderr(`not written: ${plural(adoption.conflicts.length, 'conflict')} with what is deployed\n`);
  return undefined;
}
