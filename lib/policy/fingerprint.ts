import { createHash } from 'node:crypto';
import { FindingDraft } from './rule';

/**
 * Identity of a finding that survives unrelated edits: rule and the things it is about, not its line
 * number or wording (SARIF `partialFingerprints`, so code scanning tracks an alert across commits).
 */
export function fingerprint(ruleId: string, draft: FindingDraft): string {
  const parts = [ruleId, draft.customer, draft.subscription, draft.scope, draft.principal, draft.role, draft.discriminator];
  return createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 32);
}
