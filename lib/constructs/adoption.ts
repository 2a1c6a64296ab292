import { DelegationAdoption } from '../model/adoption';
import { importExisting } from './cdk';
import { LighthouseDelegation } from './lighthouse-delegation';

/**
 * Adopts what already exists of a delegation (`synth --adopt`, matched by lib/model/adoption): an import block for
 * its definition and for each assignment that exists, each with the delegation's provider (the customer
 * subscription's), so that the first `cdktf deploy` takes them into state instead of creating them again.
 */
export function adoptExisting(delegation: LighthouseDelegation, adoption: DelegationAdoption): void {
  if (adoption.definition) importExisting(delegation.definition, adoption.definition.id, delegation.definition.provider);
  delegation.assignments.forEach((assignment, i) => {
    const existing = adoption.assignments[i];
    if (existing) importExisting(assignment, existing.id, assignment.provider);
  });
}
