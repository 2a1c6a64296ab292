import { InputError } from '../../model/errors';
import { armFileBase, stackName } from '../../model/ids';
import { requireDistinctIdentities } from '../../model/plan-identity';
import { groupBy } from '../../util/group-by';
import { Plan } from '../../model/plan';
import { subscriptionReadme } from './readme';
import { subscriptionTemplate, SubscriptionGroup } from './template';
import { ArmDeployment } from './types';

/** Azure deployment names: at most 64 characters of `[-\w._()]`. */
const MAX_DEPLOYMENT_NAME = 64;

/**
 * One subscription-level deployment per customer subscription: the Plan's delegations grouped by customer and
 * subscription, in Plan order (a subscription that receives several offers gets them all in one template,
 * because Lighthouse onboarding is one deployment per subscription).
 */
export function armDeployments(plan: Plan): ArmDeployment[] {
  return [...armDeploymentsByCustomer(plan)].flat();
}

/**
 * The deployments of `armDeployments`, one customer (output directory) at a time, in the order of each
 * customer's first delegation. Built on demand so that a consumer that serializes each customer and lets go of
 * the objects (armFiles) keeps only one customer's templates alive: at 1,000 customers, retaining every template
 * until the end made export spend as long in garbage collection as in building them.
 */
export function* armDeploymentsByCustomer(plan: Plan): Generator<ArmDeployment[]> {
  // Folders and file names come from the Plan's keys and ids: distinct and safe (loadInput checked it already;
  // a Plan built by other code is checked here).
  requireDistinctIdentities(plan);
  for (const groups of groupBySubscription(plan).values()) {
    const directory = stackName(groups[0].customer);
    yield groups.map((group) => deploymentOf(group, directory));
  }
}

/**
 * Throws the InputErrors armDeployments would throw on its way (keys and ids that clash, one definition twice in one
 * template), without building a template: writeArm checks the whole Plan before it writes the first file.
 */
export function requireExportable(plan: Plan): void {
  requireDistinctIdentities(plan);
  for (const groups of groupBySubscription(plan).values()) groups.forEach(requireDistinctDefinitions);
}

/** How many customer directories ARM export writes. */
export function armCustomerCount(plan: Plan): number {
  return new Set(plan.delegations.map((d) => d.customer)).size;
}

function deploymentOf(group: SubscriptionGroup, directory: string): ArmDeployment {
  requireDistinctDefinitions(group);
  const { template, parameters } = subscriptionTemplate(group);
  const deployment = {
    customer: group.customer, customerDisplayName: group.customerDisplayName, customerTenantId: group.customerTenantId,
    subscriptionId: group.subscriptionId, directory,
    fileBase: armFileBase(group.subscriptionId),
    deploymentName: `lighthouse-${directory}`.slice(0, MAX_DEPLOYMENT_NAME).replace(/-+$/, ''),
    template, parameters,
  };
  return { ...deployment, readme: subscriptionReadme(deployment, group.delegations) };
}

/** Per customer, in order of first appearance: its subscriptions' groups, in order of first appearance. */
function groupBySubscription(plan: Plan): Map<string, SubscriptionGroup[]> {
  const customers = new Map(plan.customers.map((c) => [c.key, c]));
  const bySubscription = groupBy(plan.delegations, (d) => `${d.customer}\u0000${d.subscriptionId.toLowerCase()}`);
  const complete = [...bySubscription.values()].map((delegations): SubscriptionGroup => {
    const first = delegations[0];
    const customer = customers.get(first.customer);
    return {
      customer: first.customer,
      customerDisplayName: customer?.displayName ?? first.customer,
      customerTenantId: (first.customerTenantId || customer?.tenantId || '').toLowerCase(),
      subscriptionId: first.subscriptionId.toLowerCase(),
      delegations,
    };
  });
  return groupBy(complete, (group) => group.customer);
}

/**
 * The same offer delegated twice to one subscription (e.g. two entries with different resource groups) yields
 * one definition id twice; ARM rejects a template that declares a resource twice, so say how to fix the input.
 */
function requireDistinctDefinitions(group: SubscriptionGroup): void {
  const seen = new Set<string>();
  for (const delegation of group.delegations) {
    if (seen.has(delegation.definitionId)) {
      throw new InputError(
        `offer ${JSON.stringify(delegation.offer)} is delegated to subscription ${group.subscriptionId || '(unknown)'} of customer ${JSON.stringify(group.customer)} more than once: both delegations are registration definition ${delegation.definitionId}, which one ARM template cannot declare twice`,
        'merge the delegation entries into one (list all of its resource groups there)',
        delegation.source);
    }
    seen.add(delegation.definitionId);
  }
}
