import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_FILE, stackAccessMarkdown } from '../emit/access/stack-access';
import { delegationConstructIds } from '../model/ids';
import { Adoption } from '../model/adoption';
import { Plan } from '../model/plan';
import { customerStacks, CustomerStackEntry } from '../model/customer-stacks';
import { requireDistinctIdentities } from '../model/plan-identity';
import { resolveInside } from '../util/safe-path';
import { requireSynthesizable } from './synth-requirements';
import { App, createApp, ISynthesisSession, releaseTokensSince, TerraformStack, tokenMark, withoutCdktfEnvironment } from './cdk';
import { adoptExisting } from './adoption';
import { CustomerStack } from './customer-stack';
import { LighthouseDelegation } from './lighthouse-delegation';

export interface BuildAppOptions {
  /** Where `app.synth()` writes (`manifest.json`, `stacks/<stack>/cdk.tf.json`). Always explicit: see below. */
  readonly outdir: string;
  /** What already exists in Azure (`synth --adopt`, lib/model/adoption): import blocks for it. @default - none */
  readonly adoption?: Adoption;
}

/**
 * The cdktf App for a Plan: one CustomerStack per customer (stack id = sanitized customer key, stackName), one
 * LighthouseDelegation per Plan delegation (construct id = sanitized `<offer key>-<subscription id>`, delegationConstructIds), in
 * Plan order, with the Plan's settings (cloud, backend, resource-provider registration).
 *
 * Customers without any delegation get NO stack: an empty stack would still need a provider per
 * subscription to destroy anything, which the Plan no longer names. So to offboard a customer entirely,
 * run `cdktf destroy <stack>` (or `terraform destroy` in its directory) BEFORE removing its last delegation.
 *
 * Reproducible by construction: the App gets an explicit outdir, validation on, no stack traces, JSON output
 * and an empty context, and cdktf's environment variables (CDKTF_OUTDIR, CDKTF_CONTEXT_JSON,
 * SYNTH_HCL_OUTPUT, CDKTF_TARGET_STACK_ID, CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS) are hidden while the
 * App and its stacks are built, so the output does not depend on who runs it. An app run by the cdktf CLI
 * that wants the CLI's `--output` must pass `process.env.CDKTF_OUTDIR` as `outdir` itself.
 */
export function buildApp(plan: Plan, options: BuildAppOptions): App {
  // Stack and construct ids are distinct, not reserved and safe as paths, and every id the stacks need is a GUID
  // (the CLI checked both before loading cdktf; a Plan built by other code is checked here).
  requireDistinctIdentities(plan);
  requireSynthesizable(plan);
  return withoutCdktfEnvironment(() => {
    const app = createApp(options.outdir);
    for (const entry of customerStacks(plan)) addCustomerStack(app, plan, entry, options);
    return app;
  });
}

export interface SynthesizeOptions {
  /** What already exists in Azure (`synth --adopt`, lib/model/adoption): import blocks for it. @default - none */
  readonly adoption?: Adoption;
  /**
   * Only the stacks with these ids are built and written (`synth --stack`); `manifest.json` still lists every stack
   * of the Plan, as a full synth writes it. @default - every stack
   */
  readonly stacks?: ReadonlySet<string>;
  /** Called after each stack is written, with how many of how many stacks are done. @default - none */
  readonly onStack?: (done: number, total: number) => void;
  /** Write `manifest.json` (a worker of synthesizeInWorkers leaves it to the main thread). @default true */
  readonly manifest?: boolean;
}

/**
 * Writes the Plan's Terraform output to `outdir`: `stacks/<stack>/cdk.tf.json` (cdktf) and `ACCESS.md` (who gets
 * which role where, lib/emit/access) per customer, and `manifest.json`. The same bytes as `buildApp(...).synth()`
 * plus the ACCESS.md files, but one stack at a time: each stack is built, synthesized and dropped (from the App and
 * from cdktf's token map) before the next, so memory grows with the Plan, not with cdktf's construct trees, and
 * manifest.json is written at the end, as App.synth() writes it.
 */
export function synthesizePlan(plan: Plan, outdir: string, options: SynthesizeOptions = {}): void {
  requireDistinctIdentities(plan);
  requireSynthesizable(plan);
  withoutCdktfEnvironment(() => {
    const app = createApp(outdir);
    const session: ISynthesisSession = { outdir, skipValidation: false, manifest: app.manifest };
    const stacks = customerStacks(plan);
    const total = options.stacks ? stacks.filter((entry) => options.stacks!.has(entry.id)).length : stacks.length;
    let done = 0;
    for (const entry of stacks) {
      if (options.stacks && !options.stacks.has(entry.id)) {
        if (options.manifest !== false) listStack(app, entry.id);
        continue;
      }
      const mark = tokenMark();
      const stack = addCustomerStack(app, plan, entry, { outdir, ...(options.adoption && { adoption: options.adoption }) });
      stack.prepareStack();
      stack.synthesizer.synthesize(session);
      app.node.tryRemoveChild(stack.node.id);
      releaseTokensSince(mark);
      writeFileSync(join(outdir, 'stacks', entry.id, ACCESS_FILE), stackAccessMarkdown(plan, entry.id, entry.customer, entry.delegations));
      options.onStack?.(++done, total);
    }
    // What App.synth() checks after its stacks, and the index it writes last.
    const problems = app.node.validate();
    if (problems.length > 0) throw new Error(`Validation failed with the following errors:\n  ${problems.join('\n  ')}`);
    if (options.manifest !== false) app.manifest.writeToFile();
  });
}

/**
 * Writes only `manifest.json`, listing every stack of the Plan as a full synth does: for synthesizeInWorkers, whose
 * workers wrote the stacks (and checked the Plan) without it.
 */
export function writeStackIndex(plan: Plan, outdir: string): void {
  withoutCdktfEnvironment(() => {
    const app = createApp(outdir);
    for (const entry of customerStacks(plan)) listStack(app, entry.id);
    app.manifest.writeToFile();
  });
}

/** A stack not built in this App, listed in manifest.json as a synthesized stack of ours is: its id names every path; no annotations, no dependencies. */
function listStack(app: App, id: string): void {
  app.manifest.forStack({ node: { id, path: id }, dependencies: [] } as unknown as TerraformStack);
}

function addCustomerStack(app: App, plan: Plan, { id, customer, delegations }: CustomerStackEntry, { outdir, adoption }: BuildAppOptions): CustomerStack {
  // cdktf writes the stack to <outdir>/stacks/<id>: the last guard that it stays inside the output.
  resolveInside(outdir, `stacks/${id}`);
  const stack = new CustomerStack(app, id, {
    tenantId: customer.tenantId,
    displayName: customer.displayName,
    cloud: plan.settings.cloud,
    backend: plan.settings.backend,
    registerResourceProvider: plan.settings.registerResourceProvider,
  });
  const ids = delegationConstructIds(delegations);
  delegations.forEach((delegation, i) => {
    const construct = LighthouseDelegation.fromPlan(stack, ids[i], delegation);
    const adopted = adoption?.delegations.get(delegation);
    if (adopted) adoptExisting(construct, adopted);
  });
  return stack;
}
