import { writePartnerCenter } from '../emit/partner-center/files';
import { partnerCenterPlans } from '../emit/partner-center/technical-configuration';
import { Plan } from '../model/plan';
import { WriteOutputOptions } from '../output/owned-directory';
import { visibleText } from '../util/visible-text';
import { EXIT_OK } from './exit-codes';
import { CliIo } from './io';

/**
 * `lighthouse-iac partner-center <input> --out <dir>`: per offer with a Marketplace plan, `<dir>/<offer>/plan.json`
 * and `plan.md` (lib/output: only what partner-center owns there is replaced). Without any plan there is nothing to publish: the command says so,
 * leaves `<dir>` as it is (an earlier export is not wiped by a run on the wrong input) and succeeds.
 */
export function partnerCenterCommand(plan: Plan, options: WriteOutputOptions & { readonly out: string }, io: CliIo): number {
  const plans = partnerCenterPlans(plan);
  if (plans.length === 0) {
    io.stdout(`no offer has a Marketplace plan: nothing to publish, nothing written to ${options.out} (give an offer \`plan: { publisher, product, name, version }\` to sell it through Azure Marketplace)\n`);
    return EXIT_OK;
  }
  writePartnerCenter(plans, options.out, options);
  const authorizations = plans.reduce((n, p) => n + p.authorizations.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stdout(`wrote the technical configuration of ${plural(plans.length, 'Marketplace plan')} (${plans.map((p) => visibleText(p.offer.key)).join(', ')}; ${plural(authorizations, 'authorization')}) -> ${options.out}\n`);
  return EXIT_OK;
}
