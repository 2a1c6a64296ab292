import { accessMatrix } from './access-matrix';
import { displayPath, section } from './html/components';
import { FINDINGS_DATA_ID, findingsView } from './html/findings-view';
import { html } from './html/markup';
import { REPORT_SCRIPT } from './html/report-script';
import { MATRIX_DATA_ID, matrixView } from './html/matrix-view';
import { page } from './html/page';
import { BASE_CSS, FINDINGS_CSS, MATRIX_CSS } from './html/styles';
import { summaryView } from './html/summary-view';
import { ReportInput } from './report-input';

/**
 * The access report: one self-contained page (inline stylesheet and script, no request of any kind) with the
 * summary, the access matrix of the checked Plan (principals x customers, identical customer columns as one
 * group column that expands on demand, LH301 rows highlighted) and the findings per customer and rule. Pure:
 * the same input gives the same bytes (no date, no absolute path).
 */
export function renderHtml(input: ReportInput): string {
  const plan = input.plan;
  const matrix = plan === undefined ? undefined : accessMatrix(plan);
  const view = matrix === undefined ? undefined : matrixView(matrix, input.findings);
  const customerInfo = plan === undefined ? undefined : new Map(plan.customers.map((c) => [c.key, c] as const));
  const file = displayPath(input.manifestFile);
  const findings = findingsView({ findings: input.findings, rules: input.rules, customers: input.customers, manifestFile: input.manifestFile, ...(customerInfo && { customerInfo }) });

  const body = html`<header>
<h1>Access report: <code>${file}</code></h1>
<p class="muted">${input.tool.name} ${input.tool.version} check</p>
<nav aria-label="Sections"><ul><li><a href="#summary">Summary</a></li><li><a href="#matrix">Access matrix</a></li><li><a href="#findings">Findings</a></li></ul></nav>
</header>
<main>
${section('summary', 'Summary', summaryView(input, matrix?.principals.length))}
${section('matrix', 'Access matrix', view?.markup ?? html`<p>No access matrix: the report was rendered without the checked Plan.</p>`)}
${section('findings', 'Findings', findings.markup)}
</main>`;

  return page({
    title: `Access report: ${file}`,
    body,
    styles: [BASE_CSS, MATRIX_CSS, FINDINGS_CSS],
    ...((view !== undefined || findings.data !== undefined) && { script: REPORT_SCRIPT }),
    data: {
      ...(view && { [MATRIX_DATA_ID]: view.data }),
      ...(findings.data && { [FINDINGS_DATA_ID]: findings.data }),
    },
  });
}
