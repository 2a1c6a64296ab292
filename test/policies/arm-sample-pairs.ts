/**
 * Template + parameters pairs of Microsoft's Azure-Lighthouse-samples (relative to its templates folder in
 * ../shared/corpus) and of the project's twins of them (relative to test/fixtures/arm: the same structures and
 * api-versions, other values), for rules that judge what only templates say.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Pair = readonly [template: string, parameters: string];

/** Microsoft's samples folder in ../shared, and whether it is there (tests that read it skip without it). */
export const CORPUS_TEMPLATES = join(__dirname, '../../../shared/corpus/azure-lighthouse-samples/templates');
export const HAVE_CORPUS = existsSync(CORPUS_TEMPLATES);

/** Authorization sets for manifestWith: one active entry, or it and an eligible one. */
export const ACTIVE_SET = '    - { principal: ops, role: Reader }';
export const ELIGIBLE_SET = `${ACTIVE_SET}
    - { principal: ops, role: Contributor, eligible: { maxActivation: PT2H } }`;

/** For viaArmImport: the exported template with every Microsoft.ManagedServices resource at `version` (the deployments keep theirs). */
export const withApiVersion = (version: string) => (text: string): string => text.replaceAll('"apiVersion": "2022-10-01"', `"apiVersion": "${version}"`);

const ELIGIBLE = 'delegated-resource-management-eligible-authorizations';

export const CORPUS_PAIRS: readonly Pair[] = [
  ['delegated-resource-management/subscription/subscription.json', 'delegated-resource-management/subscription/subscription.parameters.json'],
  ['delegated-resource-management/rg/rg.json', 'delegated-resource-management/rg/rg.parameters.json'],
  ['delegated-resource-management/rg/multi-rg.json', 'delegated-resource-management/rg/multiple-rg.parameters.json'],
  ...['subscription/subscription', 'subscription/subscription-managing-tenant-approvers', 'rg/rg', 'rg/rg-managing-tenant-approvers', 'rg/multiple-rg',
    'rg/multiple-rg-managing-tenant-approvers'].map((name): Pair => [`${ELIGIBLE}/${name}.json`, `${ELIGIBLE}/${name}.parameters.json`]),
  ['marketplace-delegated-resource-management/marketplaceDelegatedResourceManagement.json',
    'marketplace-delegated-resource-management/marketplaceDelegatedResourceManagement.parameters.json'],
];

export const TWIN_PAIRS: readonly Pair[] = [
  ['subscription/subscription.json', 'subscription/subscription.parameters.json'],
  ['rg/rg.json', 'rg/rg.parameters.json'],
  ['rg/multi-rg.json', 'rg/multiple-rg.parameters.json'],
  ...['subscription/subscription', 'subscription/subscription-managing-tenant-approvers', 'rg/rg', 'rg/rg-managing-tenant-approvers', 'rg/multiple-rg',
    'rg/multiple-rg-managing-tenant-approvers'].map((name): Pair => [`eligible/${name}.json`, `eligible/${name}.parameters.json`]),
  ['marketplace/marketplace.json', 'marketplace/marketplace.parameters.json'],
];
