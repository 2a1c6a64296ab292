import { Rule } from '../../lib/policy/rule';
import { LH201_NoRegistrationDeleteRole } from './lh201-no-registration-delete-role';
import { LH202_IndividualUserPrincipal } from './lh202-individual-user-principal';
import { LH203_PrivilegedRoleNotEligible } from './lh203-privileged-role-not-eligible';
import { LH204_EligibleWithoutMfa } from './lh204-eligible-without-mfa';
import { LH205_EligibleWithoutReader } from './lh205-eligible-without-reader';
import { LH206_PrincipalWithoutDisplayName } from './lh206-principal-without-display-name';
import { LH207_SelfApproval } from './lh207-self-approval';
import { LH208_PrivilegedEligibleWithoutApprovers } from './lh208-privileged-eligible-without-approvers';
import { LH209_OldApiVersion } from './lh209-old-api-version';
import { LH210_PrincipalTypeUnknown } from './lh210-principal-type-unknown';

export {
  LH201_NoRegistrationDeleteRole, LH202_IndividualUserPrincipal, LH203_PrivilegedRoleNotEligible, LH204_EligibleWithoutMfa,
  LH205_EligibleWithoutReader, LH206_PrincipalWithoutDisplayName, LH207_SelfApproval, LH208_PrivilegedEligibleWithoutApprovers,
  LH209_OldApiVersion, LH210_PrincipalTypeUnknown,
};

/** The best-practice pack: risks Azure accepts silently, in id order. */
export const BEST_PRACTICE_RULES: readonly Rule[] = [
  LH201_NoRegistrationDeleteRole,
  LH202_IndividualUserPrincipal,
  LH203_PrivilegedRoleNotEligible,
  LH204_EligibleWithoutMfa,
  LH205_EligibleWithoutReader,
  LH206_PrincipalWithoutDisplayName,
  LH207_SelfApproval,
  LH208_PrivilegedEligibleWithoutApprovers,
  LH209_OldApiVersion,
  LH210_PrincipalTypeUnknown,
];
