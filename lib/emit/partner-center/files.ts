import { offerFolderName } from '../../model/ids';
import { PARTNER_CENTER_LAYOUT } from '../../output/layout';
import { writeOutputDirectory, WriteOutputOptions } from '../../output/owned-directory';
import { writeInside } from '../../util/safe-path';
import { planSheet } from './markdown';
import { PartnerCenterPlan } from './technical-configuration';

/**
 * Every file of the Partner Center export, relative path -> content, in offer order: `<offer>/plan.json` and
 * `<offer>/plan.md`. Same Plan, same bytes (no timestamps, no absolute paths, 2-space JSON + newline).
 * Directory names are the offer keys as stack names are (`[a-z0-9-]`), so imported offer names with spaces or
 * slashes stay one safe path segment. Keys that collide that way (or only by case, which case-insensitive file
 * systems would merge) are refused before (requireDistinctIdentities), never renamed by position: then
 * `<out>/managed-security/` always holds the offer `managed-security`.
 */
export function partnerCenterFiles(plans: readonly PartnerCenterPlan[]): Array<{ path: string; content: string }> {
  const used = new Map<string, string>();
  return plans.flatMap((pc) => {
    const directory = offerFolderName(pc.offer.key);
    const other = used.get(directory);
    if (other !== undefined) throw new Error(`offers "${other}" and "${pc.offer.key}" both become Partner Center folder "${directory}" (a Plan that skipped requireDistinctIdentities)`);
    used.set(directory, pc.offer.key);
    return [
      { path: `${directory}/plan.json`, content: `${JSON.stringify(pc, null, 2)}\n` },
      { path: `${directory}/plan.md`, content: planSheet(pc) },
    ];
  });
}

/**
 * Writes the export (of `partnerCenterPlans(plan)`) to `out` (lib/output: only a new, empty or earlier
 * `partner-center` output directory; nothing half-written); with no plans, `out` is left alone.
 */
export function writePartnerCenter(plans: readonly PartnerCenterPlan[], out: string, options: WriteOutputOptions = {}): Array<{ path: string; content: string }> {
  const files = partnerCenterFiles(plans);
  if (files.length === 0) return files;
  writeOutputDirectory(out, PARTNER_CENTER_LAYOUT, options, (directory) => {
    for (const file of files) writeInside(directory, file.path, file.content);
  });
  return files;
}
