import { App, IConstruct, withoutCdktfEnvironment } from '../../lib/constructs/cdk';
import { LighthouseDelegationProps } from '../../lib/constructs/lighthouse-delegation';
import { FindingDraft, Level, Rule, RuleContext } from '../../lib/policy/rule';

/** What the PolicyChecks tests share: ids, annotations as cdktf collects them, hand-written rules. */

export const MSP_TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
export const TENANT = 'cccccccc-0000-4000-8000-000000000001';
export const OTHER_TENANT = 'dddddddd-0000-4000-8000-000000000001';
export const SUBSCRIPTION = 'cccccccc-0000-4000-8000-00000000005a';
export const OPS = 'aaaaaaaa-0000-4000-8000-0000000000a1';
export const LEADS = 'aaaaaaaa-0000-4000-8000-0000000000a2';
export const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
export const LOG_ANALYTICS_CONTRIBUTOR = '92aaf0da-9dab-42b6-94a3-d43ce8d16293';
export const DELETE_ROLE = '91c1777a-f3dc-4fae-b103-61d183457e46';

export interface Note {
  readonly path: string;
  readonly level: Level;
  readonly message: string;
}

const LEVELS: Record<string, Level> = { '@cdktf/error': 'error', '@cdktf/warn': 'warning', '@cdktf/info': 'info' };

/** Every info/warning/error annotation under `scope`, as cdktf collects them into manifest.json. */
export function notes(scope: IConstruct): Note[] {
  return scope.node.findAll().flatMap((node) => node.node.metadata
    .filter((m) => m.type in LEVELS)
    .map((m) => ({ path: node.node.path, level: LEVELS[m.type], message: String(m.data) })));
}

/** An App (in `outdir`) that ignores CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS (read when stacks are constructed) from the environment. */
export function buildIn<T>(outdir: string, fn: (app: App) => T): { app: App; result: T } {
  return withoutCdktfEnvironment(() => {
    const app = new App({ outdir, stackTraces: false });
    return { app, result: fn(app) };
  });
}

export function delegationProps(overrides: Partial<LighthouseDelegationProps> = {}): LighthouseDelegationProps {
  return {
    managingTenantId: MSP_TENANT,
    subscriptionId: SUBSCRIPTION,
    name: 'Managed operations',
    authorizations: [
      { principalId: OPS, principalDisplayName: 'Ops', role: 'Reader' },
      { principalId: LEADS, principalDisplayName: 'Leads', role: 'Managed Services Registration assignment Delete Role' },
    ],
    ...overrides,
  };
}

/** A hand-written rule. */
export function rule(id: string, level: Level, check: (context: RuleContext) => Iterable<FindingDraft>): Rule {
  return {
    id, pack: 'best-practice', title: `test rule ${id}`, defaultLevel: level, rationale: 'test', fix: `fix ${id}`,
    helpUri: 'https://example.com', source: 'test', check,
  };
}
