// The report pages' stylesheets: the tool's own constants (page.ts inlines them and allows them by hash).
// Colours are chosen for a contrast of at least 4.5:1 against their background (WCAG AA, normal text); meaning
// is never carried by colour alone (levels, eligible roles and highlights also say so in text).

/** Page, typography, tables, badges, filters, print: what every report page uses. */
export const BASE_CSS = `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--head:#f2f2f2;--link:#0b4fa8;--focus:#0b4fa8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:110rem;padding:1rem 1.5rem 3rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:#fff}
h1{font-size:1.5rem;margin:.2rem 0 .3rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:0}h4{font-size:1rem;margin:0}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code,.k,.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
small,.muted{color:var(--muted)}
.n{unicode-bidi:isolate}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0;margin:.4rem 0}
table{border-collapse:collapse}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--head)}
caption{text-align:left;font-weight:600;padding:.3rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.b{display:inline-block;border:1px solid;border-radius:.25rem;padding:0 .35rem;font-size:.8rem;font-weight:600;line-height:1.4;white-space:nowrap}
.b.error{background:#fde8ea;color:#8c0016;border-color:#8c0016}
.b.warning{background:#fff2d4;color:#5f3b00;border-color:#8a5700}
.b.info{background:#e4f0fb;color:#0a4475;border-color:#0a4475}
.b.suppressed{background:#f1f1f1;color:#424242;border-style:dashed;border-color:#5c5c5c}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:end;margin:.6rem 0}
.filters label{display:flex;flex-direction:column;font-size:.85rem;font-weight:600}
.filters input,.filters select{font:inherit;padding:.25rem .4rem;border:1px solid #767676;border-radius:.2rem;width:16rem;max-width:100%}
button{font:inherit;font-size:.85rem;cursor:pointer;color:var(--link);background:#fff;border:1px solid var(--link);border-radius:.2rem;padding:0 .4rem}
[hidden]{display:none!important}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  .filters,button,nav,noscript{display:none!important}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}tr,.b{break-inside:avoid}
  thead{display:table-header-group}
}
`;

/** The access matrix: a scrollable region with a sticky header row and principal column, role badges, highlights. */
export const MATRIX_CSS = `
.matrix{overflow:auto;max-height:80vh;border:1px solid var(--line)}
.matrix table{border:0}
.matrix thead th{position:sticky;top:0;z-index:2;min-width:9rem;max-width:18rem}
.matrix tbody th{position:sticky;left:0;z-index:1;background:#fff;min-width:14rem;max-width:22rem}
.matrix thead th:first-child{left:0;z-index:3}
.matrix td{min-width:9rem;max-width:18rem}
.matrix th.grp{background:#e9eef7}
.matrix th.member{background:#f5f7fb;font-weight:normal}
.r{display:block;margin:.1rem 0;padding:.05rem .35rem;border:1px solid;border-radius:.2rem;font-size:.85rem}
.r.active{background:#e7f4ea;color:#0f4a24;border-color:#0f4a24}
.r.eligible{background:#fff;color:#5a1d8a;border-color:#5a1d8a;border-style:dashed}
.r small{color:inherit;font-size:.75rem}
tr.lh301>th{background:#fdebec;box-shadow:inset .3rem 0 0 #a4111b}
tr.lh301.accepted>th{background:#f1f1f1;box-shadow:inset .3rem 0 0 #5c5c5c}
tr.lh301 td.reach{background:#fdebec}
tr.lh301.accepted td.reach{background:#f4f4f4}
.reach-note{display:block;font-size:.8rem;font-weight:normal;color:#6e0a12}
tr.accepted .reach-note{color:var(--muted)}
.legend{margin:.6rem 0}
.r.legend-badge{display:inline-block}
@media print{.matrix{overflow:visible;max-height:none;border:0}.matrix thead th,.matrix tbody th{position:static}}
`;

/** Findings per customer and rule, and the rules' fixes. */
export const FINDINGS_CSS = `
details.fc{border:1px solid var(--line);border-radius:.25rem;margin:.4rem 0;padding:.2rem .6rem}
details.fc>summary{cursor:pointer;padding:.2rem 0}
details.fc>summary h3{display:inline}
details.fc table{width:100%;margin:.3rem 0 .6rem}
.ft th[scope=rowgroup]{background:#f7f7f7;font-weight:normal}
.ft td:nth-child(1){white-space:nowrap;width:6rem}
.ft td.loc{white-space:nowrap;width:1%}
.ft tr.sup td{color:var(--muted)}
.rules td,.rules th{max-width:40rem}
@media print{details.fc{border:0;padding:0}}
`;
