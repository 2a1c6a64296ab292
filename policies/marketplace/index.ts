import { Rule } from '../../lib/policy/rule';
import { LH401_TooManyPlanAuthorizations } from './lh401-too-many-plan-authorizations';
import { LH402_PlanVersionFormat } from './lh402-plan-version-format';
import { LH403_PlanVersionNotIncreased } from './lh403-plan-version-not-increased';
import { LH404_PublicPlanSameAccess } from './lh404-public-plan-same-access';
import { LH405_PlanIdFormat } from './lh405-plan-id-format';

export { LH401_TooManyPlanAuthorizations, LH402_PlanVersionFormat, LH403_PlanVersionNotIncreased, LH404_PublicPlanSameAccess, LH405_PlanIdFormat };

/** The marketplace pack: rules for offers published as Partner Center plans, in id order. */
export const MARKETPLACE_RULES: readonly Rule[] = [
  LH401_TooManyPlanAuthorizations,
  LH402_PlanVersionFormat,
  LH403_PlanVersionNotIncreased,
  LH404_PublicPlanSameAccess,
  LH405_PlanIdFormat,
];
