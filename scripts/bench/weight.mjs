/**
 * Bench measurement: every page's weight on a first visit (scripts/measure.mjs: the HTML,
 * what it names, and the build's chunk graph), raw / gzip -9 / brotli -11, and the byte
 * budgets of scripts/budgets.mjs over every page.
 */
import { createMeasurer, checkBudgets, kb } from '../measure.mjs';
import * as BUDGETS from '../budgets.mjs';
import { pageFamiliesIn } from '../page-families.mjs';
import { table } from './table.mjs';

const BUDGET_NAMES = /** @type {const} */ (['INFO_JS', 'PAGE_TOTAL_GZ', 'CHECKER_JS_GZ', 'SEARCH_INDEX_GZ']);

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'weight',
  title: 'Page weight and byte budgets',
  async run(ctx) {
    // Every page gzip only (brotli -11 on ~2,000 pages is slow); brotli too for the pages shown.
    const measurer = createMeasurer(ctx.dist, { siteOrigin: ctx.siteOrigin, brotli: false });
    const measured = ctx.htmlPaths.map((p) => measurer.measurePage(p));
    const full = createMeasurer(ctx.dist, { siteOrigin: ctx.siteOrigin });

    // Every page alone, and the largest page of each family of one template (scripts/page-families.mjs).
    const shown = [...new Set([...pageFamiliesIn(ctx.dist, { sitemapSpread: 0, perAnswerSpread: 0 }).flatMap((f) => f.tested), '/404.html'])];
    const rows = shown.map((p) => {
      const m = full.measurePage(p);
      return [
        p,
        `${kb(m.html.raw)} / ${kb(m.html.gz)} / ${kb(m.html.br)}`,
        `${kb(m.byKind.css.raw)} / ${kb(m.byKind.css.gz)} / ${kb(m.byKind.css.br)}`,
        `${kb(m.js.raw)} / ${kb(m.js.gz)} / ${kb(m.js.br)}`,
        m.requests,
        `${kb(m.total.gz)} / ${kb(m.total.br)}`,
      ];
    });
    const heaviest = measured.reduce((a, m) => (m.total.gz > a.total.gz ? m : a));

    const results = checkBudgets(measured);
    const budgetRows = BUDGET_NAMES.map((name) => {
      const of = results.filter((r) => r.budget === name);
      const limit = name === 'INFO_JS' ? `${BUDGETS[name]} B` : kb(BUDGETS[name]);
      if (!of.length) return [name, limit, '0 pages', '-', 'n/a'];
      const worst = of.reduce((a, r) => (r.actual > a.actual ? r : a));
      const failing = of.filter((r) => !r.pass).length;
      return [name, limit, `${of.length} pages${failing ? `, ${failing} over` : ''}`, `${name === 'INFO_JS' ? `${worst.actual} B` : kb(worst.actual)} (${worst.page})`, failing ? 'FAIL' : 'PASS'];
    });

    return {
      report: [
        'Page weight on a first visit (raw / gzip -9 / brotli -11):',
        table(['page', 'HTML', 'CSS', 'JS', 'requests', 'transfer gz / br'], rows, [4]),
        `Heaviest of all ${measured.length} pages: ${heaviest.path}, ${kb(heaviest.total.gz)} gz in ${heaviest.requests} requests.`,
        'Budgets (gzip -9, first visit, every page):',
        table(['budget', 'limit', 'checked', 'worst', 'result'], budgetRows),
      ].join('\n\n'),
      figures: { pagesMeasured: measured.length, heaviest: { path: heaviest.path, gz: heaviest.total.gz } },
      checks: budgetRows.map(([budget, limit, checked, worst, result]) => ({ name: String(budget), limit: String(limit), checked: String(checked), worst: String(worst), pass: result !== 'FAIL' })),
      json: {
        budgetFailures: results.filter((r) => !r.pass),
        pages: shown.map((p) => {
          const m = full.measurePage(p);
          return { path: p, html: m.html, css: m.byKind.css, js: m.js, requests: m.requests, transfer: m.total, assets: m.assets, lazy: m.lazy };
        }),
      },
    };
  },
};
