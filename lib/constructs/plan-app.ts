import { delegationConstructIds, stackName } from '../model/ids';
import { Adoption } from '../model/adoption';
import { Plan } from '../model/plan';
import { requireDistinctIdentities } from '../model/plan-identity';
import { groupBy } from '../util/group-by';
import { resolveInside } from '../util/safe-path';
import { requireSynthesizable } from './synth-requirements';
import { App, createApp, withoutCdktfEnvironment } from './cdk';
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
    const byCustomer = groupBy(plan.delegations, (d) => d.customer);
    for (const customer of plan.customers) {
      const delegations = byCustomer.get(customer.key);
      if (!delegations) continue;
      byCustomer.delete(customer.key);
      const stackId = stackName(customer.key);
      // cdktf writes the stack to <outdir>/stacks/<id>: the last guard that it stays inside the output.
      resolveInside(options.outdir, `stacks/${stackId}`);
      const stack = new CustomerStack(app, stackId, {
        tenantId: customer.tenantId,
        displayName: customer.displayName,
        cloud: plan.settings.cloud,
        backend: plan.settings.backend,
        registerResourceProvider: plan.settings.registerResourceProvider,
      });
      const ids = delegationConstructIds(delegations);
      delegations.forEach((delegation, i) => {
        const construct = LighthouseDelegation.fromPlan(stack, ids[i], delegation);
        const adopted = options.adoption?.delegations.get(delegation);
        if (adopted) adoptExisting(construct, adopted);
      });
    }
    const orphan = byCustomer.keys().next();
    if (!orphan.done) {
      throw new Error(`Plan delegation names customer "${orphan.value}", which is not in plan.customers (a bug in whatever built the Plan).`);
    }
    return app;
  });
}

/** Builds the App for `plan` and writes it to `outdir`. */
export function synthesizePlan(plan: Plan, outdir: string, options: Omit<BuildAppOptions, 'outdir'> = {}): void {
  buildApp(plan, { ...options, outdir }).synth();
}
