#!/usr/bin/env node
/**
 * `npm run bench`: build, weigh and Lighthouse the site (not part of npm test).
 *
 * 1. Builds the site into bench-results/dist with SITE_URL set to the local
 *    server's origin (so canonical URLs match the audited URLs), and times it.
 * 2. Serves that build (scripts/serve-dist.mjs, with public/_headers applied).
 * 3. Weighs every page (scripts/measure.mjs): HTML/CSS/JS bytes raw, gzip and
 *    brotli, request count and total transfer on a first visit.
 * 4. Runs Lighthouse (mobile preset = Lighthouse's default config: Moto G
 *    emulation, simulated slow 4G) on one page of each type, in Debian's
 *    Chromium started by chrome-launcher with the test flags.
 * 5. Checks the budgets of scripts/budgets.mjs, prints tables, and writes
 *    bench-results/bench.json.
 *
 * Options: --skip-build (reuse bench-results/dist; its SITE_URL port is reused),
 *          --no-lighthouse, --runs N (Lighthouse runs per page, median kept; default 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve-dist.mjs';
import { createMeasurer, checkBudgets, htmlPaths, sitemapPathsOf, pageType, kb } from './measure.mjs';
import * as BUDGETS from './budgets.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results');
const DIST = path.join(OUT, 'dist');
const CHROMIUM = CHROMIUM_PATH;
const CHROME_FLAGS = CHROMIUM_ARGS;

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const noLighthouse = args.includes('--no-lighthouse');
const runs = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 1);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

function pad(s, n, right = false) {
  const str = String(s);
  return right ? str.padStart(n) : str.padEnd(n);
}

function table(headers, rows, rightAligned = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], rightAligned.includes(i))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------
// 1. Build
mkdirSync(OUT, { recursive: true });
let port;
let buildSeconds = null;
if (skipBuild && existsSync(path.join(DIST, 'index.html'))) {
  const { origin } = sitemapPathsOf(DIST);
  port = origin ? Number(new URL(origin).port) : await freePort();
  console.log(`Reusing ${path.relative(ROOT, DIST)} (built for ${origin}).`);
} else {
  port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  console.log(`Building with SITE_URL=${siteUrl} into ${path.relative(ROOT, DIST)} …`);
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', DIST], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: siteUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  buildSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-5000));
    console.error(r.stderr.slice(-5000));
    console.error(`Build failed (exit ${r.status}).`);
    process.exit(1);
  }
  console.log(`Build: ${buildSeconds.toFixed(1)} s`);
}

// ---------------------------------------------------------------------------
// 2. Serve
const server = await startServer({ dir: DIST, port });
console.log(`Serving at ${server.url}`);

try {
  // -------------------------------------------------------------------------
  // 3. Weigh
  const { origin: siteOrigin, paths: sitemap } = sitemapPathsOf(DIST);
  const all = htmlPaths(DIST);
  // Every page, gzip only (brotli -11 on ~2,000 pages is slow), for the budgets and the checker summary;
  // brotli too for the pages shown in the table.
  const measurer = createMeasurer(DIST, { siteOrigin: siteOrigin ?? undefined, brotli: false });
  const measured = [...new Set([...sitemap, ...all])].map((p) => measurer.measurePage(p));
  const fullMeasurer = createMeasurer(DIST, { siteOrigin: siteOrigin ?? undefined });
  const byPathGz = new Map(measured.map((m) => [m.path, m]));

  const checkerSteps = all.filter((p) => p.startsWith('/check/') && p !== '/check/' && !sitemap.includes(p));
  // A representative question page (/check/step/<code>/) and answer-specific result (/check/answers/<code>/),
  // preferring a Maryland route (the common case); falls back to any other per-answer page.
  const prefer = (re) => checkerSteps.find((p) => re.test(p) && /\/md/.test(p)) ?? checkerSteps.find((p) => re.test(p));
  const resultPage = prefer(/^\/check\/answers\/[^/]+\/$/) ?? checkerSteps.find((p) => /result|answer/.test(p)) ?? null;
  const stepPage = prefer(/^\/check\/step\/[^/]+\/$/) ?? checkerSteps.find((p) => p !== resultPage) ?? null;

  // Sitemap pages, except that large families of one template (e.g. /check/how-it-works/<route>/) show only their first page.
  const families = new Map();
  for (const p of sitemap) {
    const key = p.replace(/[^/]+\/$/, '');
    families.set(key, [...(families.get(key) ?? []), p]);
  }
  const sitemapShown = [...families.values()].flatMap((pages) => (pages.length > 12 ? pages.slice(0, 1) : pages));
  const shown = [...new Set([...sitemapShown, '/404.html', stepPage, resultPage].filter((p) => p && byPathGz.has(p)))];
  const byPath = new Map(shown.map((p) => [p, fullMeasurer.measurePage(p)]));
  const sizeRows = shown.map((p) => {
    const m = byPath.get(p);
    return [
      p,
      `${kb(m.html.raw)} / ${kb(m.html.gz)} / ${kb(m.html.br)}`,
      `${kb(m.byKind.css.raw)} / ${kb(m.byKind.css.gz)} / ${kb(m.byKind.css.br)}`,
      `${kb(m.js.raw)} / ${kb(m.js.gz)} / ${kb(m.js.br)}`,
      m.requests,
      `${kb(m.total.gz)} / ${kb(m.total.br)}`,
    ];
  });
  console.log('\nPage weight on a first visit (raw / gzip -9 / brotli -11):\n');
  console.log(table(['page', 'HTML', 'CSS', 'JS', 'requests', 'transfer gz / br'], sizeRows, [4]));
  if (checkerSteps.length) {
    const steps = checkerSteps.map((p) => byPathGz.get(p)).filter(Boolean);
    const max = (f) => steps.reduce((a, m) => (f(m) > f(a) ? m : a));
    const heaviest = max((m) => m.total.gz);
    console.log(
      `\n${steps.length} checker step/result pages: heaviest ${heaviest.path} ${kb(heaviest.total.gz)} gz in ${heaviest.requests} requests; ` +
        `max JS ${kb(max((m) => m.js.gz).js.gz)} gz.`,
    );
  }

  // -------------------------------------------------------------------------
  // 4. Lighthouse
  const lhTargets = [
    ['home', '/'],
    ['policy', '/policy/'],
    ['history', '/history/'],
    ['glossary', '/glossary/'],
    ['sources', '/sources/'],
    ['expungement', '/expungement/'],
    ['checker', '/check/'],
    ['checker step', stepPage],
    ['checker result', resultPage],
    ['search', '/search/'],
    // Lighthouse refuses to audit a document answered with 404, so the 404 page is audited at its file URL.
    ['404', '/404.html'],
  ].filter(([, p]) => p && measurer.fileFor(p));
  const lighthouseRows = [];
  if (!noLighthouse) {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    console.log(`\nLighthouse (mobile preset, ${runs} run(s) per page) …`);
    for (const [type, p] of lhTargets) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
        try {
          const r = await lighthouse(
            new URL(p, server.url).href,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
          );
          const lhr = r?.lhr;
          if (!lhr) throw new Error('no result');
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
          const num = (a) => lhr.audits[a]?.numericValue ?? null;
          const failed = (c) =>
            (lhr.categories[c]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
              .map((ref) => ref.id);
          samples.push({
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            lcpMs: num('largest-contentful-paint'),
            tbtMs: num('total-blocking-time'),
            cls: num('cumulative-layout-shift'),
            fcpMs: num('first-contentful-paint'),
            failedAudits: { performance: failed('performance'), accessibility: failed('accessibility'), 'best-practices': failed('best-practices'), seo: failed('seo') },
          });
        } catch (err) {
          samples.push({ error: String(err?.message ?? err) });
        } finally {
          await chrome.kill();
        }
      }
      const ok = samples.filter((s) => !s.error).sort((a, b) => a.performance - b.performance);
      const median = ok.length ? ok[Math.floor(ok.length / 2)] : samples[0];
      lighthouseRows.push({ type, path: p, ...median });
      process.stdout.write(`  ${type} ${p}: ${median.error ? `ERROR ${median.error}` : `perf ${median.performance}`}\n`);
    }
    console.log('\nLighthouse (mobile):\n');
    console.log(
      table(
        ['type', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
        lighthouseRows.map((r) =>
          r.error
            ? [r.type, r.path, 'error', '', '', '', '', '', r.error.slice(0, 60)]
            : [r.type, r.path, r.performance, r.accessibility, r.bestPractices, r.seo, `${(r.lcpMs / 1000).toFixed(2)} s`, `${Math.round(r.tbtMs)} ms`, r.cls.toFixed(3)],
        ),
        [2, 3, 4, 5, 6, 7, 8],
      ),
    );
    const notes = lighthouseRows.filter((r) => !r.error && Object.values(r.failedAudits).some((a) => a.length));
    if (notes.length) {
      console.log('\nAudits not passed (weighted):');
      for (const r of notes) {
        const parts = Object.entries(r.failedAudits)
          .filter(([, a]) => a.length)
          .map(([c, a]) => `${c}: ${a.join(', ')}`);
        console.log(`  ${r.path}: ${parts.join('; ')}`);
      }
    }
  }

  // -------------------------------------------------------------------------
  // 5. Budgets
  const budgetPages = measured.filter((m) => sitemap.includes(m.path) || m.path === '/404.html' || pageType(m.path) !== 'info');
  const results = checkBudgets(budgetPages);
  const budgetRows = [];
  for (const name of ['INFO_JS', 'PAGE_TOTAL_GZ', 'CHECKER_JS_GZ', 'SEARCH_INDEX_GZ']) {
    const rows = results.filter((r) => r.budget === name);
    if (!rows.length) {
      budgetRows.push([name, name === 'INFO_JS' ? `${BUDGETS[name]} B` : kb(BUDGETS[name]), '0 pages', '-', 'n/a']);
      continue;
    }
    const worst = rows.reduce((a, r) => (r.actual > a.actual ? r : a));
    const failing = rows.filter((r) => !r.pass).length;
    budgetRows.push([
      name,
      name === 'INFO_JS' ? `${BUDGETS[name]} B` : kb(BUDGETS[name]),
      `${rows.length} pages${failing ? `, ${failing} over` : ''}`,
      `${name === 'INFO_JS' ? `${worst.actual} B` : kb(worst.actual)} (${worst.page})`,
      failing ? 'FAIL' : 'PASS',
    ]);
  }
  if (lighthouseRows.length) {
    // Lighthouse 100 in all four categories. Per-answer checker pages and the 404 page are noindex on purpose
    // (thousands of near-identical pages must not crowd search results), so failing only Lighthouse's
    // "is-crawlable" SEO audit is expected there and reported, not failed.
    const noindexByDesign = (r) => /^\/check\/(step|answers)\/|^\/404/.test(r.path) && r.failedAudits.seo.join() === 'is-crawlable';
    const below = lighthouseRows.filter(
      (r) => r.error || [r.performance, r.accessibility, r.bestPractices].some((v) => v !== 100) || (r.seo !== 100 && !noindexByDesign(r)),
    );
    const exempt = lighthouseRows.filter((r) => !r.error && r.seo !== 100 && noindexByDesign(r)).length;
    budgetRows.push([
      'LIGHTHOUSE_100',
      '100 × 4',
      `${lighthouseRows.length} page types${exempt ? `, ${exempt} noindex (SEO is-crawlable expected)` : ''}`,
      below.length ? below.map((r) => r.path).join(', ') : 'all 100',
      below.length ? 'FAIL' : 'PASS',
    ]);
  }
  console.log('\nBudgets (gzip -9, first visit):\n');
  console.log(table(['budget', 'limit', 'checked', 'worst', 'result'], budgetRows));
  if (buildSeconds != null) console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (${all.length} HTML pages)`);

  const json = {
    date: new Date().toISOString(),
    node: process.version,
    buildSeconds,
    htmlPages: all.length,
    siteOrigin,
    budgets: { INFO_JS: BUDGETS.INFO_JS, PAGE_TOTAL_GZ: BUDGETS.PAGE_TOTAL_GZ, CHECKER_JS_GZ: BUDGETS.CHECKER_JS_GZ, SEARCH_INDEX_GZ: BUDGETS.SEARCH_INDEX_GZ },
    budgetResults: budgetRows.map(([budget, limit, checked, worst, result]) => ({ budget, limit, checked, worst, result })),
    budgetFailures: results.filter((r) => !r.pass),
    pages: shown.map((p) => {
      const m = byPath.get(p);
      return { path: p, type: pageType(p), html: m.html, css: m.byKind.css, js: m.js, requests: m.requests, transfer: m.total, assets: m.assets, lazy: m.lazy };
    }),
    lighthouse: lighthouseRows,
  };
  writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(OUT, 'bench.json'))}`);
  process.exitCode = budgetRows.some((r) => r[4] === 'FAIL') ? 1 : 0;
} finally {
  await server.close();
}
