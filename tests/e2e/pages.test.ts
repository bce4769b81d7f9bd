/**
 * The site's pages in a real browser (Debian's Chromium), served from dist/ with
 * the production headers of public/_headers — every sitemap page (large families
 * of one template sampled, see pagesToTest), a few checker step/result pages and
 * the 404 page:
 *
 * - axe-core (WCAG 2.0/2.1 A+AA and 2.2 AA rules) at 360×740 and 1280×800: no violations;
 * - no console errors, no failed requests, no request to another origin;
 * - reflow (WCAG 1.4.10) and resize text (WCAG 1.4.4), see the test for the method;
 * - keyboard: the first Tab reaches the skip link, Enter moves focus to <main>, and
 *   every later Tab stop shows a visible focus indicator.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openHarness, type Harness, type OpenedPage } from '../support/browser';
import { requireDist, sitemapPaths, isCheckerStepPath, sample, htmlFiles, urlPathOf } from '../support/dist';
import {
  runAxe,
  layoutReport,
  stampTextFontSizes,
  textThatDidNotGrow,
  tabThroughPage,
} from '../support/a11y';

requireDist();

const NOT_FOUND_PATH = '/this-page-does-not-exist/';

/**
 * The pages tested: every sitemap page, the 404 page, and a few of the checker's
 * per-answer pages (question steps and results: noindex, not in the sitemap,
 * ~2,000 of them from two templates; tests/e2e/checker.test.ts walks the checker).
 *
 * Every sitemap page is tested. The ~2,300 per-answer checker pages come from
 * two templates, so an evenly spread sample of STEP_SAMPLE of each is tested;
 * E2E_ALL_PAGES=1 tests every one of them too.
 */
const STEP_SAMPLE = 8;

function pagesToTest(): string[] {
  const all = !!process.env.E2E_ALL_PAGES;
  const fromSitemap = sitemapPaths();
  const stepFamilies = new Map<string, string[]>();
  for (const p of htmlFiles().map(urlPathOf).filter(isCheckerStepPath)) {
    const key = p.split('/').slice(0, 3).join('/'); // /check/step, /check/answers
    stepFamilies.set(key, [...(stepFamilies.get(key) ?? []), p]);
  }
  const steps = [...stepFamilies.values()].flatMap((pages) => (all ? pages : sample(pages, STEP_SAMPLE)));
  return [...new Set([...fromSitemap, ...steps, NOT_FOUND_PATH])];
}

const PAGES = pagesToTest();
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

let h: Harness;
let tab: OpenedPage;

beforeAll(async () => {
  h = await openHarness();
  // One page reused for every test of this file (navigations are cheap on a local server).
  tab = await h.open(null);
});
afterAll(async () => {
  await h?.close();
});

/** Loads a site path in the shared page; the 404 probe may answer 404, everything else must answer 200. */
async function load(sitePath: string): Promise<void> {
  tab.watch.reset();
  if (sitePath === NOT_FOUND_PATH) tab.watch.allowStatus.add(h.url(sitePath));
  const status = await tab.goto(sitePath);
  expect(status, `HTTP status of ${sitePath}`).toBe(sitePath === NOT_FOUND_PATH ? 404 : 200);
}

function expectClean(sitePath: string): void {
  const problems = tab.watch.problems();
  expect(problems, `${sitePath}: console errors / failed or foreign requests:\n  ${problems.join('\n  ')}`).toEqual([]);
}

describe.each(PAGES)('%s', (sitePath) => {
  for (const vp of VIEWPORTS) {
    test(`axe, console and network at ${vp.width}×${vp.height}`, async () => {
      await tab.page.setViewportSize(vp);
      await load(sitePath);
      const violations = await runAxe(tab.page);
      expect(violations, `axe violations on ${sitePath} at ${vp.width}×${vp.height}:\n${violations.join('\n')}`).toEqual([]);
      expectClean(sitePath);
    });
  }

  /*
   * Reflow (WCAG 1.4.10): content must fit 320 CSS px without horizontal scrolling —
   * that is what a 1280 px wide window shows at 400 % browser zoom, because
   * browser zoom divides the CSS-pixel viewport by the zoom factor. For the same
   * reason 200 % browser zoom on a 1280 px window is exactly a 640 CSS px viewport
   * (deviceScaleFactor only changes rasterisation, not layout, so it is not needed).
   * At both widths: no horizontal scroll and no text clipped by overflow:hidden.
   */
  test('reflow: no horizontal scrolling or clipped text at 320 px (400 % zoom) and 640 px (200 % zoom)', async () => {
    const problems: string[] = [];
    for (const width of [320, 640]) {
      await tab.page.setViewportSize({ width, height: width === 320 ? 256 : 400 });
      await load(sitePath);
      const r = await layoutReport(tab.page);
      if (r.scrollWidth > r.clientWidth) {
        problems.push(`${width} px: page scrolls sideways (scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}); widest: ${r.overflowing.join('; ')}`);
      }
      for (const c of r.clipped) problems.push(`${width} px: clipped text: ${c}`);
    }
    expect(problems, `${sitePath}:\n  ${problems.join('\n  ')}`).toEqual([]);
    expectClean(sitePath);
  });

  /*
   * Resize text (WCAG 1.4.4): text must scale to 200 % without loss of content.
   * Whole-page zoom is covered by the 640 px reflow check above, so this check
   * emulates the other way users enlarge text — a larger default font size
   * (browser settings, or "zoom text only") — by setting the root font size to
   * 200 % at 1280×800. Every piece of text must then be (about) twice as large
   * (text sized in px would not grow), the page must not scroll sideways, and no
   * text may be clipped.
   */
  test('resize text: 200 % text size at 1280 px grows all text, without sideways scrolling or clipping', async () => {
    await tab.page.setViewportSize({ width: 1280, height: 800 });
    await load(sitePath);
    await stampTextFontSizes(tab.page);
    // CSSOM changes are allowed under the site's CSP (style-src without 'unsafe-inline' only blocks markup styles).
    await tab.page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const problems: string[] = [];
    for (const t of await textThatDidNotGrow(tab.page, 1.9)) problems.push(`text did not grow to 200 %: ${t}`);
    const r = await layoutReport(tab.page);
    if (r.scrollWidth > r.clientWidth) problems.push(`page scrolls sideways (${r.scrollWidth} > ${r.clientWidth}); widest: ${r.overflowing.join('; ')}`);
    for (const c of r.clipped) problems.push(`clipped text: ${c}`);
    expect(problems, `${sitePath}:\n  ${problems.join('\n  ')}`).toEqual([]);
  });

  test('keyboard: Tab reaches the skip link, Enter focuses main, every Tab stop shows focus', async () => {
    const { page } = tab;
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(sitePath);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const r = el?.getBoundingClientRect();
      return {
        isSkip: !!el?.matches('a.skip-link'),
        desc: el ? `${el.localName}${el.className ? `.${el.className}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing',
        visible: !!r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      };
    });
    expect(first.isSkip, `first Tab on ${sitePath} focused ${first.desc}, not a.skip-link`).toBe(true);
    expect(first.visible, `skip link on ${sitePath} is focused but not on screen`).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main', null, { timeout: 2000 }).catch(() => undefined);
    const afterEnter = await page.evaluate(() => ({
      hash: location.hash,
      active: document.activeElement ? `${document.activeElement.localName}#${document.activeElement.id}` : 'nothing',
      isMain: document.activeElement === document.querySelector('main'),
    }));
    expect(afterEnter.isMain, `Enter on the skip link of ${sitePath}: focus is on ${afterEnter.active} (hash ${afterEnter.hash}), not <main>`).toBe(true);

    // Walk the whole tab order from a fresh load.
    await load(sitePath);
    const stops = await tabThroughPage(page);
    expect(stops.length, `no Tab stops found on ${sitePath}`).toBeGreaterThan(0);
    const problems = stops
      .filter((s) => !s.indicator)
      .map((s) => `${s.path} "${s.text}": ${s.invisible ? 'focused element is invisible and nothing visible changes' : 'no visible focus indicator'}`);
    expect(problems, `${sitePath}: focus problems (${stops.length} Tab stops):\n  ${problems.join('\n  ')}`).toEqual([]);
    expectClean(sitePath);
  });
});
