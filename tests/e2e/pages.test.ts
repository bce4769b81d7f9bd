/**
 * The site's pages in a real browser (Debian's Chromium), served from dist/ with
 * the production headers of public/_headers: every page template — every sitemap
 * page, with large families of one template sampled (their largest page and an even
 * spread, see tests/support/pages.ts), a sample of the checker's per-answer pages,
 * and the 404 page. E2E_PAGES=sitemap or E2E_ALL_PAGES=1 loads more (npm run bench).
 *
 * Each page is loaded once per screen size, and every check runs on that load:
 *
 * - phone, 360×740: axe-core (WCAG 2.0/2.1 A+AA and 2.2 AA rules); reflow (WCAG 1.4.10):
 *   resized in place to 320 px (a 1280 px window at 400 % zoom) and 640 px (200 % zoom),
 *   no horizontal scrolling and no clipped text;
 * - desktop, 1280×800: axe-core; keyboard: the first Tab reaches the skip link, Enter
 *   on it focuses <main>, every Tab stop shows a visible focus indicator (the first 30
 *   stops by pressing Tab, the rest focused in Tab order by script: see keyboardReport);
 *   resize text (WCAG 1.4.4): 200 % text size grows all text, without sideways scrolling
 *   or clipping;
 * - on both loads: no console error, no failed request, no request to another origin,
 *   nothing kept (no cookie, no Web Storage write, nothing stored), and nothing loaded
 *   that the byte budgets (scripts/measure.mjs, tests/build/budgets.test.ts) do not count.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import { openHarness, openTabs, type Harness, type OpenedPage, type TabPool } from '../support/browser';
import { DIST, requireDist, siteOrigin } from '../support/dist';
import { createMeasurer } from '../../scripts/measure.mjs';
import { keyboardReport, reflowProblems, runAxe, textResizeProblems } from '../support/a11y';
import { NOT_FOUND_PATH, pageFamilies, pageMode, pagesToTest } from '../support/pages';
import { recordStorage, storedData } from '../support/privacy';

requireDist();

const PAGES = pagesToTest();
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Pages loaded at once (E2E_TABS, default 2: one per core of the machine this was measured on). */
const TABS = Math.max(1, Number(process.env.E2E_TABS ?? 2));

/**
 * Time allowed for one page at one screen size. On a quiet 2-core machine a page takes
 * 0.5–4 s (the largest, /check/how-it-works/<largest>/, the most); on a machine shared with
 * other jobs (load average 12 was seen) 8× that, so the limit is far above the quiet figure.
 */
const PAGE_TIMEOUT = 120_000;

interface Tab {
  opened: OpenedPage;
  /** Storage writes recorded since the last load. */
  writes: string[];
  /** Same-origin URLs requested since the last load. */
  requested: string[];
}

const measurer = createMeasurer(DIST, { siteOrigin: siteOrigin(), brotli: false });

let h: Harness;
let tabs: TabPool<Tab>;

beforeAll(async () => {
  const sampled = pageFamilies().filter((f) => f.tested.length < f.pages.length);
  console.info(
    `e2e/pages (${pageMode()}, ${TABS} tab(s)): ${PAGES.length} pages; sampled families: ` +
      (sampled.map((f) => `${f.key} ${f.tested.length}/${f.pages.length}`).join(', ') || 'none'),
  );
  h = await openHarness();
  tabs = await openTabs(h, TABS, async (opened) => {
    const tab: Tab = { opened, writes: await recordStorage(opened.context), requested: [] };
    opened.page.on('request', (r) => {
      if (r.url().startsWith(h.server.origin)) tab.requested.push(new URL(r.url()).pathname);
    });
    return tab;
  });
});
afterAll(async () => {
  await h?.close();
});

async function load(tab: Tab, sitePath: string, viewport: { width: number; height: number }): Promise<void> {
  tab.writes.length = 0;
  tab.requested.length = 0;
  await tab.opened.visit(sitePath, { viewport, status: sitePath === NOT_FOUND_PATH ? 404 : 200 });
}

const labelled = (label: string, lines: string[]) => lines.map((l) => `${label}: ${l.replace(/\n/g, '\n    ')}`);

/** Console, network, privacy and byte-counting problems of the tab's current load of sitePath. */
async function loadProblems(tab: Tab, sitePath: string): Promise<string[]> {
  const cookies = await tab.opened.context.cookies();
  const measured = measurer.measurePage(sitePath === NOT_FOUND_PATH ? '/404.html' : sitePath);
  const counted = new Set([sitePath, ...measured.assets.map((a) => a.url)]);
  const uncounted = [...new Set(tab.requested)].filter((u) => !counted.has(u));
  return [
    ...uncounted.map((u) => `bytes: the page loaded ${u}, which scripts/measure.mjs does not count`),
    ...tab.opened.watch.problems(),
    ...tab.writes.map((w) => `privacy: storage write: ${w}`),
    ...(await storedData(tab.opened.page)).map((s) => `privacy: ${s}`),
    ...cookies.map((c) => `privacy: cookie ${c.name} (domain ${c.domain})`),
  ];
}

describe.concurrent.each(PAGES)('%s', (sitePath) => {
  test(`phone ${PHONE.width}×${PHONE.height}: axe, reflow at 320 and 640 px, console, network, nothing kept`, ({ expect }) =>
    tabs.use(async (tab) => {
      await load(tab, sitePath, PHONE);
      const problems = [
        ...labelled(`axe ${PHONE.width}×${PHONE.height}`, await runAxe(tab.opened.page)),
        ...labelled('reflow', await reflowProblems(tab.opened.page, [320, 640])),
        ...(await loadProblems(tab, sitePath)),
      ];
      expect(problems, `${sitePath} at ${PHONE.width}×${PHONE.height}:\n  ${problems.join('\n  ')}`).toEqual([]);
    }), PAGE_TIMEOUT);

  test(`desktop ${DESKTOP.width}×${DESKTOP.height}: axe, keyboard and skip link, 200 % text, console, network, nothing kept`, ({ expect }) =>
    tabs.use(async (tab) => {
      await load(tab, sitePath, DESKTOP);
      const { page } = tab.opened;
      const axe = await runAxe(page);
      const keyboard = await keyboardReport(page, { walkStops: 30 });
      const text = await textResizeProblems(page);
      const problems = [
        ...labelled(`axe ${DESKTOP.width}×${DESKTOP.height}`, axe),
        ...labelled(`keyboard (${keyboard.stops.length} Tab stops)`, keyboard.problems),
        ...labelled('200 % text', text),
        ...(await loadProblems(tab, sitePath)),
      ];
      expect(problems, `${sitePath} at ${DESKTOP.width}×${DESKTOP.height}:\n  ${problems.join('\n  ')}`).toEqual([]);
    }), PAGE_TIMEOUT);
});
