import { sanitizeKey } from '../model/ids';
import { groupBy } from '../util/group-by';
import { Plan } from '../model/plan';
import { App, createApp, withoutCdktfEnvironment } from './cdk';
import { CustomerStack } from './customer-stack';
import { LighthouseDelegation } from './lighthouse-delegation';

export interface BuildAppOptions {
  /** Where `app.synth()` writes (`manifest.json`, `stacks/<stack>/cdk.tf.json`). Always explicit: see below. */
  readonly outdir: string;
}

/**
 * The cdktf App for a Plan: one CustomerStack per customer (stack id = sanitized customer key), one
 * LighthouseDelegation per Plan delegation (construct id = sanitized `<offer key>-<subscription id>`), in
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
  return withoutCdktfEnvironment(() => {
    const app = createApp(options.outdir);
    const byCustomer = groupBy(plan.delegations, (d) => d.customer);
    const stackIds = new Map<string, string>();
    for (const customer of plan.customers) {
      const delegations = byCustomer.get(customer.key);
      if (!delegations) continue;
      byCustomer.delete(customer.key);
      const stackId = uniqueId(stackIds, sanitizeKey(customer.key), `customer "${customer.key}"`);
      const stack = new CustomerStack(app, stackId, {
        tenantId: customer.tenantId,
        displayName: customer.displayName,
        cloud: plan.settings.cloud,
        backend: plan.settings.backend,
        registerResourceProvider: plan.settings.registerResourceProvider,
      });
      const delegationIds = new Map<string, string>();
      for (const delegation of delegations) {
        const label = `delegation of offer "${delegation.offer}" to subscription ${delegation.subscriptionId}`;
        const id = uniqueId(delegationIds, sanitizeKey(`${delegation.offer}-${delegation.subscriptionId}`), label);
        LighthouseDelegation.fromPlan(stack, id, delegation);
      }
    }
    const orphan = byCustomer.keys().next();
    if (!orphan.done) {
      throw new Error(`Plan delegation names customer "${orphan.value}", which is not in plan.customers (a bug in whatever built the Plan).`);
    }
    return app;
  });
}

/** Builds the App for `plan` and writes it to `outdir`. */
export function synthesizePlan(plan: Plan, outdir: string): void {
  buildApp(plan, { outdir }).synth();
}

/** Two keys that sanitize to the same id would collide in the construct tree: say which ones. */
function uniqueId(used: Map<string, string>, id: string, label: string): string {
  const previous = used.get(id);
  if (previous !== undefined) {
    throw new Error(`${label} and ${previous} both map to the Terraform id "${id}".\n  fix: rename one of the keys so that they differ in letters or digits, not only in case or punctuation.`);
  }
  used.set(id, label);
  return id;
}
