import fc from 'fast-check';
import { loadManifestText } from '../../../lib/manifest/load';
import { escapeHtml, visibleText } from '../../../lib/report/html/escape';
import { MatrixData } from '../../../lib/report/html/matrix-view';
import { arbitraryManifest } from '../../helpers/arbitrary-manifest';
import { htmlReportOf } from './html-helpers';

/** Names made of what breaks pages: markup, quotes, entities, controls, bidi overrides, lone surrogates, and letters. */
const risky = fc.array(fc.constantFrom('<', '>', '&', '"', "'", '</script>', '</style>', '<!--', '&amp;', '\u0000', '\u001b', '\u0007', '\n', '\t', '\u202e', '\u2066', '\u200f', '\u0085', '\u2028', '\ud800', '\udc00', 'é', 'ب', '🔐', 'a', 'Z', ' '), { minLength: 1, maxLength: 12 }).map((parts) => `n${parts.join('')}`); // the schema wants one non-space character

const manifests = fc.tuple(arbitraryManifest, fc.array(risky, { minLength: 9, maxLength: 9 })).map(([manifest, names]) => ({
  ...manifest,
  principals: Object.fromEntries(Object.entries(manifest.principals).map(([key, p], i) => [key, { ...p, displayName: names[i] }])),
  customers: Object.fromEntries(Object.entries(manifest.customers).map(([key, c], i) => [key, { ...c, displayName: names[5 + i] }])),
}));

describe('the HTML report on random valid manifests with hostile names', () => {
  test('renders the same bytes twice, has exactly its own tags, shows every name as text and every customer once', () => {
    fc.assert(fc.property(manifests, (manifest) => {
      const text = JSON.stringify(manifest, null, 2);
      const plan = loadManifestText(text, 'random.json');
      const page = htmlReportOf(plan);
      expect(htmlReportOf(loadManifestText(text, 'random.json'))).toBe(page);
      expect(page.match(/<script\b/g)).toHaveLength(2);
      expect(page.match(/<\/script>/g)).toHaveLength(2);
      expect(page.match(/<style\b|<\/style>/g)).toHaveLength(2);
      expect(page).not.toMatch(/<!--|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      for (const principal of plan.principals) expect(page).toContain(`<span class="n">${escapeHtml(principal.displayName!)}</span>`);
      const block = /<script type="application\/json" id="matrix-data">(.*?)<\/script>/s.exec(page)![1];
      const data = JSON.parse(block) as MatrixData;
      const shown = data.columns.flatMap(([, customers]) => customers);
      expect(shown).toEqual(expect.arrayContaining(plan.customers.map((c) => [c.key, visibleText(c.displayName)])));
      expect(shown).toHaveLength(plan.customers.length);
    }), { numRuns: 60, seed: 20261201 });
  });
});
