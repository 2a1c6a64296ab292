import * as crypto from 'node:crypto';
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

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The fields a subject stands for. Built field by field (no conditional spreads): the engine makes one per
 * finding, 300,000 of them for a large estate.
 */
export function subjectFields(subject: Subject): SubjectFields {
  const fields: Writable<SubjectFields> = {};
  switch (subject.kind) {
    case 'authorization': {
      const { delegation, authorization, delegatedRole, approver } = subject;
      const location = delegatedRole?.source ?? authorization.source ?? delegation.source;
      fields.customer = delegation.customer;
      fields.subscription = delegation.subscriptionId;
      fields.offer = delegation.offer;
      fields.principal = principalLabel(approver ?? authorization.principal);
      fields.role = roleLabel(delegatedRole ?? authorization.role);
      if (location) fields.location = location;
      return fields;
    }
    case 'delegation': {
      const { delegation, scope } = subject;
      const location = scope?.source ?? delegation.source;
      fields.customer = delegation.customer;
      fields.subscription = delegation.subscriptionId;
      fields.offer = delegation.offer;
      if (scope) fields.scope = scope.id;
      if (location) fields.location = location;
      return fields;
    }
    case 'principal': {
      const { principal, delegation, customers, role } = subject;
      const customer = delegation?.customer ?? (customers?.length === 1 ? customers[0] : undefined);
      const location = principal.source ?? delegation?.source;
      if (customer !== undefined) fields.customer = customer;
      if (delegation) {
        fields.subscription = delegation.subscriptionId;
        fields.offer = delegation.offer;
      }
      fields.principal = principalLabel(principal);
      if (role) fields.role = roleLabel(role);
      if (customers && customers.length > 1) fields.customers = customers;
      if (location) fields.location = location;
      return fields;
    }
    case 'offer':
      fields.offer = subject.offer.key;
      if (subject.offer.source) fields.location = subject.offer.source;
      return fields;
    case 'managingTenant':
      // About the tenant, not about its customers (reports list it plan-wide); the customers it manages as data.
      fields.customers = subject.customers;
      return fields;
    case 'plan':
      return fields;
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
  return sha256Hex(parts.join('\u0000')).slice(0, 32);
}

/** `crypto.hash` (Node >= 20.12) hashes a short string in half the time of a Hash object; older Node 20 has only the latter. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}
