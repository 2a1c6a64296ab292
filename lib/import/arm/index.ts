import { basename } from 'node:path';
import { InputErrorCollector } from '../../model/errors';
import { sanitizeKey } from '../../model/ids';
import { Customer, Plan } from '../../model/plan';
import { SourceDocument } from '../../source/source-document';
import { Importer, ImportOptions } from '../types';
import { buildPlan } from './build-plan';
import { NO_PARAMETERS, readParametersFile, readTemplateDocument, templateOf } from './documents';
import { readExportMetadata } from './export-metadata';
import { normalizeId, readAssignment, readDefinition } from './lighthouse-resources';
import { findLighthouseResources } from './resources';
import { Scope, TemplateFrame } from './template-scope';
import { locationOf } from './value';

export { SUPPORTED_FUNCTIONS } from './expression-evaluator';
export { EXPORT_METADATA_KEY } from './export-metadata';

/**
 * Imports an ARM onboarding template (plus its optional parameters file) into a Plan: evaluates the template
 * expressions Lighthouse templates use, finds the registration definitions and assignments (also in nested
 * deployments and copy loops), and links them. What the template cannot say (the customer subscription and
 * tenant) comes from the options, else from our export's metadata, else stays '' (unknown).
 */
export const importArm: Importer = (templateFile, options) => importArmSource(readTemplateDocument(templateFile), options);

/** Same as importArm, from a template already read with JSON comments blanked (loadInput reads each input once). */
export function importArmSource(source: SourceDocument, options: ImportOptions): Plan {
  const templateFile = source.file;
  const template = templateOf(source);
  const metadata = readExportMetadata(template);
  const parameters = options.parameters !== undefined ? readParametersFile(options.parameters) : NO_PARAMETERS;
  const subscriptionId = normalizeId(options.subscription ?? metadata?.subscriptionId ?? '');
  const tenantId = normalizeId(options.customerTenant ?? metadata?.customerTenantId ?? '');
  const frame = new TemplateFrame(template, parameters, { subscriptionId, tenantId });
  const found = findLighthouseResources(template, new Scope(frame));

  const key = options.customer ?? metadata?.customer ?? sanitizeKey(fileStem(templateFile));
  const customer: Customer = { key, displayName: metadata?.customerDisplayName ?? key, tenantId, source: metadata?.source ?? locationOf(template) };
  // Every definition and assignment is read even when one fails, so one run reports all of them; linking them
  // (buildPlan) would only add follow-on errors, so it waits until all were read.
  const errors = new InputErrorCollector();
  const definitions = found.filter((r) => r.kind === 'definition').flatMap((r) => errors.attempt(() => readDefinition(r, options.roles)) ?? []);
  const assignments = found.filter((r) => r.kind === 'assignment').flatMap((r) => errors.attempt(() => readAssignment(r)) ?? []);
  errors.throwIfAny();
  return buildPlan({
    file: templateFile,
    customer,
    definitions,
    assignments,
    offerKeys: metadata?.offers ?? new Map(),
    templateSource: locationOf(template),
  });
}

/** `subscription.json` -> `subscription`, `fabrikam.template.json` -> `fabrikam`. */
function fileStem(file: string): string {
  const name = basename(file);
  const dot = name.indexOf('.', 1);
  return dot < 0 ? name : name.slice(0, dot);
}
