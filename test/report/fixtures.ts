import { fingerprintOf, SubjectFields } from '../../lib/policy/identity';
import { Finding, Level, PackName, Rule } from '../../lib/policy/rule';
import { ReportInput } from '../../lib/report/report-input';

/*
 * Hand-built rules and findings for the report tests: independent of the real rule packs, so the report
 * snapshots change only when a report does.
 */

const TENANTS_USERS_ROLES = {
  helpUri: 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles',
  source: 'azure-docs:articles/lighthouse/concepts/tenants-users-roles.md@2026-04-06',
};

function rule(id: string, pack: PackName, defaultLevel: Level, title: string, rationale: string, fix: string, doc = TENANTS_USERS_ROLES): Rule {
  return { id, pack, defaultLevel, title, rationale, fix, ...doc, check: () => [] };
}

export const RULE_OWNER = rule('LH101', 'service', 'error', 'Owner role is not allowed',
  'Azure Lighthouse rejects a registration definition that grants Owner.',
  'Grant Contributor (or narrower roles) instead of Owner.');
export const RULE_USER = rule('LH202', 'best-practice', 'warning', 'Individual user as principal',
  'Access granted to individual users is hard to review and to revoke when people leave.',
  'Grant the role to a security group and make the user a member.');
export const RULE_TENANT = rule('LH303', 'cross-customer', 'warning', 'Managing tenant is not an allowed tenant',
  'Delegations to an unexpected managing tenant hand the customer to someone else.',
  'Use one of the managing tenants listed in the policy parameters.');
export const RULE_PLAN = rule('LH401', 'marketplace', 'info', '`plan` version is not semantic',
  'Partner Center compares plan versions as n.n.n.',
  'Set `plan.version` to n.n.n.',
  { helpUri: 'https://learn.microsoft.com/azure/marketplace/plan-managed-service-offer', source: 'azure-docs:articles/marketplace/plan-managed-service-offer.md@2026-01-01' });
/** Runs but reports nothing: appears in SARIF rules and as passed JUnit tests. */
export const RULE_QUIET = rule('LH112', 'service', 'error', 'Duplicate principal and role',
  'Azure rejects a definition that lists the same principal and role twice.',
  'Remove the duplicate authorization.');

export const RULES: readonly Rule[] = [RULE_OWNER, RULE_QUIET, RULE_USER, RULE_TENANT, RULE_PLAN];

export const FILE = 'lighthouse.yaml';
export const SUB_FABRIKAM = '88888888-8888-8888-8888-888888888888';
export const SUB_CONTOSO = '99999999-9999-9999-9999-999999999999';
export const CUSTOMERS: readonly string[] = ['fabrikam', 'contoso', 'northwind', 'adatum'];

/** What a fixture finding says; `key` stands in for the identity the runner derives from a subject. */
interface FixtureFinding extends SubjectFields {
  readonly message: string;
  readonly key?: string;
}

/** A Finding as the runner makes it, about no Plan element (reports read only the derived fields). */
export function finding(ruleId: string, level: Level, { key, ...fields }: FixtureFinding, suppressionReason?: string): Finding {
  return {
    ruleId, level, ...fields, subject: { kind: 'plan' },
    suppressed: suppressionReason !== undefined,
    ...(suppressionReason !== undefined && { suppressionReason }),
    fingerprint: fingerprintOf([ruleId, fields.customer, fields.subscription, fields.scope, fields.principal, fields.role, key].map((p) => p ?? '')),
  };
}

const at = (line: number, column: number, path: string) => ({ file: FILE, line, column, path });

/**
 * In the runner's order (file, line, column, rule): a finding without a location (LH303, northwind), a
 * plan-wide info (LH401), two errors on one shared authorization (LH101, fabrikam and contoso), a suppressed
 * warning (LH202, fabrikam) and an unsuppressed one (LH202, contoso). `adatum` has no finding.
 */
export const FINDINGS: readonly Finding[] = [
  finding('LH303', 'warning', {
    message: 'managing tenant 12121212-1212-1212-1212-121212121212 of customer northwind is not an allowed managing tenant',
    customer: 'northwind',
  }),
  finding('LH401', 'info', {
    message: 'plan version "1.0" of offer managed is not n.n.n',
    location: at(10, 16, 'offers.managed.plan.version'),
    offer: 'managed', key: 'managed',
  }),
  finding('LH101', 'error', {
    message: `Owner (8e3af657-a8ff-443c-a75c-2fe8c4bcb635) is granted to "Ops" (ops) in customer contoso, subscription ${SUB_CONTOSO}: Azure Lighthouse does not support Owner`,
    location: at(15, 13, 'authorizationSets.main[0].role'),
    customer: 'contoso', subscription: SUB_CONTOSO, scope: `/subscriptions/${SUB_CONTOSO}`, principal: 'ops', role: 'Owner',
  }),
  finding('LH101', 'error', {
    message: `Owner (8e3af657-a8ff-443c-a75c-2fe8c4bcb635) is granted to "Ops" (ops) in customer fabrikam, subscription ${SUB_FABRIKAM}: Azure Lighthouse does not support Owner`,
    location: at(15, 13, 'authorizationSets.main[0].role'),
    customer: 'fabrikam', subscription: SUB_FABRIKAM, scope: `/subscriptions/${SUB_FABRIKAM}`, principal: 'ops', role: 'Owner',
  }),
  finding('LH202', 'warning', {
    message: `"Alice" (alice) is a user: grant the role to a group in customer contoso, subscription ${SUB_CONTOSO}`,
    location: at(16, 7, 'authorizationSets.main[1]'),
    customer: 'contoso', subscription: SUB_CONTOSO, principal: 'alice', role: 'Reader',
  }),
  finding('LH202', 'warning', {
    message: `"Alice" (alice) is a user: grant the role to a group in customer fabrikam, subscription ${SUB_FABRIKAM}`,
    location: at(16, 7, 'authorizationSets.main[1]'),
    customer: 'fabrikam', subscription: SUB_FABRIKAM, principal: 'alice', role: 'Reader',
  }, 'Alice is the on-call lead until the NOC group exists'),
];

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    findings: FINDINGS,
    rules: RULES,
    tool: { name: 'lighthouse-iac', version: '0.1.0' },
    manifestFile: FILE,
    customers: CUSTOMERS,
    ...overrides,
  };
}

/**
 * Input that tries to break every format: markup, quotes, pipes, line breaks, terminal escapes, XML-invalid
 * characters, a mention, and file names with spaces and backslashes.
 */
export const HOSTILE_TEXT = 'Role "A|B" <script>&amp; \'q\' `tick` *bold* [x](y) @octo-org/admins\nline two\r\n\u001b[31mred\u001b[0m\u0007\u0000\ufffe\ud800end';

export function hostileInput(): ReportInput {
  return reportInput({
    manifestFile: 'my manifests\\prod|1.yaml',
    customers: ['we<ird>&"co"'],
    findings: [
      finding('LH101', 'error', {
        message: HOSTILE_TEXT,
        location: { file: 'my manifests\\prod|1.yaml', line: 3, column: 5, path: 'customers["we<ird>&\\"co\\""]' },
        customer: 'we<ird>&"co"',
      }),
      finding('LH202', 'warning', { message: 'suppressed one', customer: 'we<ird>&"co"' }, `reason with | pipe\nand <tag> & "quote" ${'\u001b'}[2J`),
    ],
  });
}
