export { partnerCenterFiles, writePartnerCenter } from './files';
export { planSheet } from './markdown';
export { PLAN_AUTHORIZATION_LIMIT, partnerCenterPlans } from './technical-configuration';
export type { NamedRole, PartnerCenterPlan, PlanAuthorization, PlanLimit } from './technical-configuration';
