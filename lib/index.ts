// Public API of the package root: re-exports only, what library users call. Importing the root loads cdktf (for
// the constructs); the light entry points `lighthouse-iac/manifest`, `/model`, `/roles`, `/policy`, `/rules`,
// `/import`, `/report`, `/diff` and `/emit` do not (README, "Using the library").
export type * from './model/plan';
export { InputError, InputErrors, isInputError } from './model/errors';
export type { ErrorLocation } from './model/errors';
export type { SourceLocation } from './model/location';
export { armGuid, isGuid } from './model/guid';
export { registrationAssignmentGuid, registrationDefinitionGuid, stackName } from './model/ids';
export { offerAuthorizations } from './model/authorization-sets';
export { loadManifest, loadManifestText } from './manifest/load';
export type { LoadOptions } from './manifest/load';
export type { LighthouseManifest } from './manifest/generated/manifest-types';
export { loadInput, loadInputText } from './import/load-input';
export type { LoadInputOptions } from './import/load-input';
export { RoleCatalog } from './roles/catalog';
export type { BuiltInRole } from './roles/catalog';
export { checkPlan, failsAt } from './policy/check';
export type { CheckPlanOptions, FailOn } from './policy/check';
export { DEFAULT_POLICY } from './policy/policy-config';
export type { PolicyConfig } from './policy/policy-config';
export { loadPolicyFile } from './policy/policy-file';
export type { Finding, FindingDraft, Level, PackName, Rule, RuleContext } from './policy/rule';
export type { Subject } from './policy/subject';
export { ALL_RULES, BEST_PRACTICE_RULES, CROSS_CUSTOMER_RULES, MARKETPLACE_RULES, SERVICE_RULES } from '../policies';
export { renderReport, REPORT_FORMATS } from './report';
export type { ReportFormat, ReportInput, ReportOptions } from './report';
export { diffPlans, diffFailsAt, RISK_FLAGS, renderDiffJson, renderDiffMarkdown, renderDiffText } from './diff';
export type { AccessChange, AccessDiff, RiskFlag } from './diff';
export { armFiles, writeArm } from './emit/arm';
export { partnerCenterPlans, writePartnerCenter } from './emit/partner-center';
export { planToManifest, writeManifest } from './emit/manifest';
export { buildApp, CustomerStack, LighthouseDelegation, PolicyChecks, synthesizePlan } from './constructs';
export type { CustomerStackProps, LighthouseDelegationProps, PolicyChecksProps } from './constructs';
