/**
 * Bench measurement: how soon the checker can be answered with JavaScript on a slow phone.
 * Debian's Chromium, a fresh profile per run (nothing cached), a 360×740 screen, emulated
 * slow 3G (400 kbit/s each way, 400 ms round trip) and a CPU 4× slower than this machine's.
 *
 * Measured in the page, from its HTML received (the navigation's responseEnd) to the moment
 * the island has started and shows its Continue button or its result: on the first question
 * (/check/v3/, where everyone starts), and on the heaviest per-answer page (one that holds
 * the most results; a Back or a shared link can land there). The median of --runs N runs (at least 3);
 * passes within LIMIT_MS (issue 9: 1.5 s).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { pageFamiliesIn } from '../page-families.mjs';
import { table } from './table.mjs';

const LIMIT_MS = 1500;
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;

/** Runs in the page before its own scripts: notes when the island first becomes answerable. */
function watchAnswerable() {
  const ready = () => !document.querySelector('astro-island[ssr]') && document.querySelector('main form button[type=submit], main astro-island .result');
  const note = () => {
    if (window.__answerableAt === undefined && ready()) window.__answerableAt = performance.now();
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'checker-slow-3g',
  title: 'Checker on slow 3G: answerable after the first question arrives',
  async run(ctx) {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const runs = Math.max(3, ctx.runs);
    const heaviest = pageFamiliesIn(ctx.dist, { sitemapSpread: 0, perAnswerSpread: 0 }).find((f) => f.key === '/check/v3/')?.tested[0];
    const pages = ['/check/v3/', ...(heaviest ? [heaviest] : [])];
    const rows = [];
    const figures = {};
    try {
      for (const sitePath of pages) {
        const samples = [];
        for (let i = 0; i < runs; i++) {
          const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
          const page = await context.newPage();
          await page.addInitScript(watchAnswerable);
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
          await page.goto(new URL(sitePath, ctx.url).href, { waitUntil: 'load', timeout: 120_000 });
          await page.waitForFunction(() => window.__answerableAt !== undefined, null, { timeout: 60_000 });
          samples.push(
            await page.evaluate(() => {
              const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
              return { html: nav.responseEnd, answerable: window.__answerableAt - nav.responseEnd, load: nav.loadEventEnd };
            }),
          );
          await context.close();
        }
        const after = median(samples.map((s) => s.answerable));
        figures[sitePath] = Math.round(after);
        rows.push([
          sitePath,
          `${Math.round(median(samples.map((s) => s.html)))} ms`,
          `${Math.round(after)} ms`,
          samples.map((s) => Math.round(s.answerable)).join(', '),
          after <= LIMIT_MS ? 'PASS' : 'FAIL',
        ]);
      }
    } finally {
      await browser.close();
    }
    return {
      report: [
        `Slow 3G (${SLOW_3G.latency} ms round trip, 400 kbit/s), CPU ${CPU_SLOWDOWN}× slower, 360×740, nothing cached; median of ${runs} runs.`,
        table(['page', 'HTML received at', 'answerable after the HTML', 'runs', `≤ ${LIMIT_MS} ms`], rows),
      ].join('\n\n'),
      figures: { checkerAnswerableMs: figures },
      checks: rows.map(([page, , after, , result]) => ({ name: `checker answerable on slow 3G ${page}`, limit: `${LIMIT_MS} ms`, checked: `${runs} runs`, worst: String(after), pass: result === 'PASS' })),
      json: { limitMs: LIMIT_MS, network: SLOW_3G, cpuSlowdown: CPU_SLOWDOWN, runs },
    };
  },
};
