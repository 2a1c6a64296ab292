// Actions that make a built-in role unusable in a Lighthouse authorization, as listed (2026 version) in
// azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06
// (https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles).
// A role is hit when its `actions` contain one of these strings literally (case-insensitive): wildcards are
// not expanded, so Contributor's `*` stays allowed, as the service accepts it. The 2023 page also listed
// `*/write` and `*/delete`; they were dropped since and are deliberately absent.
export const RESTRICTED_AUTHORIZATION_ACTIONS: readonly string[] = Object.freeze([
  'Microsoft.Authorization/*',
  'Microsoft.Authorization/*/write',
  'Microsoft.Authorization/*/delete',
  'Microsoft.Authorization/roleAssignments/write',
  'Microsoft.Authorization/roleAssignments/delete',
  'Microsoft.Authorization/roleDefinitions/write',
  'Microsoft.Authorization/roleDefinitions/delete',
  'Microsoft.Authorization/classicAdministrators/write',
  'Microsoft.Authorization/classicAdministrators/delete',
  'Microsoft.Authorization/locks/write',
  'Microsoft.Authorization/locks/delete',
  'Microsoft.Authorization/denyAssignments/write',
  'Microsoft.Authorization/denyAssignments/delete',
]);

/** Built-in roles the Lighthouse rules single out by GUID. */
export const WELL_KNOWN_ROLES = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  registrationAssignmentDelete: '91c1777a-f3dc-4fae-b103-61d183457e46',
} as const;
