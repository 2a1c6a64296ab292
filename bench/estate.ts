/**
 * Deterministic synthetic estates for benchmarks: N customers × S subscriptions, each delegation with A
 * authorizations drawn from a pool of shared principals (so that LH301 has real work), a few offers,
 * some resource-group delegations. Same seed, same text.
 */
export interface EstateShape {
  readonly customers: number;
  readonly subscriptions: number;
  readonly authorizations: number;
  readonly seed: number;
  /** Principals of the managing tenant (the last one a service principal, p10 the approver). @default 12 */
  readonly principals?: number;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const ROLES = ['Reader', 'Contributor', 'Monitoring Contributor', 'Security Reader', 'Backup Operator', 'Virtual Machine Contributor',
  'Network Contributor', 'Support Request Contributor', 'Tag Contributor', 'Managed Services Registration assignment Delete Role'];
const OFFERS = 4;

/** The estate as a YAML manifest (what users write). */
export function estateYaml(shape: EstateShape): string {
  const random = prng(shape.seed);
  const lines: string[] = [`managingTenant: { id: ${guidFrom(random)}, name: Bench MSP }`, 'principals:'];
  const principals = shape.principals ?? 12;
  for (let p = 0; p < principals; p++) {
    lines.push(`  p${p}: { id: ${guidFrom(random)}, displayName: Group ${p}, type: ${p === principals - 1 ? 'servicePrincipal' : 'group'} }`);
  }
  // Each offer's set starts this far from the previous one's, so that more principals get access (12: 3, as before).
  const stride = Math.max(3, Math.floor((principals - 1) / OFFERS));
  lines.push('authorizationSets:');
  for (let o = 0; o < OFFERS; o++) {
    lines.push(`  set${o}:`);
    for (let a = 0; a < shape.authorizations; a++) {
      const principal = (o * stride + a) % (principals - 1);
      const role = ROLES[(a + o) % ROLES.length];
      const eligible = role === 'Contributor' ? ', eligible: { maxActivation: PT4H, approvers: [p10] }' : '';
      lines.push(`    - { principal: p${principal}, role: ${role}${eligible} }`);
    }
  }
  lines.push('offers:');
  for (let o = 0; o < OFFERS; o++) lines.push(`  offer${o}: { name: Bench Offer ${o}, authorizations: [set${o}] }`);
  lines.push('customers:');
  for (let c = 0; c < shape.customers; c++) {
    lines.push(`  customer${c}:`, `    displayName: Customer ${c}`, `    tenantId: ${guidFrom(random)}`, '    delegations:');
    const offer = Math.floor(random() * OFFERS);
    for (let s = 0; s < shape.subscriptions; s++) {
      const rgs = random() < 0.3 ? ', resourceGroups: [rg-app, rg-data]' : '';
      lines.push(`      - { offer: offer${offer}, subscription: ${guidFrom(random)}${rgs} }`);
    }
  }
  lines.push('suppressions:', '  - { rule: LH301, principal: p0, reason: "read-only NOC on every customer by contract" }');
  return `${lines.join('\n')}\n`;
}

/**
 * A valid manifest whose size is `lines` lines of principals (one flow-map principal per line) around one small
 * customer: what the loader benchmark grows, since a long list of one kind is where per-key work shows (a
 * duplicate-key check that compares every key with every earlier one made 100,000 principals take two minutes).
 */
export function principalsYaml(lines: number, seed = 42): string {
  const random = prng(seed);
  const out: string[] = [`managingTenant: { id: ${guidFrom(random)}, name: Bench MSP }`, 'principals:'];
  for (let p = 0; p < lines; p++) out.push(`  p${p}: { id: ${guidFrom(random)}, displayName: Group ${p}, type: group }`);
  out.push(
    'authorizationSets:',
    '  base: [{ principal: p0, role: Reader }, { principal: p1, role: Managed Services Registration assignment Delete Role }]',
    'offers:',
    '  ops: { name: Bench Ops, authorizations: [base] }',
    'customers:',
    `  customer0: { displayName: Customer 0, tenantId: ${guidFrom(random)}, delegations: [{ offer: ops, subscription: ${guidFrom(random)} }] }`,
  );
  return `${out.join('\n')}\n`;
}
