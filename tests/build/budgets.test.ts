/**
 * Byte budgets (scripts/budgets.mjs), measured by scripts/measure.mjs on the
 * built files (the HTML's references, then the build's chunk graph), gzip level 9,
 * first visit (empty cache):
 *
 * - information pages (all but /check/** and /search/**): 0 bytes of executable JavaScript
 *   (JSON-LD <script type="application/ld+json"> is data and does not count);
 * - every page: HTML + everything it loads ≤ PAGE_TOTAL_GZ;
 * - checker pages: the JavaScript to answer the questions ≤ CHECKER_JS_GZ, and the chunk loaded to show
 *   a result (rules, words, sources) ≤ CHECKER_RESULT_JS_GZ;
 * - /search/, if present: the search index ≤ SEARCH_INDEX_GZ (its JavaScript, lazy chunks included, counts in the page total).
 *
 * Pages measured: every built HTML page (cheap: sizes are cached per file). Which
 * budget applies follows pageType() in scripts/measure.mjs.
 *
 * And the growth budgets of the same file (shared/design/budgets.md): the number of HTML pages,
 * of checker question pages, and the size of dist/ (English only).
 */
import { statSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, requireDist, siteOrigin, urlPathOf, walk } from '../support/dist';
import { createMeasurer, checkBudgets, kb } from '../../scripts/measure.mjs';
import { DIST_BYTES, HTML_PAGES, QUESTION_PAGES } from '../../scripts/budgets.mjs';
import { QUESTIONS } from '../../src/lib/screening/pages/urls';

requireDist();

const measurer = createMeasurer(DIST, { siteOrigin: siteOrigin(), brotli: false });
const measures = htmlFiles().map((f) => measurer.measurePage(urlPathOf(f)));
const results = checkBudgets(measures);

test('every asset a page references exists in dist/', () => {
  const missing = measures.flatMap((m) => m.missing.map((x: string) => `${m.path}: ${x}`));
  expect(missing, missing.join('\n')).toEqual([]);
});

for (const budget of ['INFO_JS', 'PAGE_TOTAL_GZ', 'CHECKER_JS_GZ', 'CHECKER_RESULT_JS_GZ', 'SEARCH_INDEX_GZ']) {
  const rows = results.filter((r) => r.budget === budget);
  test(`${budget}: ${rows.length} page(s) within budget`, () => {
    expect(rows.length, `no page was measured for ${budget}`).toBeGreaterThan(0);
    const failing = rows
      .filter((r) => !r.pass)
      .map((r) => `${r.page}: ${budget === 'INFO_JS' ? `${r.actual} B of JavaScript` : kb(r.actual)} > ${kb(r.limit)}${r.detail ? ` (${r.detail})` : ''}`);
    expect(failing, `${failing.length} page(s) over the ${budget} budget:\n  ${failing.slice(0, 50).join('\n  ')}`).toEqual([]);
  });
}

test(`growth: at most ${HTML_PAGES} HTML pages, ${QUESTION_PAGES} of them checker question pages, and dist/ at most ${DIST_BYTES / 1e6} MB`, () => {
  const pages = htmlFiles().map(urlPathOf);
  const questionPages = pages.filter((p) => p.startsWith(QUESTIONS));
  const bytes = walk(DIST).reduce((sum, f) => sum + statSync(f).size, 0);
  const figures = `${pages.length} HTML pages, ${questionPages.length} question pages, dist/ ${(bytes / 1e6).toFixed(1)} MB`;
  expect(questionPages.length, figures).toBeGreaterThan(0);
  expect(questionPages.length, figures).toBeLessThanOrEqual(QUESTION_PAGES);
  expect(pages.length, figures).toBeLessThanOrEqual(HTML_PAGES);
  expect(bytes, figures).toBeLessThanOrEqual(DIST_BYTES);
});
