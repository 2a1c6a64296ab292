import { escapeHtml, jsonForScript, visibleText } from '../../../lib/report/html/escape';
import { formatCount, html, join, safeHref, trusted } from '../../../lib/report/html/markup';

describe('visibleText', () => {
  test('keeps ordinary text of any script as it is', () => {
    for (const text of ['Contoso Ops', 'Überwachung', 'مجموعة العمليات', 'עברית', '運用チーム', 'emoji 🔐 ok', 'a‍b']) expect(visibleText(text)).toBe(text);
  });

  test('puts everything on one line: line breaks become spaces, other separators are shown', () => {
    expect(visibleText('a\nb\r\nc\rd\te\u2028f\u2029g\u0085h')).toBe('a b c d\\te<U+2028>f<U+2029>g\\u0085h');
  });

  test('shows controls as the project\'s one sanitizer does (lib/util/visible-text)', () => {
    expect(visibleText('x\u001b[31my\u0007\u0000\u007f')).toBe('x\\u001b[31my\\u0007\\u0000\\u007f');
    expect(visibleText('a\u009bb')).toBe('a\\u009bb');
  });

  test('shows bidirectional overrides, isolates and marks instead of obeying them', () => {
    expect(visibleText('invoice\u202efdp.exe')).toBe('invoice<U+202E>fdp.exe');
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(visibleText(`a${c}b`)).toBe(`a<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>b`);
    }
  });

  test('replaces unpaired surrogates and non-characters, keeps pairs', () => {
    expect(visibleText('a\ud800b\udc00c\ufffe\uffff')).toBe('a\ufffdb\ufffdc\ufffd\ufffd');
    expect(visibleText('\ud83d\udd10')).toBe('\ud83d\udd10');
  });
});

describe('escapeHtml', () => {
  test('escapes the five characters HTML interprets', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
  });

  test('escapes after making text visible (no raw control character survives)', () => {
    expect(escapeHtml('<\u001b>\n\u202e')).toBe('&lt;\\u001b&gt; &lt;U+202E&gt;');
  });
});

describe('jsonForScript', () => {
  test('leaves no "<" in the block, so nothing can close the script element or open a comment, and reads back unchanged', () => {
    const value = { a: '</script><!-- <script>', b: ['\u2028\u2029', '&amp; >'] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('html templates', () => {
  test('escape interpolated text, keep markup, skip absent values', () => {
    const name = '<b>"x"</b>';
    expect(html`<td title="${name}">${name}${undefined}${false}${null}${3}</td>`.markup).toBe('<td title="&lt;b&gt;&quot;x&quot;&lt;/b&gt;">&lt;b&gt;&quot;x&quot;&lt;/b&gt;3</td>');
    expect(html`<p>${html`<i>${name}</i>`}</p>`.markup).toBe('<p><i>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</i></p>');
    expect(html`<ul>${['a', '<b>'].map((x) => html`<li>${x}</li>`)}</ul>`.markup).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  test('join keeps line breaks of its own separator and escapes its entities', () => {
    expect(join([trusted('<a>'), trusted('<b>')], '\n').markup).toBe('<a>\n<b>');
    expect(join([trusted('<a>'), trusted('<b>')], ' & ').markup).toBe('<a> &amp; <b>');
  });

  test('links only https URLs', () => {
    expect(safeHref('https://learn.microsoft.com/azure/lighthouse/')).toBe('https://learn.microsoft.com/azure/lighthouse/');
    for (const url of ['javascript:alert(1)', 'http://example.com', '//evil.example', 'https://x" onclick="y', 'data:text/html,x']) expect(safeHref(url)).toBeUndefined();
  });

  test('counts read the same on every machine', () => {
    expect([0, 999, 1000, 12345, 1234567].map(formatCount)).toEqual(['0', '999', '1,000', '12,345', '1,234,567']);
  });
});
