import { Aspects, IAspect, IConstruct, TerraformStack } from './cdk';

/**
 * cdktf 0.21 never invokes an aspect added above a stack (to the App, or a construct grouping stacks): each stack's
 * synthesis invokes the aspects of the stack and what is inside it only. For the policy checks that would mean that
 * `Aspects.of(app).add(new PolicyChecks())` silently checks nothing. So every stack that holds one of this library's
 * constructs runs the aspects so marked that its ancestors carry, itself: in a validation of the stack, which
 * cdktf runs after the stack's own aspects and before it collects the stack's annotations (so findings still fail
 * synth). CustomerStack also inherits them (prepareStack), which makes this a no-op there.
 */
const RUNS_ABOVE_STACKS = Symbol.for('lighthouse-iac/runs-above-stacks');

/** Marks an aspect that stacks with this library's constructs run although it was added above them. */
export function markRunsAboveStacks(aspect: IAspect): void {
  Object.defineProperty(aspect, RUNS_ABOVE_STACKS, { value: true });
}

const installed = new WeakSet<TerraformStack>();

/** Makes the stack of `construct` run the marked aspects of its ancestors when it synthesizes (once per stack). */
export function runChecksAboveStackOf(construct: IConstruct): void {
  const stack = TerraformStack.of(construct);
  if (installed.has(stack)) return;
  installed.add(stack);
  stack.node.addValidation({
    validate: () => {
      const own = Aspects.of(stack).all;
      for (const ancestor of stack.node.scopes.slice(0, -1)) {
        for (const aspect of Aspects.of(ancestor).all) {
          if ((aspect as { [RUNS_ABOVE_STACKS]?: boolean })[RUNS_ABOVE_STACKS] === true && !own.includes(aspect)) aspect.visit(stack);
        }
      }
      return [];
    },
  });
}
