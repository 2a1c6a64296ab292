import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, InputErrors } from '../model/errors';
import { stackIds } from '../model/customer-stacks';
import { Plan } from '../model/plan';
import { SYNTH_LAYOUT } from '../output/layout';
import { inspectOutputTarget } from '../output/output-target';
import { didYouMean } from '../util/closest';

/** How errors about `--stack` are located: the option, not a file. */
const OPTION = { file: '(--stack)' };

/**
 * The stacks `synth --stack` re-synthesizes, after checking that it can: every id is a stack of the input (else a
 * "did you mean"), `out` holds an earlier synth output, and every other stack of the input is in it already, so that
 * manifest.json, which lists every stack, never names one that is not there. InputErrors (exit 2) otherwise, before
 * anything is written.
 */
export function selectStacks(plan: Plan, requested: readonly string[], out: string): ReadonlySet<string> {
  const all = stackIds(plan);
  const known = new Set(all);
  const errors: InputError[] = [];
  for (const id of new Set(requested)) {
    if (known.has(id)) continue;
    const hint = didYouMean(id, all);
    errors.push(new InputError(`unknown stack ${JSON.stringify(id)}: the input has no customer stack of that name`,
      `${hint ? `${hint} ` : ''}give a stack id as \`lighthouse-iac stacks <input>\` lists them (${all.slice(0, 10).join(', ')}${all.length > 10 ? ', ...' : ''})`, OPTION));
  }
  if (errors.length > 0) throw new InputErrors(errors);
  const selected = new Set(requested);
  const target = inspectOutputTarget(out, SYNTH_LAYOUT);
  if (target.state !== 'ours') {
    throw new InputError(`--stack re-synthesizes stacks inside an earlier synth output, and ${out} holds none`,
      `run \`lighthouse-iac synth <input> --out ${out}\` once without --stack`, OPTION);
  }
  const missing = all.filter((id) => !selected.has(id) && !existsSync(join(target.path, 'stacks', id, 'cdk.tf.json')));
  if (missing.length > 0) {
    throw new InputError(`stack${missing.length === 1 ? '' : 's'} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''} of the input ${missing.length === 1 ? 'is' : 'are'} not in ${out} yet (manifest.json lists every stack)`,
      `add ${missing.slice(0, 3).map((id) => `--stack ${id}`).join(' ')}${missing.length > 3 ? ' ...' : ''}, or run synth without --stack`, OPTION);
  }
  return selected;
}

/** For writeOutputDirectory: what a `--stack` run keeps although it did not write it (every other stack's folder). */
export function keepOtherStacks(selected: ReadonlySet<string>): (path: string) => boolean {
  return (path) => {
    const [top, stack] = path.split('/');
    return top === 'stacks' && stack !== undefined && !selected.has(stack);
  };
}
