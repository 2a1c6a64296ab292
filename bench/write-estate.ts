// Writes one benchmark estate, to profile a path by hand:
//   node scripts/run-ts.js bench/write-estate.ts <customers> <subscriptions> <authorizations> <file> [seed=42]
import { writeFileSync } from 'node:fs';
import { estateYaml } from './estate';

const [customers, subscriptions, authorizations, file, seed = '42'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.js bench/write-estate.ts <customers> <subscriptions> <authorizations> <file> [seed]');
  process.exit(2);
}
writeFileSync(file, estateYaml({ customers: Number(customers), subscriptions: Number(subscriptions), authorizations: Number(authorizations), seed: Number(seed) }));
