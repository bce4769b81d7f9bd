/**
 * Byte budgets (scripts/budgets.mjs), measured by scripts/measure.mjs on the
 * built files, gzip level 9, first visit (empty cache):
 *
 * - information pages (all but /check/** and /search/**): 0 bytes of executable JavaScript
 *   (JSON-LD <script type="application/ld+json"> is data and does not count);
 * - every page: HTML + everything it loads ≤ PAGE_TOTAL_GZ;
 * - checker pages (/check/ and its step/answer pages): JavaScript ≤ CHECKER_JS_GZ;
 * - /search/, if present: the search index ≤ SEARCH_INDEX_GZ (its JavaScript, lazy chunks included, counts in the page total).
 *
 * Pages measured: the sitemap, the 404 page and every page under /check/
 * (cheap: sizes are cached per file).
 */
import { expect, test } from 'vitest';
import { DIST, htmlFiles, requireDist, siteOrigin, sitemapPaths, urlPathOf } from '../support/dist';
import { createMeasurer, checkBudgets, kb } from '../../scripts/measure.mjs';

requireDist();

const measurer = createMeasurer(DIST, { siteOrigin: siteOrigin(), brotli: false });
const paths = [
  ...new Set([
    ...sitemapPaths(),
    ...htmlFiles()
      .map(urlPathOf)
      .filter((p) => p === '/404.html' || p.startsWith('/check/') || p.startsWith('/search/')),
  ]),
];
const measures = paths.map((p) => measurer.measurePage(p));
const results = checkBudgets(measures);

test('pages were measured', () => {
  expect(measures.length).toBeGreaterThan(0);
});

test('every asset a page references exists in dist/', () => {
  const missing = measures.flatMap((m) => m.missing.map((x: string) => `${m.path}: ${x}`));
  expect(missing, missing.join('\n')).toEqual([]);
});

for (const budget of ['INFO_JS', 'PAGE_TOTAL_GZ', 'CHECKER_JS_GZ', 'SEARCH_INDEX_GZ']) {
  const rows = results.filter((r) => r.budget === budget);
  test(`${budget}: ${rows.length} page(s) within budget`, () => {
    expect(rows.length, `no page was measured for ${budget}`).toBeGreaterThan(0);
    const failing = rows
      .filter((r) => !r.pass)
      .map((r) => `${r.page}: ${budget === 'INFO_JS' ? `${r.actual} B of JavaScript` : kb(r.actual)} > ${kb(r.limit)}${r.detail ? ` (${r.detail})` : ''}`);
    expect(failing, `${failing.length} page(s) over the ${budget} budget:\n  ${failing.slice(0, 50).join('\n  ')}`).toEqual([]);
  });
}
