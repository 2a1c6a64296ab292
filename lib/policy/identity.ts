import { createHash } from 'node:crypto';
import { SourceLocation } from '../model/location';
import { Delegation, isEligible, Plan } from '../model/plan';
import { delegationOrdinal, principalLabel, roleLabel } from './describe';
import { grantOccurrence } from './plan-walk';
import { Subject } from './subject';

/** What a finding concerns, derived from its subject: the fields reports print and suppressions match. */
export interface SubjectFields {
  /** Customer key. */
  readonly customer?: string;
  readonly subscription?: string;
  /** Offer key. */
  readonly offer?: string;
  /** ARM scope id (subscription or resource group). */
  readonly scope?: string;
  /** Principal key when known, else its object id. */
  readonly principal?: string;
  /** Role name when known, else its GUID. */
  readonly role?: string;
  /** The customers a finding spans (LH301, LH303), sorted. */
  readonly customers?: readonly string[];
  /** The source entry of the subject: where the finding points when the rule names no other place. */
  readonly location?: SourceLocation;
}

/** The fields a subject stands for. */
export function subjectFields(subject: Subject): SubjectFields {
  switch (subject.kind) {
    case 'authorization': {
      const { delegation, authorization, delegatedRole, approver } = subject;
      const location = delegatedRole?.source ?? authorization.source ?? delegation.source;
      return {
        customer: delegation.customer, subscription: delegation.subscriptionId, offer: delegation.offer,
        principal: principalLabel(approver ?? authorization.principal), role: roleLabel(delegatedRole ?? authorization.role),
        ...(location && { location }),
      };
    }
    case 'delegation': {
      const { delegation, scope } = subject;
      const location = scope?.source ?? delegation.source;
      return {
        customer: delegation.customer, subscription: delegation.subscriptionId, offer: delegation.offer,
        ...(scope && { scope: scope.id }),
        ...(location && { location }),
      };
    }
    case 'principal': {
      const { principal, delegation, customers, role } = subject;
      const customer = delegation?.customer ?? (customers?.length === 1 ? customers[0] : undefined);
      const location = principal.source ?? delegation?.source;
      return {
        ...(customer !== undefined && { customer }),
        ...(delegation && { subscription: delegation.subscriptionId, offer: delegation.offer }),
        principal: principalLabel(principal),
        ...(role && { role: roleLabel(role) }),
        ...(customers && customers.length > 1 && { customers }),
        ...(location && { location }),
      };
    }
    case 'offer':
      return { offer: subject.offer.key, ...(subject.offer.source && { location: subject.offer.source }) };
    case 'managingTenant':
      // About the tenant, not about its customers (reports list it plan-wide); the customers it manages as data.
      return { customers: subject.customers };
    case 'plan':
      return {};
  }
}

/**
 * What tells a subject apart from every other one of the run, in terms that survive unrelated edits (no line
 * numbers, no wording): the offer and the active/eligible kind of an authorization, the ordinal of a repeated
 * grant or delegation, the object ids of principals and roles.
 */
export function subjectIdentity(plan: Plan, subject: Subject): string[] {
  switch (subject.kind) {
    case 'authorization': {
      const { delegation, authorization, delegatedRole, approver } = subject;
      return [
        'authorization', ...delegationIdentity(plan, subject.delegation),
        authorization.principal.id.toLowerCase(), authorization.role.id.toLowerCase(), isEligible(authorization) ? 'eligible' : 'active',
        String(grantOccurrence(delegation, authorization)),
        delegatedRole ? `delegated:${delegatedRole.id.toLowerCase()}` : '', approver ? `approver:${approver.id.toLowerCase()}` : '',
      ];
    }
    case 'delegation':
      return ['delegation', ...delegationIdentity(plan, subject.delegation), subject.scope ? subject.scope.id.toLowerCase() : ''];
    case 'principal':
      return [
        'principal', subject.principal.id.toLowerCase(),
        ...(subject.delegation ? delegationIdentity(plan, subject.delegation) : []),
        (subject.customers ?? []).join(','), subject.role ? subject.role.id.toLowerCase() : '',
      ];
    case 'offer':
      return ['offer', subject.offer.key];
    case 'managingTenant':
      return ['managingTenant', subject.tenantId];
    case 'plan':
      return ['plan'];
  }
}

function delegationIdentity(plan: Plan, delegation: Delegation): string[] {
  return [delegation.customer, delegation.subscriptionId.toLowerCase(), delegation.offer, String(delegationOrdinal(plan, delegation))];
}

/** A 32-hex-digit hash of the parts (SARIF partialFingerprints). */
export function fingerprintOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
