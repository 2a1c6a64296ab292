import { markdownCode, markdownLine } from '../../util/markdown';
import { NamedRole, PartnerCenterPlan, PlanAuthorization } from './technical-configuration';

/**
 * The plan's technical configuration as a sheet to type into Partner Center, top to bottom in the order of
 * the portal's form (create-managed-service-offer-plans: Manifest -> Version, Tenant ID; then per
 * authorization Display Name, Principal ID, Access type [Eligible: maximum duration, MFA], Role,
 * Assignable Roles, Approvers).
 */
export function planSheet(pc: PartnerCenterPlan): string {
  const lines: string[] = [
    `# Partner Center plan: ${text(pc.offer.name)} / ${text(pc.plan.name)}`,
    '',
    `Technical configuration of Marketplace plan ${code(pc.plan.name)} (publisher ${code(pc.plan.publisher)}, offer ${code(pc.plan.product)}), `
      + `offer ${code(pc.offer.key)} of the input. In Partner Center: Marketplace offers -> the offer -> Plan overview -> the plan -> `
      + 'Technical configuration; enter the fields in this order.',
    '',
    '## Manifest',
    '',
    ...table([['Version', code(pc.manifestVersion)], ['Tenant ID', code(pc.tenantId)]]),
    '',
    `## Authorizations (${pc.authorizations.length})`,
    '',
  ];
  if (pc.authorizations.length === 0) lines.push('None found in the input.', '');
  pc.authorizations.forEach((authorization, i) => {
    lines.push(`### Authorization ${i + 1} of ${pc.authorizations.length}`, '', ...table(fields(authorization)), '');
  });
  lines.push('## Before you publish', '', '| Partner Center limit | This plan | Checked by |', '|---|---|---|');
  for (const limit of pc.limits) lines.push(`| ${text(limit.limit)} | ${text(String(limit.value))} | ${limit.rule}: ${code(limit.command)} |`);
  lines.push('');
  if (pc.notes.length > 0) lines.push('## Notes', '', ...pc.notes.map((note) => `- ${text(note)}`), '');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** One authorization's rows; fields the portal hides for this access type or role are left out. */
function fields(a: PlanAuthorization): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['Display Name', a.displayName === null ? '(none in the input: enter the name customers should see)' : text(a.displayName)],
    ['Principal ID', code(a.principalId)],
    ['Access type', a.accessType],
  ];
  if (a.maximumDuration) rows.push(['Maximum duration', `${a.maximumDuration.text === null ? '(not an ISO 8601 duration)' : text(a.maximumDuration.text)} (${code(a.maximumDuration.iso)})`]);
  if (a.mfaRequired !== null) rows.push(['Require multifactor authentication', a.mfaRequired ? 'Yes' : 'No']);
  rows.push(['Role', role(a.role)]);
  if (a.assignableRoles) rows.push(['Assignable Roles', a.assignableRoles.length > 0 ? a.assignableRoles.map(role).join('<br>') : '(none: add at least one)']);
  if (a.approvers) {
    rows.push(['Approvers', a.approvers.length > 0
      ? a.approvers.map((p) => (p.displayName === null ? code(p.principalId) : `${text(p.displayName)} (${code(p.principalId)})`)).join('<br>')
      : '(none: activation needs no approval)']);
  }
  return rows;
}

function role(r: NamedRole): string {
  return r.name === null ? `${code(r.id)} (not a known built-in role)` : `${text(r.name)} (${code(r.id)})`;
}

function table(rows: ReadonlyArray<[string, string]>): string[] {
  return ['| Field | Value |', '|---|---|', ...rows.map(([field, value]) => `| ${field} | ${value} |`)];
}

/** Plain text from the input, inert in Markdown and in a table cell. */
const text = markdownLine;

/** An id as code (a code span is safe in a table cell). */
function code(value: string): string {
  return value === '' ? '(unknown)' : markdownCode(value.replace(/\s+/g, ' '));
}
