/**
 * The browser checks themselves: each one, run on a real page that has been broken
 * on purpose (a CSS rule added through the CSSOM, which the CSP allows, or an element
 * changed), must report the problem. Without this, a check that silently stopped
 * working would pass every page in tests/e2e/pages.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness, waitForIslands } from '../support/browser';
import { keyboardReport, reflowProblems, runAxe, textResizeProblems } from '../support/a11y';

const h = useHarness();

/** Adds a CSS rule to the page's own stylesheet. */
const addRule = (page: Page, rule: string) => page.evaluate((r) => document.styleSheets[0].insertRule(r, document.styleSheets[0].cssRules.length), rule);

const PAGE = '/about/';

/** A new page with PAGE loaded; `again()` loads it afresh (without the #main a skip link leaves in the address). */
async function fresh(sitePath = PAGE, javaScript = true) {
  const opened = await h.open(null, { javaScript });
  const again = () => opened.visit(sitePath, { viewport: { width: 1280, height: 800 } });
  await again();
  return { ...opened, again };
}

describe('the checks of tests/e2e/pages.test.ts catch what they are for', () => {
  it('keyboard: passes the real page, and reports links whose focus shows nothing, both walked and checked by script', async () => {
    const { page, context, again } = await fresh();
    expect((await keyboardReport(page, { walkStops: 10 })).problems).toEqual([]);
    await again();
    await addRule(page, 'a:focus-visible { background: transparent !important; box-shadow: none !important; outline: none !important; color: inherit !important; text-decoration: underline !important }');
    const report = await keyboardReport(page, { walkStops: 5 });
    expect(report.problems.some((p) => /no visible focus indicator/.test(p) && /\(tab\)/.test(p))).toBe(true);
    expect(report.problems.some((p) => /no visible focus indicator/.test(p) && /\((focus\(\)|same kind)\)/.test(p))).toBe(true);
    await context.close();
  });

  it('keyboard: reports a missing skip link, one that is not first, and one whose Enter goes nowhere (as a timeout)', async () => {
    const { page, context, again } = await fresh();
    await page.evaluate(() => document.querySelector('a.skip-link')?.remove());
    expect((await keyboardReport(page, { walkStops: 3 })).problems.join('\n')).toMatch(/first Tab focused .*, not a\.skip-link/);
    await again();
    await page.evaluate(() => document.querySelector('footer a')?.setAttribute('tabindex', '1'));
    const report = await keyboardReport(page, { walkStops: 3 });
    expect(report.problems.join('\n')).toMatch(/first Tab focused .*footer.*, not a\.skip-link/);
    expect(report.problems.join('\n')).not.toMatch(/Tab order/);
    await again();
    await page.evaluate(() => document.querySelector('a.skip-link')?.setAttribute('href', '#nowhere'));
    expect((await keyboardReport(page, { walkStops: 3, timeout: 300 })).problems.join('\n')).toMatch(/Enter on the skip link: timed out after 300 ms .*focus is on a/);
    await context.close();
  });

  it('keyboard: follows Tab past controls that Tab skips, and reports a Tab order its model does not know', async () => {
    const { page, context, again } = await fresh();
    // A control in a disabled fieldset is skipped by Tab and by the model of the Tab order: no difference.
    await page.evaluate(() => {
      const fs = document.createElement('fieldset');
      fs.disabled = true;
      fs.innerHTML = '<legend>Test</legend><button type="button">Off</button>';
      document.querySelector('header')?.prepend(fs);
    });
    expect((await keyboardReport(page, { walkStops: 6 })).problems).toEqual([]);
    await again();
    // A button inside a shadow root is a Tab stop the model (document.querySelectorAll) cannot see.
    await page.evaluate(() => {
      const host = document.createElement('span');
      host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">In the shadow</button>';
      document.querySelector('header')?.prepend(host);
    });
    expect((await keyboardReport(page, { walkStops: 6 })).problems.join('\n')).toMatch(/Tab order: stop 2 is .*> span "", but the document order .* expects a /);
    await context.close();
  });

  it('reflow: reports sideways scrolling at 320 px', async () => {
    const { page, context } = await fresh();
    expect(await reflowProblems(page)).toEqual([]);
    await addRule(page, 'main { min-width: 600px }');
    const problems = await reflowProblems(page);
    expect(problems.join('\n')).toMatch(/^320 px: page scrolls sideways/m);
    expect(problems.join('\n')).not.toMatch(/^640 px/m);
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    await context.close();
  });

  it('200 % text: reports text sized in px, and restores the page afterwards', async () => {
    const { page, context } = await fresh();
    expect(await textResizeProblems(page)).toEqual([]);
    await addRule(page, 'main p { font-size: 16px !important }');
    expect((await textResizeProblems(page)).join('\n')).toMatch(/text did not grow to 200 %: .*p/);
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('');
    await context.close();
  });

  it('axe: reports text without enough contrast', async () => {
    const { page, context } = await fresh();
    expect(await runAxe(page)).toEqual([]);
    await addRule(page, 'main p { color: #bbb !important }');
    expect((await runAxe(page)).join('\n')).toMatch(/color-contrast/);
    await context.close();
  });

  it('the watch reports a console error, and a request to another origin (with the CSP switched off, as it would block it first)', async () => {
    const { page, watch, context } = await fresh();
    await page.evaluate(() => console.error('broken on purpose'));
    expect(watch.problems()).toEqual([expect.stringMatching(/^console error: broken on purpose/)]);
    await context.close();
    const open = await h.open(PAGE, { context: { bypassCSP: true } });
    await open.page.evaluate(() => fetch('https://example.org/tracker').catch(() => undefined));
    expect(open.watch.problems()).toContain('request to another origin: https://example.org/tracker');
    await open.context.close();
  });

  it('waitForIslands turns islands that never hydrate into a timeout error naming them', async () => {
    const { page, context } = await fresh('/search/', false);
    await expect(waitForIslands(page, 300)).rejects.toThrow(/Timed out after 300 ms waiting for islands to hydrate .*SearchBox/);
    await context.close();
  });
});
