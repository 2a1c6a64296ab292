import { Rule } from '../lib/policy/rule';
import { BEST_PRACTICE_RULES } from './best-practice';
import { CROSS_CUSTOMER_RULES } from './cross-customer';
import { MARKETPLACE_RULES } from './marketplace';
import { SERVICE_RULES } from './service';

export { BEST_PRACTICE_RULES, CROSS_CUSTOMER_RULES, MARKETPLACE_RULES, SERVICE_RULES };

/** The whole rule catalog (the README's rule table), in id order. */
export const ALL_RULES: readonly Rule[] = [...SERVICE_RULES, ...BEST_PRACTICE_RULES, ...CROSS_CUSTOMER_RULES, ...MARKETPLACE_RULES];
