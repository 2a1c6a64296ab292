/**
 * The ONE module of the project that imports `cdktf` and the azurerm provider bindings; everything else
 * (constructs, tests, examples) imports them from here. Why:
 * - cdktf was archived in Dec 2025; its successor CDK Terrain (`cdktn`, `@cdktn/provider-azurerm`) has the
 *   same API under other package names, so moving there means editing the import lines of this file only.
 * - The provider package root loads every azurerm resource (~1.6 s, ~400 MB). Only deep imports
 *   (`@cdktf/provider-azurerm/lib/<resource>`) are allowed, and keeping them here makes that easy to review.
 */
import { App, DataTerraformRemoteState, TerraformBackend, TerraformProvider, TerraformRemoteState, TerraformResource, TerraformStack } from 'cdktf';
import type { AppConfig, CloudBackendConfig, NamedCloudWorkspace } from 'cdktf';
import type { Construct } from 'constructs';
import { withoutEnvironment } from '../util/hidden-environment';

export { Construct } from 'constructs';
export type { IConstruct } from 'constructs';
export {
  App, Annotations, Aspects, AzurermBackend, CloudBackend, LocalBackend, NamedCloudWorkspace, TerraformBackend,
  TerraformElement, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, TerraformVariable, Testing,
  Token, Tokenization,
} from 'cdktf';
export type { AppConfig, IAspect, ISynthesisSession } from 'cdktf';
export { LighthouseDefinition } from '@cdktf/provider-azurerm/lib/lighthouse-definition';
export type {
  LighthouseDefinitionAuthorization, LighthouseDefinitionConfig, LighthouseDefinitionEligibleAuthorization,
} from '@cdktf/provider-azurerm/lib/lighthouse-definition';
export { LighthouseAssignment } from '@cdktf/provider-azurerm/lib/lighthouse-assignment';
export { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
export type { AzurermProviderConfig } from '@cdktf/provider-azurerm/lib/provider';
export { ResourceProviderRegistration } from '@cdktf/provider-azurerm/lib/resource-provider-registration';

/**
 * The same `terraform { cloud { ... } }` block cdktf's `CloudBackend` writes, without the validation that
 * `CloudBackend` adds: that one runs `terraform version` in a child process during `app.synth()` and
 * fails synth on machines without terraform. Synth must need no terraform binary and read nothing from
 * the environment (docs/architecture.md); Terraform itself refuses a cloud block if it is < 1.1.
 */
export class OfflineCloudBackend extends TerraformBackend {
  constructor(scope: Construct, private readonly props: CloudBackendConfig & { readonly workspaces: NamedCloudWorkspace }) {
    super(scope, 'backend', 'cloud');
  }

  override toTerraform(): any {
    const { organization, hostname, token, workspaces } = this.props;
    const cloud = dropUndefined({ organization, hostname, token, workspaces: dropUndefined(workspaces.toTerraform()) });
    return { terraform: { cloud: { ...cloud, ...this.rawOverrides } } };
  }

  /** Cross-stack references read the workspace's outputs, as with CloudBackend. */
  override getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    const { organization, hostname, token, workspaces } = this.props;
    return new DataTerraformRemoteState(scope, name, { organization, hostname, token, workspaces: { name: workspaces.name } });
  }

  /** HCL output (SYNTH_HCL_OUTPUT=true under the cdktf CLI) in the shape CloudBackend uses. */
  override toHclTerraform(): any {
    const { organization, hostname, token, workspaces } = this.props;
    const workspacesBlock = { value: workspaces.toHclTerraform(), isBlock: true, type: 'map', storageClassType: 'stringmap' };
    return { terraform: { cloud: { ...dropUndefined({ organization, hostname, token }), workspaces: workspacesBlock } } };
  }

  override toMetadata(): any {
    // The cdktf CLI reads `cloud: tfc|tfe` to decide on remote runs, as for CloudBackend.
    const host = this.props.hostname;
    return { ...super.toMetadata(), cloud: !host || host.startsWith('app.terraform.io') ? 'tfc' : 'tfe' };
  }
}

/**
 * `resource.importFrom(id, provider)`: a Terraform 1.5+ `import { id, to, provider }` block for an existing object.
 * cdktf also adds a validation that runs `terraform version` in a child process during `app.synth()`; synth needs no
 * terraform binary (DESIGN.md, "Engineering rules"), so that validation is left out, and the stack requires
 * Terraform >= 1.5 instead, which older versions refuse with a clear message before they plan anything.
 */
export function importExisting(resource: TerraformResource, id: string, provider?: TerraformProvider): void {
  const node = resource.node as { addValidation: (validation: unknown) => void };
  // An own property shadows the method for the one call; deleting it brings the prototype's back.
  node.addValidation = () => undefined;
  try {
    resource.importFrom(id, provider);
  } finally {
    delete (node as Partial<typeof node>).addValidation;
  }
  TerraformStack.of(resource).addOverride('terraform.required_version', '>= 1.5.0');
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * Environment variables cdktf reads when an App or a TerraformStack is constructed: CDKTF_OUTDIR (only
 * when no outdir is given), CDKTF_CONTEXT_JSON (merged over `context`), SYNTH_HCL_OUTPUT (overrides
 * `hclOutput`), CDKTF_TARGET_STACK_ID (stored, unused by synth) and, per stack,
 * CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS. The cdktf CLI sets some of them when it runs an app.
 */
export const CDKTF_ENVIRONMENT_VARIABLES = [
  'CDKTF_OUTDIR', 'CDKTF_CONTEXT_JSON', 'SYNTH_HCL_OUTPUT', 'CDKTF_TARGET_STACK_ID',
  'CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS',
] as const;

/**
 * Runs `build` with the cdktf variables above hidden from `process.env` (lib/util/hidden-environment), so that
 * an App built from a Plan synthesizes the same bytes whoever runs it.
 */
export function withoutCdktfEnvironment<T>(build: () => T): T {
  return withoutEnvironment(CDKTF_ENVIRONMENT_VARIABLES, build);
}

/** App settings that make synth reproducible: explicit outdir, JSON output, no stack traces, no env context. */
export function reproducibleAppConfig(outdir: string): AppConfig {
  return { outdir, skipValidation: false, stackTraces: false, hclOutput: false, context: {} };
}

/** `new App(reproducibleAppConfig(outdir))` with the cdktf environment variables hidden. */
export function createApp(outdir: string): App {
  return withoutCdktfEnvironment(() => new App(reproducibleAppConfig(outdir)));
}

/** Where cdktf's process-wide token map stood at a moment (see releaseTokensSince). */
export interface TokenMark {
  readonly strings: number;
  readonly numbers: number;
}

interface TokenMapInternals {
  readonly stringTokenMap: Map<string, unknown>;
  readonly numberTokenMap: Map<number, unknown>;
}

/**
 * cdktf 0.21 keeps every token it ever made in one process-wide map (`global.__cdktfTokenMap`, see
 * cdktf/lib/tokens/private/token-map.js), and every token holds what it refers to, a resource and so its stack:
 * an App that builds, synthesizes and drops one stack at a time would still keep every stack alive through it.
 * `tokenMark()` before a stack is built and `releaseTokensSince(mark)` once it is synthesized forget the tokens
 * made in between, which nothing can resolve any more (cdk.tf.json is written, and our stacks never refer to each
 * other). The map is cdktf's internal state; cdktf is archived, so 0.21 is the version this has to match, and a
 * test checks that the map really goes back to its size.
 */
export function tokenMark(): TokenMark {
  const map = tokenMapInternals();
  return { strings: map?.stringTokenMap.size ?? 0, numbers: map?.numberTokenMap.size ?? 0 };
}

export function releaseTokensSince(mark: TokenMark): void {
  const map = tokenMapInternals();
  if (!map) return;
  trimMap(map.stringTokenMap, mark.strings);
  trimMap(map.numberTokenMap, mark.numbers);
}

function tokenMapInternals(): TokenMapInternals | undefined {
  const map = (globalThis as { __cdktfTokenMap?: Partial<TokenMapInternals> }).__cdktfTokenMap;
  return map?.stringTokenMap instanceof Map && map.numberTokenMap instanceof Map ? (map as TokenMapInternals) : undefined;
}

/** Deletes the entries after the first `size` (a Map iterates in insertion order). */
function trimMap<K>(map: Map<K, unknown>, size: number): void {
  if (map.size <= size) return;
  const added: K[] = [];
  let index = 0;
  for (const key of map.keys()) if (index++ >= size) added.push(key);
  for (const key of added) map.delete(key);
}
