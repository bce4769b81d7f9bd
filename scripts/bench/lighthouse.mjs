/**
 * Bench measurement: Lighthouse (mobile preset = Lighthouse's default config: Moto G
 * emulation, simulated slow 4G) on one page of each type, in Debian's Chromium started by
 * chrome-launcher with the test flags; the median of --runs N runs. Passes when every page
 * scores 100 in all four categories (noindex pages may fail only the SEO "is-crawlable" audit).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { pageFamiliesIn } from '../page-families.mjs';
import { table } from './table.mjs';

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'lighthouse',
  title: 'Lighthouse (mobile)',
  async run(ctx) {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    // One page of each kind: the information pages, the checker's start page and the largest
    // page of each family of per-answer pages, search, and the 404 page (at its file URL:
    // Lighthouse refuses to audit a document answered with 404).
    const perAnswer = pageFamiliesIn(ctx.dist, { sitemapSpread: 0, perAnswerSpread: 0 }).filter((f) => !f.inSitemap);
    const targets = [
      ['home', '/'],
      ['policy', '/policy/'],
      ['history', '/history/'],
      ['glossary', '/glossary/'],
      ['sources', '/sources/'],
      ['expungement', '/expungement/'],
      ['checker', '/check/'],
      ...perAnswer.map((f) => [`checker ${f.key}`, f.tested[0]]),
      ['search', '/search/'],
      ['404', '/404.html'],
    ].filter(([, p]) => ctx.htmlPaths.includes(p));

    const rows = [];
    for (const [type, p] of targets) {
      const samples = [];
      for (let i = 0; i < ctx.runs; i++) {
        const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
        try {
          const r = await lighthouse(new URL(p, ctx.url).href, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          const lhr = r?.lhr;
          if (!lhr) throw new Error('no result');
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const score = (/** @type {string} */ c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
          const num = (/** @type {string} */ a) => lhr.audits[a]?.numericValue ?? null;
          const failed = (/** @type {string} */ c) =>
            (lhr.categories[c]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
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
          samples.push({ error: String(/** @type {Error} */ (err)?.message ?? err) });
        } finally {
          chrome.kill();
        }
      }
      const ok = samples.filter((s) => !s.error).sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      const median = ok.length ? ok[Math.floor(ok.length / 2)] : samples[0];
      rows.push({ type, path: p, ...median });
      process.stdout.write(`  ${type} ${p}: ${median.error ? `ERROR ${median.error}` : `perf ${median.performance}`}\n`);
    }

    // Per-answer pages and the 404 page are noindex on purpose (thousands of near-identical pages must
    // not crowd search results), so failing only Lighthouse's "is-crawlable" SEO audit is expected there.
    const noindex = new Set(['/404.html', ...perAnswer.map((f) => f.tested[0])]);
    const noindexByDesign = (/** @type {any} */ r) => noindex.has(r.path) && r.failedAudits.seo.join() === 'is-crawlable';
    const below = rows.filter((r) => r.error || [r.performance, r.accessibility, r.bestPractices].some((v) => v !== 100) || (r.seo !== 100 && !noindexByDesign(r)));
    const exempt = rows.filter((r) => !r.error && r.seo !== 100 && noindexByDesign(r)).length;
    const notes = rows
      .filter((r) => !r.error && Object.values(r.failedAudits).some((a) => a.length))
      .map((r) => `  ${r.path}: ${Object.entries(r.failedAudits).filter(([, a]) => a.length).map(([c, a]) => `${c}: ${a.join(', ')}`).join('; ')}`);

    return {
      report: [
        table(
          ['type', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
          rows.map((r) =>
            r.error
              ? [r.type, r.path, 'error', '', '', '', '', '', r.error.slice(0, 60)]
              : [r.type, r.path, r.performance, r.accessibility, r.bestPractices, r.seo, `${(r.lcpMs / 1000).toFixed(2)} s`, `${Math.round(r.tbtMs)} ms`, r.cls.toFixed(3)],
          ),
          [2, 3, 4, 5, 6, 7, 8],
        ),
        ...(notes.length ? ['Audits not passed (weighted):', ...notes] : []),
      ].join('\n\n'),
      checks: [
        {
          name: 'LIGHTHOUSE_100',
          limit: '100 × 4',
          checked: `${rows.length} page types${exempt ? `, ${exempt} noindex (SEO is-crawlable expected)` : ''}`,
          worst: below.length ? below.map((r) => r.path).join(', ') : 'all 100',
          pass: below.length === 0,
        },
      ],
      json: rows,
    };
  },
};
