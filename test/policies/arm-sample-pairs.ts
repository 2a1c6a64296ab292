/**
 * Template + parameters pairs of Microsoft's Azure-Lighthouse-samples (relative to its templates folder in
 * ../shared/corpus) and of the project's twins of them (relative to test/fixtures/arm: the same structures and
 * api-versions, other values), for rules that judge what only templates say.
 */
type Pair = readonly [template: string, parameters: string];

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
