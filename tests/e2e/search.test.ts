/**
 * Search in a real browser: results as you type, tolerant of shorthand, each
 * going straight to its section; the address keeps the query; without
 * JavaScript the page is an A–Z index. Also the result page's print button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, waitForIslands, type Harness } from '../support/browser';
import { requireDist } from '../support/dist';

let h: Harness;
beforeAll(async () => {
  requireDist();
  h = await openHarness();
});
afterAll(async () => h?.close());

const PHONE = { width: 360, height: 740 };

describe('search', () => {
  it('shows marked results as you type, announces them, and keeps focus in the box', async () => {
    const { page, watch } = await h.open('/search/', { viewport: PHONE });
    const box = page.locator('#search-q');
    await box.click();
    await box.pressSequentially('nol pros', { delay: 30 });
    const first = page.locator('.search-results li a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/glossary/#nolle-prosequi');
    await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/\d+ results? for/);
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nol pros');
    // Following a result lands on the glossary term itself.
    await first.click();
    await page.waitForURL(/\/glossary\/#nolle-prosequi$/);
    expect(await page.locator('#nolle-prosequi').isVisible()).toBe(true);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('fills the box from the address, as the header form on any page sends it', async () => {
    const { page } = await h.open('/policy/', { viewport: PHONE });
    await page.locator('#site-search-q').fill('expungment');
    await Promise.all([page.waitForURL(/\/search\/\?q=expungment/), page.locator('.site-search button').click()]);
    await waitForIslands(page);
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe('expungment');
    const top3 = await page.locator('.search-results li a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top3.some((href) => href?.startsWith('/expungement/') || href === '/glossary/#expungement')).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, lands on an A–Z index of every page, section and term', async () => {
    const { page, watch } = await h.open('/search/?q=stet', { javaScript: false, viewport: PHONE });
    expect(await page.locator('.search-nojs').textContent()).toContain('A to Z index');
    expect(await page.locator('.az a[href="/glossary/#stet"]').count()).toBe(1);
    expect(await page.locator('.az a[href="/expungement/"]').count()).toBeGreaterThan(0);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe('a checker result', () => {
  it('offers a Print button only when JavaScript can work it', async () => {
    const path = '/check/answers/md-pos-g-no-yes-done-b23-no/';
    const on = await h.open(path, { viewport: PHONE });
    expect(await on.page.locator('.print-button').isVisible()).toBe(true);
    await on.page.context().close();
    const off = await h.open(path, { viewport: PHONE, javaScript: false });
    expect(await off.page.locator('.print-button').isVisible()).toBe(false);
    expect(await off.page.locator('#print-or-save').textContent()).toContain('Print or save this result');
    await off.page.context().close();
  });

  it('prints the verdict, the answers given and the address that reproduces it, without the site navigation', async () => {
    const path = '/check/answers/md-pos-g-no-yes-done-b23-no/';
    const { page } = await h.open(path, { javaScript: false, viewport: PHONE });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    expect(await page.locator('.verdict h1').isVisible()).toBe(true);
    expect(await page.locator('#your-answers ~ .summary-list dd:not(.change)').count()).toBe(8);
    expect(await page.locator('.summary-list .change').first().isVisible()).toBe(false);
    expect(await page.locator('.result-url').textContent()).toMatch(new RegExp(`${path}$`));
    expect(await page.locator('.source-list').isVisible()).toBe(true);
    await page.context().close();
  });
});
