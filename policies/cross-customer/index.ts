import { Rule } from '../../lib/policy/rule';
import { LH301_IdenticalAccessAcrossCustomers } from './lh301-identical-access-across-customers';
import { LH302_SameAccessInSeveralOffers } from './lh302-same-access-in-several-offers';
import { LH303_ManagingTenantNotAllowed } from './lh303-managing-tenant-not-allowed';
import { LH304_DelegationRemoved } from './lh304-delegation-removed';

export { LH301_IdenticalAccessAcrossCustomers, LH302_SameAccessInSeveralOffers, LH303_ManagingTenantNotAllowed, LH304_DelegationRemoved };

/** The cross-customer pack: risks that only show across customers, offers or tenants, in id order. */
export const CROSS_CUSTOMER_RULES: readonly Rule[] = [
  LH301_IdenticalAccessAcrossCustomers,
  LH302_SameAccessInSeveralOffers,
  LH303_ManagingTenantNotAllowed,
  LH304_DelegationRemoved,
];
