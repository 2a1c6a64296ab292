import { createHash } from 'node:crypto';
import { renderHtml } from '../../../lib/report/html';
import { escapeHtml, visibleText } from '../../../lib/report/html/escape';
import { FindingsData } from '../../../lib/report/html/findings-view';
import { MATRIX_PAGES, MatrixData } from '../../../lib/report/html/matrix-view';
import { hostileInput, reportInput } from '../fixtures';
import { EXAMPLE_FILE, exampleHtml, HOSTILE, HOSTILE_MANIFEST, htmlReportOf, planOf, separateGroups } from './html-helpers';

/** The text of the first element `<tag …>` whose opening tag matches `attributes`, up to its closing tag (no nesting of the same tag). */
function element(page: string, tag: string, attributes: RegExp | string): string {
  const open = new RegExp(`<${tag}\\b[^>]*${typeof attributes === 'string' ? attributes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : attributes.source}[^>]*>`);
  const match = open.exec(page);
  if (!match) throw new Error(`no <${tag}> with ${String(attributes)}`);
  const end = page.indexOf(`</${tag}>`, match.index);
  return page.slice(match.index, end + tag.length + 3);
}

/** The access matrix table. */
function matrix(page: string): string {
  return element(page, 'table', 'id="access-matrix"');
}

/** The principal row (`<tr>…</tr>`) whose header names `name`. */
function row(page: string, name: string): string {
  const rows = element(matrix(page), 'tbody', '').split('\n').filter((line) => line.startsWith('<tr'));
  const found = rows.filter((line) => line.includes(`<span class="n">${name}</span>`));
  if (found.length !== 1) throw new Error(`${found.length} rows for ${name}`);
  return found[0];
}

function cells(tr: string): string[] {
  return tr.split(/(?=<td)/).slice(1).map((td) => td.replace(/<\/tr>$/, ''));
}

function dataBlock<T>(page: string, id: string): T {
  const block = element(page, 'script', `id="${id}"`);
  return JSON.parse(block.slice(block.indexOf('>') + 1, -'</script>'.length)) as T;
}

describe('check --format html: the example', () => {
  const page = exampleHtml();

  test('snapshot', () => {
    expect(page).toMatchSnapshot();
  });

  test('is byte-identical for the same input and holds no date, no absolute path', () => {
    expect(exampleHtml()).toBe(page);
    expect(page).not.toContain(process.cwd());
    expect(page).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\d\d:\d\d:\d\d/);
  });

  test('is self-contained: the CSP allows exactly its own stylesheet and script, by hash, and nothing is loaded', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1];
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp.split('; ')).toEqual([
      "default-src 'none'", `style-src ${hash(style)}`, `script-src ${hash(script)}`, "img-src 'none'", "base-uri 'none'", "form-action 'none'",
    ]);
    expect(page.indexOf('<meta http-equiv')).toBeLessThan(page.indexOf('<style>'));
    expect(page).not.toMatch(/\bsrc=|<link\b|<iframe\b|<object\b|<embed\b|@import|url\(/);
    expect([...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).every((href) => href.startsWith('#') || href.startsWith('https://learn.microsoft.com/'))).toBe(true);
    expect(page).not.toMatch(/ on[a-z]+=/);
  });

  test('the summary says what was checked with what, and the counts', () => {
    const summary = element(page, 'section', 'id="summary"');
    expect(summary).toContain(`<dt>Input</dt><dd><code>${EXAMPLE_FILE}</code></dd>`);
    expect(summary).toContain('<dt>Policy</dt><dd>the default policy (policies/default.policy.yaml)</dd>');
    expect(summary).toMatch(/<dt>Tool<\/dt><dd>lighthouse-iac \d+\.\d+\.\d+<\/dd>/);
    expect(summary).toContain('<dt>Customers</dt><dd>3</dd><dt>Delegations</dt><dd>4 (in 4 subscriptions)</dd><dt>Principals</dt><dd>5</dd><dt>Offers</dt><dd>2</dd>');
    expect(summary).toContain('<tbody><tr><td>0</td><td>5</td><td>1</td><td>1</td></tr></tbody>');
  });

  test('the matrix has a row per principal and a column per customer, with their roles', () => {
    const head = element(matrix(page), 'thead', '');
    expect([...head.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()))
      .toEqual(['Principal', 'Fabrikam Ltd fabrikam', 'Northwind Traders northwind', 'Tailspin Toys tailspin']);
    const [fabrikam, northwind, tailspin] = cells(row(page, 'Contoso Ops Engineers'));
    expect(fabrikam).toContain('<span class="r active" title="Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7): active">Reader</span>');
    expect(fabrikam).toMatch(/<span class="r eligible" title="Contributor \(b24988ac-[^"]*\): eligible just in time, J1: up to PT4H, MFA required, approvers Contoso Security Leads">Contributor <small>eligible J1<\/small><\/span>/);
    expect(northwind).toBe('<td><span class="r active" title="Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7): active">Reader</span></td>');
    expect(tailspin).toBe(fabrikam);
    const pipeline = cells(row(page, 'Contoso Deploy Pipeline'));
    expect(pipeline[0]).toContain('User Access Administrator <small>may assign Contributor, Monitoring Contributor</small>');
    expect(pipeline.slice(1)).toEqual(['<td></td>', '<td></td>']);
    expect(cells(row(page, 'Contoso Security Leads'))).toEqual(['<td></td>', '<td></td>', '<td></td>']);
    expect(element(page, 'table', 'class="legend"')).toContain('<tr><th scope="row">J2</th><td><code>PT2H</code></td><td>required</td>');
  });

  test('LH301 rows are highlighted with the customers they reach; a suppressed one as accepted', () => {
    const ops = row(page, 'Contoso Ops Engineers');
    expect(ops).toMatch(/^<tr class="lh301">/);
    expect(ops).toContain('<span class="b warning">LH301</span> same access on 2 customers: fabrikam, tailspin</span>');
    expect(cells(ops).map((td) => td.startsWith('<td class="reach">'))).toEqual([true, false, true]);
    const noc = row(page, 'Contoso NOC Readers');
    expect(noc).toMatch(/^<tr class="lh301 accepted">/);
    expect(noc).toContain('<span class="b suppressed" title="The NOC is read-only on every customer by contract (MSA section 4.2)">LH301 suppressed</span> same access on 3 customers');
    expect(row(page, 'Contoso Deploy Pipeline')).toMatch(/^<tr>/);
  });

  test('findings are grouped per customer (plan-wide first) and by rule, with level, message, location, fix, help and status', () => {
    const findings = element(page, 'section', 'id="findings"');
    expect([...findings.matchAll(/<summary><h3>(.*?)<\/h3>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''))).toEqual(['(plan-wide)', 'Fabrikam Ltd fabrikam', 'Tailspin Toys tailspin']);
    const planWide = findings.slice(0, findings.indexOf('data-cq="fabrikam'));
    expect([...planWide.matchAll(/<th scope="rowgroup" colspan="4"><strong>(LH\d+)<\/strong>/g)].map((m) => m[1])).toEqual(['LH301', 'LH404']);
    expect(planWide).toContain('<a href="https://learn.microsoft.com/azure/lighthouse/concepts/recommended-security-practices" rel="noreferrer noopener" target="_blank">LH301 documentation</a>');
    expect(planWide).toContain('<span class="fix">Fix: Use a separate group per customer');
    expect(planWide).toMatch(/<tr class="sup"><td><span class="b warning">warning<\/span><\/td><td>&quot;Contoso NOC Readers&quot; \(noc\) has the same access on 3 customers[^<]*<\/td><td class="loc" title="principals.noc">examples\/contoso\/lighthouse.yaml:11:3<\/td><td><span class="b suppressed">suppressed<\/span> The NOC is read-only/);
    expect(planWide).toMatch(/<tr><td><span class="b warning">warning<\/span><\/td><td>&quot;Contoso Ops Engineers&quot;[^<]*<\/td><td class="loc" title="principals.ops">examples\/contoso\/lighthouse.yaml:12:3<\/td><td>open<\/td><\/tr>/);
    expect(findings).toContain('<details class="fc" open data-cq="fabrikam fabrikam ltd">');
    expect(findings).not.toContain('findings-data');
  });

  test('the policy file is named as the user named it', () => {
    const plan = planOf(require('node:fs').readFileSync(require('node:path').join(__dirname, '../../..', EXAMPLE_FILE), 'utf8'), EXAMPLE_FILE);
    expect(htmlReportOf(plan, EXAMPLE_FILE, 'policies/strict.policy.yaml')).toContain('<dt>Policy</dt><dd><code>policies/strict.policy.yaml</code></dd>');
  });
});

describe('check --format html: paths', () => {
  test('absolute paths are shown as file names only', () => {
    const plan = planOf(HOSTILE_MANIFEST, '/home/ci/work/repo/lighthouse.yaml');
    const page = htmlReportOf(plan, '/home/ci/work/repo/lighthouse.yaml', 'C:\\repo\\lighthouse.policy.yaml');
    expect(page).not.toMatch(/home\/ci|C:\\|repo[\\/]/);
    expect(page).toContain('<title>Access report: lighthouse.yaml</title>');
    expect(page).toContain('<dt>Policy</dt><dd><code>lighthouse.policy.yaml</code></dd>');
    expect(page).toMatch(/<td class="loc" title="[^"]*">lighthouse.yaml:\d+:\d+<\/td>/);
  });
});

describe('check --format html: hostile names', () => {
  const page = htmlReportOf(planOf(HOSTILE_MANIFEST));

  test('no name opens, closes or breaks out of an element: the page has exactly its own tags', () => {
    expect(page.match(/<script\b/g)).toHaveLength(2); // the matrix data block and the page script
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page.match(/<style\b/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page.match(/<\/title>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img\b|<svg\b|<b>|<!--/);
    for (const text of Object.values(HOSTILE)) expect(page).not.toContain(text);
  });

  test('names read as text (escaped), control characters and the right-to-left override visible', () => {
    expect(page).toContain(`<span class="n">${escapeHtml(HOSTILE.script)}</span>`);
    expect(page).toContain('<span class="n">&quot;&#39;&gt;&lt;img src=x onerror=&quot;window.__pwned=3&quot;&gt;</span>');
    expect(page).toContain('<span class="n">&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;</span>');
    expect(page).toContain('<span class="n">Ops\\u001b[31m red\\u0007 &lt;U+202E&gt;exe.txt</span>');
    expect(page).toContain('MSP &lt;/title&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(page).toContain('&lt;b&gt;accepted&lt;/b&gt; &lt;/script&gt;&lt;script&gt;window.__pwned=5&lt;/script&gt;');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  test('the data blocks hold visible text and escaped markup, and no "<" at all', () => {
    const block = element(page, 'script', 'id="matrix-data"');
    expect(block.slice(block.indexOf('>') + 1, -'</script>'.length)).not.toContain('<');
    const data = dataBlock<MatrixData>(page, 'matrix-data');
    expect(data.columns[0][1]).toEqual([['fabrikam', visibleText(HOSTILE.svg)], ['contoso', visibleText(HOSTILE.rtl)]]);
    expect(data.rows.map(([open]) => open).join('')).toContain(escapeHtml(HOSTILE.script));
    expect(data.cells.join('')).not.toMatch(/<(?!\/?(td|span|small)\b)/);
  });

  test('the report fixtures that try to break every format render as text too', () => {
    const out = renderHtml(hostileInput());
    expect(out).toContain('Role &quot;A|B&quot; &lt;script&gt;&amp;amp; &#39;q&#39;');
    expect(out).not.toMatch(/<script\b/); // no Plan, a small report: no script at all
  });
});

describe('check --format html: without the Plan', () => {
  test('the findings and counts are there, the matrix says why it is missing, and the page has no script', () => {
    const page = renderHtml(reportInput());
    expect(page).toContain('No access matrix: the report was rendered without the checked Plan.');
    expect(page).toContain('<dt>Customers</dt><dd>4</dd>');
    expect(page).toContain("script-src 'none'");
    expect(page).not.toMatch(/<script\b/);
    expect(page).toContain('<span class="b suppressed">suppressed</span> Alice is the on-call lead until the NOC group exists');
  });

  test('no findings: one sentence', () => {
    expect(renderHtml(reportInput({ findings: [] }))).toContain('<p>No findings: every rule that ran passed.</p>');
  });
});

describe('check --format html: at scale', () => {
  test('the first page of rows and columns is in the markup, the rest in sparse data the script draws from', () => {
    const n = MATRIX_PAGES.rows + 10;
    const page = htmlReportOf(planOf(separateGroups(n)));
    const body = element(matrix(page), 'tbody', '');
    const rows = body.split('\n').filter((line) => line.startsWith('<tr'));
    expect(rows).toHaveLength(MATRIX_PAGES.rows + 1);
    expect(rows[rows.length - 1]).toContain('<button type="button" data-more-rows="1">show 10 more principals</button> <small>(10 not shown)</small>');
    expect(cells(rows[0])).toHaveLength(MATRIX_PAGES.columns + 1);
    expect(element(matrix(page), 'thead', '')).toContain(`show ${MATRIX_PAGES.columns} more columns</button> <small>(${n - MATRIX_PAGES.columns} not shown)</small>`);
    const data = dataBlock<MatrixData>(page, 'matrix-data');
    expect(data.rows).toHaveLength(n);
    expect(data.columns).toHaveLength(n);
    expect(data.columns.every(([, , sparse], i) => sparse.length === 1 && sparse[0][0] === i)).toBe(true); // one non-empty cell per column
    expect(data.cells).toHaveLength(1); // every cell reads the same: stored once
  });

  test('beyond twenty customers with findings, the findings list is drawn from data, a page at a time', () => {
    const { estateYaml } = require('../../../bench/estate') as typeof import('../../../bench/estate');
    const page = htmlReportOf(planOf(estateYaml({ customers: 150, subscriptions: 1, authorizations: 10, seed: 42 }), 'estate.yaml'));
    const data = dataBlock<FindingsData>(page, 'findings-data');
    expect(data.groups).toHaveLength(150);
    expect(data.page).toBe(100);
    const list = element(page, 'div', 'id="findings-list"');
    expect(list.match(/<details class="fc" data-f="\d+">/g)).toHaveLength(100);
    expect(list).toContain('Showing 100 of 150 customers with findings. <button type="button" data-more-findings="1">show 50 more</button>');
    const [search, details, table] = data.groups[7];
    expect(search).toBe('customer7 customer 7');
    expect(details).toMatch(/^<details class="fc" data-f="7"><summary><h3><span class="n">Customer 7<\/span> <small class="k">customer7<\/small><\/h3> <span class="b warning">\d+ warnings?<\/span><\/summary><\/details>$/);
    expect(table).toMatch(/^<table class="ft">/);
    expect(table).toContain('in customer customer7, subscription');
    expect(element(page, 'details', 'open')).toContain('<h3>(plan-wide)</h3>');
  });
});
